/** Ids and dates the pane's commands and its lazily loaded views share (no imports: no cycle). */

/** Today's date in the PC's time zone, as ISO text. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Ids of step 4's period fields. */
export const periodFieldId = (key: "periodStart" | "periodEnd" | "asOf") => `period-${key}`;
