import { cellInRowOf } from "../../../src/core/grid/address";
import { taskIsLate, taskLacksEvidence, taskStatusKey, trackerProgress } from "../../../src/core/routine/tracker";

/** The tracker's rules (step 3) in core; expected values worked out from the workbook's four status choices. */
describe("the tracker's rules", () => {
  it("reads a status as one of the four choices whatever its case and spacing; blank is not started; anything else is 'other'", () => {
    expect(["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Không thực hiện"].map(taskStatusKey)).toEqual(["notStarted", "inProgress", "done", "notDone"]);
    expect([" HOÀN  THÀNH ", "đang thực hiện", "", "   "].map(taskStatusKey)).toEqual(["done", "inProgress", "notStarted", "notStarted"]);
    expect(["Đã xong", "Hoàn thành 80%"].map(taskStatusKey)).toEqual(["other", "other"]);
  });

  it("a task is late when its document came after its time, or when it is unfinished after its time ended", () => {
    const asOf = "2025-12-14";
    expect(taskIsLate("inProgress", "2025-06-30", asOf, [])).toBe(true);
    expect(taskIsLate("notStarted", "2025-12-31", asOf, [])).toBe(false); // its time has not ended yet
    expect(taskIsLate("other", "2025-06-30", asOf, [])).toBe(true);
    expect(taskIsLate("inProgress", null, asOf, [])).toBe(false); // no end date: never late by the clock
    expect(taskIsLate("done", "2025-06-30", asOf, [])).toBe(false);
    expect(taskIsLate("notDone", "2025-06-30", asOf, [])).toBe(false);
    expect(taskIsLate("done", "2025-06-30", asOf, [{ code: "evidence_late" }])).toBe(true);
    expect(taskIsLate("done", "2025-06-30", asOf, [{ code: "evidence_no_reference" }])).toBe(false);
  });

  it("a task lacks evidence when its result cites no document, unless it was not done", () => {
    expect(taskLacksEvidence("done", "Quyết định số 12/QĐ-STP ngày 05/3/2025")).toBe(false);
    expect(taskLacksEvidence("done", "Đã ban hành")).toBe(true);
    expect(taskLacksEvidence("notStarted", "")).toBe(true);
    expect(taskLacksEvidence("notDone", "Không thực hiện vì năm nay không điều chỉnh phạm vi")).toBe(false);
  });

  it("counts every status so the five add up to the total, and the open, late and undocumented ones", () => {
    const row = (statusKey: Parameters<typeof taskIsLate>[0], late = false, noEvidence = false) => ({ statusKey, late, noEvidence });
    const p = trackerProgress([
      row("done"),
      row("done", true),
      row("notDone"),
      row("inProgress", true, true),
      row("notStarted", false, true),
      row("other", false, true),
    ]);
    expect(p.byStatus).toEqual({ notStarted: 1, inProgress: 1, done: 2, notDone: 1, other: 1 });
    expect(Object.values(p.byStatus).reduce((a, b) => a + b, 0)).toBe(p.total);
    expect([p.total, p.done, p.notDone, p.open, p.late, p.noEvidence]).toEqual([6, 2, 1, 3, 2, 3]);
  });

  it("finds the cell of another column in a task's row", () => {
    expect(cellInRowOf("C12", "K")).toBe("K12");
    expect(cellInRowOf("$C$7", "AA")).toBe("AA7");
    expect(cellInRowOf("C12:D13", "K")).toBeNull();
  });
});
