import { makeGrid } from "../../../src/core/grid/grid";
import { emptyNarrative } from "../../../src/core/report/narrative";
import { buildNarrativeSheet, mergeNarrative, readNarrativeGrid } from "../../../src/core/workbook/narrativeSheet";

const texts = (rows: readonly (readonly { kind: string; value?: unknown }[])[]) => rows.map((r) => r.map((c) => (c.kind === "text" ? String(c.value) : "")));

describe("the 'Nhận xét' sheet", () => {
  const narrative = { ...emptyNarrative(), oneStop: "Đoạn một.\nĐoạn hai.", proposals: "Không." };

  it("holds one block per row: label, text, where it came from; an empty block says the report will be a draft", () => {
    const sheet = buildNarrativeSheet(narrative, { oneStop: "lastYear", proposals: "draft" });
    const rows = texts(sheet.cells);
    expect(sheet.name).toBe("Nhận xét");
    expect(rows[0]).toEqual(["Mục của báo cáo", "Nội dung (sửa trực tiếp; mỗi dòng là một đoạn)", "Nguồn / ghi chú"]);
    expect(rows[3]).toEqual(["II.1 — Gắn kết với cơ chế một cửa", "Đoạn một.\nĐoạn hai.", "Lấy từ báo cáo năm trước — cập nhật cho năm nay."]);
    expect(rows[7][0]).toBe("IV — Kiến nghị, đề xuất");
    expect(rows[1][2]).toBe("Trống — báo cáo sẽ là bản nháp (DỰ THẢO) cho đến khi mục này có nội dung.");
  });

  it("reads back by label, also after the user inserted a column and moved rows", () => {
    const grid = makeGrid("Nhận xét", [
      ["Ghi chú riêng", "Mục của báo cáo", "Nội dung (sửa trực tiếp; mỗi dòng là một đoạn)"],
      ["", "IV — Kiến nghị, đề xuất", "Đề nghị cấp kinh phí."],
      ["", "II.2.a — Thuận lợi", "- <b>Lãnh đạo</b> quan tâm."],
    ]);
    const { narrative: read, cells } = readNarrativeGrid(grid);
    expect(read.proposals).toBe("Đề nghị cấp kinh phí.");
    expect(read.advantages).toBe("- Lãnh đạo quan tâm.");
    expect(read.management).toBe("");
    expect(cells).toEqual({ proposals: "C2", advantages: "C3" });
  });

  it("merging keeps what the user typed and fills only empty blocks", () => {
    const own = { ...emptyNarrative(), proposals: "Của người dùng." };
    const merged = mergeNarrative(own, { ...emptyNarrative(), proposals: "Không.", oneStop: "Năm trước." }, "lastYear");
    expect(merged.narrative.proposals).toBe("Của người dùng.");
    expect(merged.narrative.oneStop).toBe("Năm trước.");
    expect(merged.sources).toMatchObject({ proposals: "user", oneStop: "lastYear" });
  });
});
