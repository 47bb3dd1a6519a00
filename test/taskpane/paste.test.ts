import { pasteFromClipboard } from "../../src/taskpane/paste";
import { pastedContent } from "../../src/taskpane/pasteContent";

const clipboard = (flavours: Record<string, string>) => ({ getData: (type: string) => flavours[type] ?? "" });

describe("pasteFromClipboard", () => {
  it("keeps the HTML flavour when it holds a table (Word, browsers)", () => {
    const html = "<html><body><table><tr><td rowspan=2>1</td><td>a</td></tr><tr><td>b</td></tr></table></body></html>";
    expect(pasteFromClipboard(clipboard({ "text/html": html, "text/plain": "1\ta\n\tb" }))).toEqual({ text: "1\ta\n\tb", html });
  });

  it("drops HTML without a table and keeps the text", () => {
    expect(pasteFromClipboard(clipboard({ "text/html": "<p>xin chào</p>", "text/plain": "xin chào" }))).toEqual({ text: "xin chào", html: null });
    expect(pasteFromClipboard(clipboard({}))).toBeNull();
    expect(pasteFromClipboard(null)).toBeNull();
  });
});

describe("pastedContent", () => {
  it("reads the HTML table with its merges, and the prose around it for the year", () => {
    const html = "<p>KẾ HOẠCH năm 2024</p><table><tr><td rowspan=2>1</td><td>a</td></tr><tr><td>b</td></tr></table>";
    const content = pastedContent({ text: "ignored", html }, "Bảng đã dán");
    expect(content.grids).toHaveLength(1);
    expect(content.grids[0].sheet).toBe("Bảng đã dán");
    expect(content.grids[0].merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(content.contextTexts).toContain("KẾ HOẠCH năm 2024");
  });

  it("reads plain text as tab-separated rows, the way Excel copies a range", () => {
    const content = pastedContent({ text: 'STT\tNội dung\n1\t"dòng 1\ndòng 2"', html: null }, "Pasted table");
    expect(content.grids[0].rows).toEqual([
      ["STT", "Nội dung"],
      ["1", "dòng 1\ndòng 2"],
    ]);
  });

  it("treats pasted text that is itself HTML as HTML", () => {
    expect(pastedContent({ text: "<table><tr><td>x</td></tr></table>", html: null }, "t").grids[0].rows).toEqual([["x"]]);
  });
});

describe("pasting from a document typed in an old encoding", () => {
  it("converts TCVN3 text copied from a .VnTime document and names the converted cells", () => {
    const text = "TT\tNéi dung\tThêi gian\t§¬n vÞ thùc hiÖn\n1\t§¸nh gi¸ néi bé\tQuý IV/2006\tV¨n phßng";
    const content = pastedContent({ text, html: null }, "Bảng đã dán");
    expect(content.grids[0].rows[1]).toEqual(["1", "Đánh giá nội bộ", "Quý IV/2006", "Văn phòng"]);
    // B1, C1, D1, B2, D2 change; "Quý IV/2006" reads the same in TCVN3 (0xFD is ý) and stays.
    expect(content.findings).toEqual([
      {
        severity: "info",
        code: "legacy_encoding_converted",
        sheet: "Bảng đã dán",
        cell: "B1:D2",
        params: { encoding: "TCVN3 (ABC)", cells: 5, evidence: "content" },
      },
    ]);
  });

  it("leaves a Unicode paste as it is, with no finding", () => {
    const content = pastedContent({ text: "TT\tNội dung\n1\tĐánh giá nội bộ", html: null }, "Bảng đã dán");
    expect(content.grids[0].rows[1]).toEqual(["1", "Đánh giá nội bộ"]);
    expect(content.findings).toBeUndefined();
  });
});
