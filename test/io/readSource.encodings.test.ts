import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { readSource } from "../../src/io/readSource";
import { importFromContent } from "../../src/app/importJob";
import { unicodeToTcvn3, unicodeToVni } from "../../src/core/text/legacyEncoding";
import type { SourceContent } from "../../src/io/readSource";

/** The plan an import of the content makes (the test fails if the import did not run). */
function planOf(content: SourceContent) {
  const result = importFromContent(content);
  if (!result.ok) throw new Error(`import failed: ${result.fatal.map((f) => f.code).join(", ")}`);
  return result.plan;
}

/**
 * Old encodings and text forms a secretary meets: TCVN3 and VNI in .docx runs, .txt and .html,
 * UTF-16 without a byte-order mark, Excel's "CSV UTF-8". The legacy texts below are written with
 * the standards' tables by hand (TCVN3: "Céng" is "Cộng"; VNI: "Coäng" is "Cộng").
 */
const latin1 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
};

// "TT | Nội dung | Thời gian | Đơn vị thực hiện" and two tasks of 2006, typed in TCVN3.
const tcvn3Table = [
  "KÕ ho¹ch ¸p dông hÖ thèng qu¶n lý chÊt l­îng n¨m 2006",
  "TT\tNéi dung\tThêi gian\t§¬n vÞ thùc hiÖn",
  "1\tX©y dùng chÝnh s¸ch chÊt l­îng\t§Õn cuèi th¸ng 9-2006\tBan chØ ®¹o ISO",
  "2\t§¸nh gi¸ néi bé\tQuý IV\tV¨n phßng",
].join("\r\n");

describe("old Vietnamese encodings in text files", () => {
  it("converts a TCVN3 .txt saved as 'ANSI' bytes, and says which cells it converted", async () => {
    const content = await readSource("kh2006.txt", latin1(tcvn3Table));
    const plan = planOf(content);
    expect(plan.year).toBe(2006);
    expect(plan.tasks.map((t) => t.task)).toEqual(["Xây dựng chính sách chất lượng", "Đánh giá nội bộ"]);
    expect(plan.tasks[0].timing).toMatchObject({ kind: "deadline", end: "2006-09-30" });
    expect(plan.tasks.map((t) => t.units.lead.map((u) => u.name))).toEqual([["Ban Chỉ đạo ISO"], ["Văn phòng Sở"]]);
    const info = plan.findings.filter((f) => f.code === "legacy_encoding_converted");
    expect(info).toEqual([
      {
        severity: "info",
        code: "legacy_encoding_converted",
        sheet: "kh2006",
        cell: "A1:D4",
        params: { encoding: "TCVN3 (ABC)", cells: 9, evidence: "content" },
      },
    ]);
  });

  it("converts VNI text kept in a UTF-8 file (copied from a VNI-Times document)", async () => {
    const text = ["TT\tNoäi dung\tThôøi gian\tÑôn vò thöïc hieän", "1\tXaây döïng muïc tieâu chaát löôïng\tQuyù II/2005\tVaên phoøng"].join("\n");
    const content = await readSource("kh.txt", utf8(text));
    expect(content.grids[0].rows[1]).toEqual(["1", "Xây dựng mục tiêu chất lượng", "Quý II/2005", "Văn phòng"]);
    expect(content.findings?.[0]).toMatchObject({ severity: "info", cell: "B1:D2", params: { encoding: "VNI", evidence: "content" } });
  });

  it("converts a VNI .txt saved as 'ANSI' bytes", async () => {
    const text = ["Keá hoaïch naêm 2005", "TT\tNoäi dung\tThôøi gian\tÑôn vò thöïc hieän", "1\tÑaùnh giaù noäi boä\tHaï tuaàn thaùng 11\tVaên phoøng"].join(
      "\r\n",
    );
    const content = await readSource("vni.txt", latin1(text));
    expect(content.grids[0].rows[2]).toEqual(["1", "Đánh giá nội bộ", "Hạ tuần tháng 11", "Văn phòng"]);
    expect(content.findings?.[0]).toMatchObject({ cell: "A1:D3", params: { encoding: "VNI", evidence: "content" } });
    const plan = planOf(content);
    expect([plan.year, plan.tasks[0].timing.start, plan.tasks[0].timing.end]).toEqual([2005, "2005-11-21", "2005-11-30"]);
  });

  it("converts an HTML page whose text is set in .VnTime, capitals font in upper case", async () => {
    const html = `<html><head><meta charset="windows-1252"><style>p.MsoNormal {font-family:".VnTime";}</style></head><body>
<p><span style='font-family:".VnTimeH"'>kÕ ho¹ch n¨m 2006</span></p>
<table><tr><td>TT</td><td>Néi dung</td><td>Thêi gian</td><td>§¬n vÞ thùc hiÖn</td></tr>
<tr><td>1</td><td>§¸nh gi¸ néi bé</td><td>Quý IV</td><td>V¨n phßng</td></tr></table></body></html>`;
    const content = await readSource("kh.html", latin1(html));
    expect(content.contextTexts.map((t) => t.trim())).toContain("KẾ HOẠCH NĂM 2006");
    expect(content.grids[0].rows[1]).toEqual(["1", "Đánh giá nội bộ", "Quý IV", "Văn phòng"]);
    expect(content.findings?.[0]).toMatchObject({ code: "legacy_encoding_converted", cell: "B1:D2", params: { evidence: "font" } });
  });

  it("reads Windows-1258 bytes when that reading, not TCVN3 or VNI, makes Vietnamese", async () => {
    const text = "TT\tNội dung\tThời gian\tĐơn vị\n1\tĐánh giá nội bộ\tQuý IV\tVăn phòng";
    const cp1258 = encode1258(text);
    const content = await readSource("kh.txt", cp1258);
    expect(content.grids[0].rows).toEqual([
      ["TT", "Nội dung", "Thời gian", "Đơn vị"],
      ["1", "Đánh giá nội bộ", "Quý IV", "Văn phòng"],
    ]);
    expect(content.findings?.[0]).toMatchObject({ params: { encoding: "Windows-1258" } });
  });

  it("recognises UTF-16 little-endian without a byte-order mark (not an old code page)", async () => {
    const text = "TT\tNội dung\tThời gian\tĐơn vị thực hiện\n1\tĐánh giá nội bộ\tQuý III/2024\tVăn phòng";
    const content = await readSource("unicode.txt", utf16le(text));
    expect(content.grids[0].rows[1]).toEqual(["1", "Đánh giá nội bộ", "Quý III/2024", "Văn phòng"]);
    expect(content.findings ?? []).toEqual([]);
  });

  it("reads Excel's 'CSV UTF-8' with commas and quoted fields, like a .tsv", async () => {
    const csv =
      '\ufeffTT,Nội dung,Thời gian,Đơn vị thực hiện\r\n1,"Rà soát, cập nhật quy trình",Quý II/2024,"Văn phòng, Thanh tra Sở"\r\n2,"Ghi ""đúng hạn""",Tháng 12/2024,VP\r\n';
    const content = await readSource("ke-hoach.csv", utf8(csv));
    expect(content.grids[0].sheet).toBe("ke-hoach");
    expect(content.grids[0].rows).toEqual([
      ["TT", "Nội dung", "Thời gian", "Đơn vị thực hiện"],
      ["1", "Rà soát, cập nhật quy trình", "Quý II/2024", "Văn phòng, Thanh tra Sở"],
      ["2", 'Ghi "đúng hạn"', "Tháng 12/2024", "VP"],
    ]);
    const plan = planOf(content);
    expect(plan.tasks[0].units.lead.map((u) => u.name)).toEqual(["Văn phòng Sở", "Thanh tra Sở"]);
  });

  it("leaves a Unicode file exactly as it is", async () => {
    const text = "TT\tNội dung\tThời gian\tĐơn vị\n1\tĐánh giá nội bộ\tQuý IV\tVăn phòng";
    const content = await readSource("kh.txt", utf8(text));
    expect(content.grids[0].rows[1]).toEqual(["1", "Đánh giá nội bộ", "Quý IV", "Văn phòng"]);
    expect(content.findings ?? []).toEqual([]);
  });
});

describe("old Vietnamese encodings in .docx", () => {
  const cell = (text: string, font?: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, font })] })] });

  it("converts runs set in .VnTime / .VnTimeH / VNI-Times and keeps Unicode runs as they are", async () => {
    const vn = (s: string) => unicodeToTcvn3(s)!.text;
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: vn("kế hoạch năm 2006"), font: ".VnTimeH" })] }),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    cell("TT"),
                    cell("Nội dung", "Times New Roman"),
                    cell(vn("thời gian"), ".VnTime"),
                    cell(unicodeToVni("Đơn vị thực hiện")!, "VNI-Times"),
                  ],
                }),
                new TableRow({
                  children: [
                    cell("1"),
                    cell(vn("đánh giá nội bộ"), ".VnTime"),
                    cell(vn("đến cuối tháng 10-2006"), ".VnTime"),
                    cell(unicodeToVni("Văn phòng")!, "VNI-Times"),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const content = await readSource("kh.docx", new Uint8Array(await Packer.toBuffer(doc)));
    expect(content.contextTexts).toEqual(["KẾ HOẠCH NĂM 2006"]);
    expect(content.grids[0].rows).toEqual([
      ["TT", "Nội dung", "thời gian", "Đơn vị thực hiện"],
      ["1", "đánh giá nội bộ", "đến cuối tháng 10-2006", "Văn phòng"],
    ]);
    // C1, D1, B2, C2, D2 were typed in old fonts; A1, B1 ("Nội dung" in Times New Roman) and A2 were not.
    expect(content.findings).toEqual([
      {
        severity: "info",
        code: "legacy_encoding_converted",
        sheet: "kh",
        cell: "B1:D2",
        params: { encoding: "TCVN3 (ABC) và VNI", cells: 5, evidence: "font" },
      },
    ]);
    const plan = planOf(content);
    expect(plan.year).toBe(2006);
    expect(plan.tasks[0].timing).toMatchObject({ kind: "deadline", end: "2006-10-31" });
  });

  it("takes the font of runs that name none from the document's default style", async () => {
    const vn = (s: string) => unicodeToTcvn3(s)!.text;
    const doc = new Document({
      styles: { default: { document: { run: { font: ".VnTime" } } } },
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({ children: [cell("TT"), cell(vn("Nội dung")), cell(vn("Thời gian")), cell(vn("Đơn vị"))] }),
                new TableRow({ children: [cell("1"), cell(vn("Xem xét của lãnh đạo")), cell(vn("Quý IV/2006")), cell(vn("Lãnh đạo Sở"))] }),
              ],
            }),
          ],
        },
      ],
    });
    const content = await readSource("kh.docx", new Uint8Array(await Packer.toBuffer(doc)));
    expect(content.grids[0].rows[1]).toEqual(["1", "Xem xét của lãnh đạo", "Quý IV/2006", "Lãnh đạo Sở"]);
    expect(content.findings?.map((f) => f.cell)).toEqual(["B1:D2"]);
  });
});

/** Windows-1258 bytes of a text, from the code page's table (base letters and combining tones). */
function encode1258(text: string): Uint8Array {
  const table: Record<string, number> = {
    "\u0300": 0xcc,
    "\u0301": 0xec,
    "\u0303": 0xde,
    "\u0309": 0xd2,
    "\u0323": 0xf2,
    ă: 0xe3,
    Ă: 0xc3,
    â: 0xe2,
    Â: 0xc2,
    ê: 0xea,
    Ê: 0xca,
    ô: 0xf4,
    Ô: 0xd4,
    ơ: 0xf5,
    Ơ: 0xd5,
    ư: 0xfd,
    Ư: 0xdd,
    đ: 0xf0,
    Đ: 0xd0,
  };
  const out: number[] = [];
  // Precomposed base letters with a horn/breve/circumflex, tones as combining marks.
  const decomposed = text
    .normalize("NFD")
    .replace(
      /([aeouAEOU])([\u0300\u0301\u0303\u0309\u0323]?)([\u0302\u0306\u031b])/g,
      (_m, b: string, tone: string, mark: string) => (b + mark).normalize("NFC") + tone,
    );
  for (const ch of decomposed) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else if (table[ch] !== undefined) out.push(table[ch]);
    else throw new Error(`no Windows-1258 byte for ${ch}`);
  }
  return Uint8Array.from(out);
}
