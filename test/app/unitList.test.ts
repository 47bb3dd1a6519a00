/**
 * The unit list ("Đơn vị") a secretary never made (issue 17, "Words a secretary understands"):
 * on the first import it is the plan's own units, never another agency's default list (Sở Y tế's
 * chi cục and trung tâm, or "Phòng Kế hoạch - Tài chính" proposed for "Sở Tài chính"); once the
 * workbook has a list, the units it does not know are one finding naming them, and the action
 * "Thêm vào danh mục đơn vị" adds them. The plan is typed in ./unitPlan.ts (a Sở Tư pháp's appendix), its
 * expected lists worked out by hand: "Văn phòng Sở" and "VP" are the common list's "Văn phòng Sở";
 * "Sở Tài chính" and "Phòng Hành chính tư pháp" are in no list.
 */
import { importFromContent } from "../../src/app/importJob";
import { planIntoWorkbook, unitsIntoWorkbook } from "../../src/app/routineJobs";
import type { Grid } from "../../src/core/grid/grid";
import { unitPlan } from "./unitPlan";
import { paramsOf } from "../../src/core/findings/finding";
import { renderFinding } from "../../src/core/messages/render";
import { specToGrid } from "../../src/core/sheet/specGrid";
import type { WorkbookSpec } from "../../src/core/sheet/model";
import { groupUnknownUnits } from "../../src/core/units/unitFindings";
import { buildUnitsSheet, readUnitsGrid } from "../../src/core/workbook/unitsSheet";
import { sheetNames } from "../../src/core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData } from "../../src/core/workbook/trackingWorkbook";

const names = (grids: readonly Grid[]) => readUnitsGrid(grids.find((g) => g.sheet === sheetNames.units)!).map((u) => u.name);
const grids = (spec: WorkbookSpec) => spec.sheets.map(specToGrid);

describe("the unit list on the first import", () => {
  it("is the plan's own units (the pane's step 1 and the CLI's import -o into a new workbook)", () => {
    const result = planIntoWorkbook({ grids: [unitPlan()], contextTexts: [] }, []);
    if (!result.ok || result.kind !== "plan") throw new Error("not imported");
    expect(names(grids(result.spec))).toEqual(["Văn phòng Sở", "Sở Tài chính", "Phòng Hành chính tư pháp"]);
    // So nothing of the plan is unknown to it, and the secretary is told where the list came from.
    expect(result.plan.findings.map((f) => f.code)).not.toContain("unit_unknown");
    const fromPlan = result.plan.findings.filter((f) => f.code === "units_from_plan");
    expect(fromPlan.map((f) => renderFinding(f))).toEqual([
      "Đơn vị: đã lập danh mục đơn vị từ 3 đơn vị mà kế hoạch nêu; bổ sung hoặc sửa tên chính thức ở trang “Đơn vị” khi cần",
    ]);
  });

  it("is the plan's own units in the CLI's plain import too", () => {
    const result = importFromContent({ grids: [unitPlan()], contextTexts: [] });
    if (!result.ok) throw new Error("not imported");
    expect(names(grids(result.workbook))).toEqual(["Văn phòng Sở", "Sở Tài chính", "Phòng Hành chính tư pháp"]);
  });
});

describe("a plan with units the workbook's list does not know", () => {
  /** A tracking workbook whose list the secretary made: only "Văn phòng Sở" (written "VP" too). */
  const existing = () =>
    buildTrackingWorkbook(emptyTrackingData(2025)).sheets.map((s) =>
      specToGrid(s.name === sheetNames.units ? buildUnitsSheet([{ name: "Văn phòng Sở", aliases: ["VP"] }]) : s),
    );

  it("gives one finding naming every unknown unit once, in the plan's order", () => {
    const result = planIntoWorkbook({ grids: [unitPlan()], contextTexts: [] }, existing());
    if (!result.ok || result.kind !== "plan") throw new Error("not imported");
    const grouped = groupUnknownUnits(result.plan.findings);
    expect(grouped.names).toEqual(["Sở Tài chính", "Phòng Hành chính tư pháp"]);
    const units = grouped.findings.filter((f) => f.code === "units_not_in_registry" || f.code === "unit_unknown");
    expect(units).toHaveLength(1);
    expect(paramsOf(units[0])).toEqual({ count: 2, names: "Sở Tài chính; Phòng Hành chính tư pháp" });
    // At the first cell naming one: task 2's unit, row 3 of the appendix.
    expect([units[0].sheet, units[0].cell]).toEqual(["Phụ lục", "E3"]);
  });

  it("'Thêm vào danh mục đơn vị' adds them after what the list holds, once each; imported again, the plan has no unknown unit", () => {
    const spec = unitsIntoWorkbook(existing(), ["Sở Tài chính", "Phòng Hành chính tư pháp", "sở tài chính "])!;
    const after = [...existing().filter((g) => g.sheet !== sheetNames.units), ...grids(spec)];
    expect(names(after)).toEqual(["Văn phòng Sở", "Sở Tài chính", "Phòng Hành chính tư pháp"]);
    expect(readUnitsGrid(after.find((g) => g.sheet === sheetNames.units)!)[0].aliases).toEqual(["VP"]);
    const again = planIntoWorkbook({ grids: [unitPlan()], contextTexts: [] }, after);
    if (!again.ok || again.kind !== "plan") throw new Error("not imported");
    expect(groupUnknownUnits(again.plan.findings).names).toEqual([]);
  });
});
