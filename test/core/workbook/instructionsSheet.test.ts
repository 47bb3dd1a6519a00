import { buildInstructionsSheet } from "../../../src/core/workbook/instructionsSheet";
import { sheetNames } from "../../../src/core/workbook/sheetNames";

describe("the 'Hướng dẫn' sheet describes the sheets as they are (issue #18 item 6)", () => {
  const lines = buildInstructionsSheet(2025).cells.map((row) => (row[0].kind === "text" ? row[0].value : ""));

  it("has a line for every other sheet of the tracking and report workbooks, 'Nhận xét' included", () => {
    const described = Object.values(sheetNames)
      .filter((name) => name !== sheetNames.instructions)
      .filter((name) => !lines.some((l) => l.startsWith(`${name}: `)));
    expect(described).toEqual([]);
  });

  it("asks for no bracketed section the report no longer has, and says when a report is still a DỰ THẢO", () => {
    expect(lines.filter((l) => /[[\]]/.test(l))).toEqual([]);
    const routine = lines.find((l) => l.startsWith("3. Cuối năm"))!;
    expect(routine).toContain(sheetNames.narrative);
    expect(routine).toContain("Không thực hiện vì");
    expect(routine).toContain("DỰ THẢO");
  });
});
