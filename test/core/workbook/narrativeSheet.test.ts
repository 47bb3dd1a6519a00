import { makeGrid } from "../../../src/core/grid/grid";
import { narrativeKeys, type NarrativeKey } from "../../../src/core/report/narrative";
import type { NarrativeRows } from "../../../src/core/report/resolveNarrative";
import { buildNarrativeSheet, mergeNarrative, readNarrativeGrid } from "../../../src/core/workbook/narrativeSheet";

const texts = (rows: readonly (readonly { kind: string; value?: unknown }[])[]) => rows.map((r) => r.map((c) => (c.kind === "text" ? String(c.value) : "")));
const rowsOf = (over: Partial<Record<NarrativeKey, { text: string; mark?: string; note?: string }>>): NarrativeRows =>
  Object.fromEntries(narrativeKeys.map((k) => [k, { text: over[k]?.text ?? "", mark: over[k]?.mark ?? "", note: over[k]?.note ?? "" }])) as NarrativeRows;

describe("the 'Nhận xét' sheet", () => {
  const rows = rowsOf({ oneStop: { text: "Đoạn một.\nĐoạn hai.", mark: "v1;g;0a1b2c3d;s", note: "Ghi chú." }, proposals: { text: "Không." } });

  it("holds one block per row: label, text, note and the hidden mark (column D)", () => {
    const sheet = buildNarrativeSheet(rows);
    const cells = texts(sheet.cells);
    expect(sheet.name).toBe("Nhận xét");
    expect(cells[0]).toEqual(["Mục của báo cáo", "Nội dung (sửa trực tiếp; mỗi dòng là một đoạn)", "Nguồn / ghi chú", "Dấu bản nháp (không sửa)"]);
    expect(cells[3]).toEqual(["II.1 — Gắn kết với cơ chế một cửa", "Đoạn một.\nĐoạn hai.", "Ghi chú.", "v1;g;0a1b2c3d;s"]);
    expect(cells[7][0]).toBe("IV — Kiến nghị, đề xuất");
    expect(sheet.hiddenColumns).toEqual([4]);
  });

  it("reads back by label, with the marks, also after the user inserted a column and moved rows", () => {
    const grid = makeGrid("Nhận xét", [
      ["Ghi chú riêng", "Mục của báo cáo", "Nội dung (sửa trực tiếp; mỗi dòng là một đoạn)", "Nguồn / ghi chú", "Dấu bản nháp (không sửa)"],
      ["", "IV — Kiến nghị, đề xuất", "Đề nghị cấp kinh phí.", "", "v1;g;12345678;s"],
      ["", "II.2.a — Thuận lợi", "- <b>Lãnh đạo</b> quan tâm.", "", ""],
    ]);
    const { narrative: read, cells, marks } = readNarrativeGrid(grid);
    expect(read.proposals).toBe("Đề nghị cấp kinh phí.");
    expect(read.advantages).toBe("- Lãnh đạo quan tâm.");
    expect(read.management).toBe("");
    expect(cells).toEqual({ proposals: "C2", advantages: "C3" });
    expect(marks).toEqual({ proposals: "v1;g;12345678;s", advantages: "" });
  });

  it("merging keeps what the user typed, with its mark, and fills only empty blocks", () => {
    const own = readNarrativeGrid(
      makeGrid("Nhận xét", [
        ["Mục của báo cáo", "Nội dung (sửa trực tiếp; mỗi dòng là một đoạn)", "Nguồn / ghi chú", "Dấu bản nháp (không sửa)"],
        ["IV — Kiến nghị, đề xuất", "Của người dùng.", "", ""],
      ]),
    );
    const merged = mergeNarrative(own, rowsOf({ proposals: { text: "Không.", mark: "v1;g;00000000;s" }, oneStop: { text: "Năm trước.", mark: "m" } }));
    expect(merged.proposals).toEqual({ text: "Của người dùng.", mark: "", note: "" });
    expect(merged.oneStop).toEqual({ text: "Năm trước.", mark: "m", note: "" });
  });
});
