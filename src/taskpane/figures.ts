/**
 * The key figures the pane shows after a report: the same numbers the CLI prints
 * (`report` command, both from core's keyFigureValues), so a secretary can check them at a
 * glance before opening the sheet. Reached through the routine kit only.
 */
import { keyFigureValues } from "../core/report/keyFigures";
import type { TrackingRead } from "../app/reportJob";

/** Catalogue keys of the figure labels. */
export type FigureLabel =
  "figureTasks" | "figureReceived" | "figureHandled" | "figurePendingInTime" | "figureRate" | "figureGranted" | "figureDisbursed" | "figureEstimate";

/** One figure: its label key (translated when shown) and its value, formatted the Vietnamese way. */
export interface KeyFigure {
  readonly label: FigureLabel;
  readonly value: string;
}

/**
 * @example keyFigures(read)[1] → { label: "figureReceived", value: "391" } for seed 001
 */
export function keyFigures(read: TrackingRead): KeyFigure[] {
  const v = keyFigureValues(read);
  return [
    { label: "figureTasks", value: v.tasks },
    { label: "figureReceived", value: v.received },
    { label: "figureHandled", value: v.handled },
    { label: "figurePendingInTime", value: v.pendingInTime },
    { label: "figureRate", value: v.rate },
    { label: "figureGranted", value: v.granted },
    { label: "figureDisbursed", value: v.disbursed },
    { label: "figureEstimate", value: v.estimate },
  ];
}
