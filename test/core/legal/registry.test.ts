import { basisLines, citation, legalBasesOn, legalCitationFindings, legalCitations, legalText } from "../../../src/core/legal/registry";
import { renderFinding } from "../../../src/core/messages/render";

const numbers = (iso: string) => legalBasesOn(iso).map((t) => t.number);

describe("the bases a plan or report cites, by its date", () => {
  it("a 2024 plan: the ISO texts, TT 116/2015 and the one-stop decree NĐ 61/2018", () => {
    expect(numbers("2024-01-01")).toEqual(["19/2014/QĐ-TTg", "26/2014/TT-BKHCN", "116/2015/TT-BTC", "61/2018/NĐ-CP"]);
  });

  it("a 2025 plan before 1 July still cites NĐ 61/2018; one dated 1 July or later NĐ 118/2025", () => {
    expect(numbers("2025-01-15")).toContain("61/2018/NĐ-CP");
    expect(numbers("2025-06-30")).toEqual(["19/2014/QĐ-TTg", "26/2014/TT-BKHCN", "116/2015/TT-BTC", "61/2018/NĐ-CP"]);
    expect(numbers("2025-07-01")).toEqual(["19/2014/QĐ-TTg", "26/2014/TT-BKHCN", "116/2015/TT-BTC", "118/2025/NĐ-CP"]);
  });

  it("a 2027 plan cites NĐ 118/2025 and never a replaced text", () => {
    const bases = numbers("2027-01-01");
    expect(bases).toEqual(["19/2014/QĐ-TTg", "26/2014/TT-BKHCN", "116/2015/TT-BTC", "118/2025/NĐ-CP"]);
    expect(bases).not.toContain("61/2018/NĐ-CP");
  });

  it("a plan of 2013 cites the texts before QĐ 19/2014 only where their dates are confirmed (none), not QĐ 19", () => {
    expect(numbers("2013-06-01")).not.toContain("19/2014/QĐ-TTg");
  });

  it("writes each line as NĐ 30/2020 does: 'Căn cứ … ;', the last ending '.'", () => {
    const lines = basisLines("2024-01-01");
    expect(lines[0]).toBe(
      "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước;",
    );
    expect(lines[3]).toBe(
      "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ.",
    );
    expect(lines.slice(0, -1).every((l) => l.endsWith(";"))).toBe(true);
  });

  it("never states an unconfirmed amendment: NĐ 118/2025 is cited without NĐ 367/2025", () => {
    expect(citation(legalText("nd118-2025"), "2027-01-01")).toBe(
      "Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    );
  });

  it("cites a law by its name", () => {
    expect(citation(legalText("luat72-2025"))).toBe("Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025");
  });
});

describe("legal citations in user text", () => {
  it("finds the registry's texts in their full and short forms", () => {
    const text =
      "Thực hiện NĐ 61/2018; Nghị định số 107/2021/NĐ-CP; Thông tư 01/2018/TT-VPCP; QĐ 19/2014/QĐ-TTg; TT 116/2015; Kế hoạch 733/KH-SYT; Nghị định 45/2020/NĐ-CP";
    expect(legalCitations(text).map((c) => [c.text, c.id])).toEqual([
      ["NĐ 61/2018", "nd61-2018"],
      ["Nghị định số 107/2021/NĐ-CP", "nd107-2021"],
      ["Thông tư 01/2018/TT-VPCP", "tt01-2018-vpcp"],
      ["QĐ 19/2014/QĐ-TTg", "qd19-2014"],
      ["TT 116/2015", "tt116-2015"],
    ]);
  });

  it("does not take a number without its symbol or kind word, nor a kind word of another kind", () => {
    expect(legalCitations("ngày 61/2018 và tháng 9-11/2024")).toEqual([]);
    expect(legalCitations("Thông tư 61/2018")).toEqual([]);
  });

  it("a 2024 report citing NĐ 61/2018, imported for 2026: a warning at its cell naming NĐ 118/2025 and 01/7/2025", () => {
    const findings = legalCitationFindings("Thực hiện tốt cơ chế một cửa theo Nghị định số 61/2018/NĐ-CP của Chính phủ.", 2026, {
      sheet: "Nhận xét",
      cell: "B4",
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", code: "legal_citation_replaced", sheet: "Nhận xét", cell: "B4" });
    expect(renderFinding(findings[0])).toBe(
      'Nhận xét!B4: "Nghị định số 61/2018/NĐ-CP" đã được thay thế bởi Nghị định số 118/2025/NĐ-CP từ ngày 01/7/2025: văn bản này không còn là căn cứ cho năm 2026, hãy trích dẫn văn bản thay thế',
    );
  });

  it("warns for 2025 too (replaced during the year), not for 2024", () => {
    expect(legalCitationFindings("NĐ 61/2018", 2025, { sheet: null, cell: null })).toHaveLength(1);
    expect(legalCitationFindings("NĐ 61/2018", 2024, { sheet: null, cell: null })).toEqual([]);
  });

  it("gives only information where the replacement is not confirmed (NĐ 107/2021, TT 01/2018/TT-VPCP)", () => {
    const findings = legalCitationFindings("NĐ 107/2021/NĐ-CP; TT 01/2018/TT-VPCP", 2026, { sheet: null, cell: null });
    expect(findings.map((f) => [f.severity, f.code])).toEqual([["info", "legal_citation_replaced_unconfirmed"]]);
    expect(renderFinding(findings[0])).toContain("Nghị định số 118/2025/NĐ-CP");
  });

  it("says nothing of texts in force: QĐ 19/2014, TT 116/2015, NĐ 118/2025 in 2027", () => {
    expect(legalCitationFindings("QĐ 19/2014/QĐ-TTg, TT 116/2015/TT-BTC, NĐ 118/2025/NĐ-CP", 2027, { sheet: null, cell: null })).toEqual([]);
  });

  it("names QĐ 19/2014 as the replacement of QĐ 144/2006", () => {
    const [f] = legalCitationFindings("theo Quyết định 144/2006/QĐ-TTg", 2024, { sheet: "Nhiệm vụ", cell: "C5" });
    expect(renderFinding(f)).toContain("Quyết định số 19/2014/QĐ-TTg từ ngày 18/5/2014");
  });
});
