import { columnLetters } from "../grid/address";
import type { DossierCounts } from "../dossiers/counts";
import { cell, type CellSpec, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles } from "../sheet/styles";
import { sheetNames } from "./sheetNames";

/**
 * Columns of the "Hồ sơ TTHC" sheet. The counts are typed by the user (or filled by the
 * dossier import); "Đã giải quyết", the rates and the check column are live formulas.
 */
export const dossierColumns = [
  { key: "no", header: "TT", width: 5 },
  { key: "field", header: "Lĩnh vực", width: 34 },
  { key: "received", header: "Tiếp nhận", width: 11 },
  { key: "early", header: "Trước hạn", width: 11 },
  { key: "onTime", header: "Đúng hạn", width: 11 },
  { key: "late", header: "Quá hạn", width: 11 },
  { key: "supplement", header: "Yêu cầu bổ sung", width: 12 },
  { key: "withdrawn", header: "Rút hồ sơ", width: 10 },
  { key: "pendingInTime", header: "Đang giải quyết trong hạn", width: 14 },
  { key: "pendingOverdue", header: "Đang giải quyết quá hạn", width: 14 },
  { key: "resolved", header: "Đã giải quyết", width: 12 },
  { key: "rateA", header: "Tỷ lệ đúng hạn (A)", width: 12 },
  { key: "rateC", header: "Tỷ lệ QĐ 766 (C)", width: 12 },
  { key: "check", header: "Kiểm tra", width: 20 },
] as const;

type DossierColumnKey = (typeof dossierColumns)[number]["key"];

/** Column letter of a dossier-sheet column. */
export function dossierColumn(key: DossierColumnKey): string {
  return columnLetters(dossierColumns.findIndex((c) => c.key === key) + 1);
}

/** Where the report finds the totals: the total row's number for `fieldCount` fields. */
export function dossierTotalRow(fieldCount: number): number {
  return Math.max(fieldCount, 1) + 2;
}

const countKeys = ["received", "early", "onTime", "late", "supplement", "withdrawn", "pendingInTime", "pendingOverdue"] as const;

/** Formulas of one row (`r` is the 1-based row number), with cached results from `c`. */
function formulaCells(r: number, c: DossierCounts, totalStyle: boolean): CellSpec[] {
  const col = (k: DossierColumnKey) => `${dossierColumn(k)}${r}`;
  const resolved = `${col("early")}+${col("onTime")}+${col("late")}`;
  const parts = `${col("resolved")}+${col("supplement")}+${col("withdrawn")}+${col("pendingInTime")}+${col("pendingOverdue")}`;
  const good = `${col("early")}+${col("onTime")}+${col("supplement")}+${col("withdrawn")}+${col("pendingInTime")}`;
  const ok = c.received === c.resolved + c.supplement + c.withdrawn + c.pendingInTime + c.pendingOverdue;
  return [
    cell.formula(resolved, c.early + c.onTime + c.late, totalStyle ? "totalInteger" : "integer"),
    cell.formula(`IF(${col("resolved")}=0,"",(${col("early")}+${col("onTime")})/${col("resolved")})`, c.resolved ? (c.early + c.onTime) / c.resolved : "", totalStyle ? "totalPercent" : "percent"),
    cell.formula(`IF(${col("received")}=0,"",(${good})/${col("received")})`, c.received ? (c.early + c.onTime + c.supplement + c.withdrawn + c.pendingInTime) / c.received : "", totalStyle ? "totalPercent" : "percent"),
    cell.formula(`IF(${col("received")}=${parts},"","Các phần không cộng đủ số tiếp nhận")`, ok ? "" : "Các phần không cộng đủ số tiếp nhận", "body"),
  ];
}

/**
 * The dossier sheet: one row per field (lĩnh vực) and a "Tổng cộng" row of SUM formulas.
 * Every formula carries its computed value, so viewers that do not recalculate still show it.
 */
export function buildDossierSheet(byField: readonly DossierCounts[], total: DossierCounts): SheetSpec {
  const rows: CellSpec[][] = byField.map((c, i) => [
    cell.number(i + 1, "center"),
    cell.text(c.field, "body"),
    ...countKeys.map((k) => cell.number(c[k], "integer")),
    ...formulaCells(i + 2, c, false),
  ]);
  const first = 2;
  const last = Math.max(byField.length + 1, first);
  if (byField.length === 0) rows.push([cell.empty("center"), cell.empty("body"), ...countKeys.map(() => cell.empty("integer")), ...formulaCells(2, total, false)]);
  const t = dossierTotalRow(byField.length);
  const totalRow: CellSpec[] = [
    cell.empty("totalLabel"),
    cell.text("Tổng cộng", "totalLabel"),
    ...countKeys.map((k) => cell.formula(`SUM(${dossierColumn(k)}${first}:${dossierColumn(k)}${last})`, total[k], "totalInteger")),
    ...formulaCells(t, total, true),
  ];
  const notes = [
    [cell.empty(), cell.text("Tỷ lệ đúng hạn (A) = (trước hạn + đúng hạn) / đã giải quyết; đã giải quyết = trước hạn + đúng hạn + quá hạn.", "note")],
    [cell.empty(), cell.text("Tỷ lệ QĐ 766 (C) = (trước hạn + đúng hạn + yêu cầu bổ sung + rút hồ sơ + đang giải quyết trong hạn) / tiếp nhận.", "note")],
    [cell.empty(), cell.text("Tiếp nhận = đã giải quyết + yêu cầu bổ sung + rút hồ sơ + đang giải quyết (trong hạn và quá hạn).", "note")],
  ];
  return {
    name: sheetNames.dossiers,
    cells: [dossierColumns.map((c) => cell.text(c.header, "header")), ...rows, totalRow, [], ...notes],
    styles: dataSheetStyles,
    columnWidths: dossierColumns.map((c) => c.width),
    rowHeights: { 1: 48 },
    merges: [],
    validations: [],
    tables: [],
    pageSetup: a4PageSetup("landscape"),
    freeze: { rows: 1, columns: 2 },
  };
}
