/**
 * The key figures the pane shows after a report: the same numbers the CLI prints
 * (`report` command), so a secretary can check them at a glance before opening the sheet.
 */
import type { TaskpaneMessages } from "../core/messages/catalogue";
import { figureText, type FigureFormat } from "../core/report/model";
import type { TrackingRead } from "../app/reportJob";

/** Catalogue keys of the figure labels. */
export type FigureLabel =
  "figureTasks" | "figureReceived" | "figureHandled" | "figurePendingInTime" | "figureRate" | "figureGranted" | "figureDisbursed" | "figureEstimate";

/** One figure: its label key (translated when shown) and its value, formatted the Vietnamese way. */
export interface KeyFigure {
  readonly label: FigureLabel;
  readonly value: string;
}

const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0);
const show = (value: number | null, format: FigureFormat) => figureText({ value, format, ref: null });

/**
 * @example keyFigures(read)[1] → { label: "figureReceived", value: "391" } for seed 001
 */
export function keyFigures(read: TrackingRead): KeyFigure[] {
  const d = read.dossiers;
  const b = read.budget;
  return [
    { label: "figureTasks", value: show(read.tasks.length, "integer") },
    { label: "figureReceived", value: show(d.received, "integer") },
    { label: "figureHandled", value: show(d.handledBeforeDeadline, "integer") },
    { label: "figurePendingInTime", value: show(d.pendingInTime, "integer") },
    { label: "figureRate", value: show(d.onTimeRate, "percent") },
    { label: "figureGranted", value: show(sum(b.granted.map((g) => g.granted)), "amount") },
    { label: "figureDisbursed", value: show(sum(b.granted.map((g) => g.disbursed)), "amount") },
    { label: "figureEstimate", value: show(sum(b.estimate.map((e) => e.amount)), "amount") },
  ];
}

/** The label of a figure in the current language. */
export function figureLabel(t: TaskpaneMessages, figure: KeyFigure): string {
  return t[figure.label]();
}
