import { makeGrid } from "../../../src/core/grid/grid";
import { withXmlSafeText, xmlSafeText } from "../../../src/core/grid/xmlChars";

describe("characters XML 1.0 does not allow (issue 22 item 8)", () => {
  it("removes C0 controls but tab, line feed and carriage return, U+FFFE, U+FFFF and lone surrogates; keeps paired ones", () => {
    expect(xmlSafeText("Sở\u0000 Y\u0001 tế\u0008\u000b\u000c\u000e\u001f")).toBe("Sở Y tế");
    expect(xmlSafeText("a\tb\nc\rd")).toBe("a\tb\nc\rd");
    expect(xmlSafeText("\ufffeKế hoạch\uffff")).toBe("Kế hoạch");
    expect(xmlSafeText("x\ud800y\udc00z")).toBe("xyz");
    expect(xmlSafeText("😀 \ud83d\ude00")).toBe("😀 😀");
    expect(xmlSafeText("\u007f\u0085\ufffd")).toBe("\u007f\u0085\ufffd");
  });

  it("names the first cell of each grid that held any, with how many were removed; the prose is cleaned silently", () => {
    const grid = {
      ...makeGrid("Kế hoạch", [
        ["STT", "Nội dung"],
        ["1", "Rà\u0001 soát\uffff"],
        ["2", "\ufffeBáo cáo"],
      ]),
      firstRowNumber: 3,
    };
    const clean = makeGrid("Khác", [["a", "😀"]]);
    const out = withXmlSafeText({ grids: [grid, clean], contextTexts: ["Kế hoạch năm 2024\u0002"], lines: ["x\uffff"] });
    expect(out.grids[0].rows).toEqual([
      ["STT", "Nội dung"],
      ["1", "Rà soát"],
      ["2", "Báo cáo"],
    ]);
    expect(out.grids[1]).toBe(clean);
    expect(out.contextTexts).toEqual(["Kế hoạch năm 2024"]);
    expect(out.lines).toEqual(["x"]);
    expect(out.findings).toEqual([{ severity: "warning", code: "text_characters_removed", sheet: "Kế hoạch", cell: "B4", params: { count: 3 } }]);
  });

  it("gives the content back as it was when nothing is to remove", () => {
    const content = { grids: [makeGrid("S", [["Sở Y tế", "😀"]])], contextTexts: ["năm 2024"] };
    expect(withXmlSafeText(content)).toBe(content);
  });
});
