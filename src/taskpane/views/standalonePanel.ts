/**
 * The standalone panel (no Excel): a plan file in → findings and the tracking workbook to
 * download; a filled tracking workbook in → figures, findings, the report as .xlsx and .docx.
 */
import type { TaskpaneMessages } from "../../core/messages/catalogue";
import { h, replaceChildren } from "../dom";
import type { AppState } from "../state";
import { commandButton, filePicker, section, yearField } from "./controls";
import { planFileTypes, type PanelView } from "./excelPanel";
import { renderFigures } from "./figures";
import { renderFindings } from "./findings";

export interface StandaloneActions {
  importPlanFile(file: File): void;
  downloadTracking(): void;
  openTrackingFile(file: File): void;
  downloadReportXlsx(): void;
  downloadReportDocx(): void;
}

export function buildStandalonePanel(t: TaskpaneMessages, state: AppState, actions: StandaloneActions): PanelView {
  const planResults = h("div", { className: "plan-results" });
  const reportResults = h("div", { className: "report-results" });
  const findingsHost = h("div", { className: "results", attrs: { "aria-live": "polite" } });

  const refresh = () => {
    replaceChildren(planResults, state.plan ? commandButton(t.downloadTracking(), actions.downloadTracking, { primary: true, id: "download-tracking" }) : null);
    replaceChildren(
      reportResults,
      state.report ? renderFigures(t, state.report.figures) : null,
      state.report && state.trackingFile
        ? h(
            "div",
            { className: "button-row" },
            commandButton(t.downloadReportXlsx(), actions.downloadReportXlsx, { primary: true, id: "download-report-xlsx" }),
            commandButton(t.downloadReportDocx(), actions.downloadReportDocx, { id: "download-report-docx" }),
          )
        : null,
    );
    replaceChildren(findingsHost, state.findings ? renderFindings(t, state.lang, state.findings, null) : null);
  };

  const element = h(
    "div",
    { className: "panel panel-standalone" },
    yearField(t, state),
    section(
      "plan",
      t.standalonePlanHeading(),
      t.standalonePlanHelp(),
      filePicker(t, "plan-file", t.standalonePlanLabel(), planFileTypes, actions.importPlanFile),
      planResults,
    ),
    section(
      "tracking-report",
      t.standaloneReportHeading(),
      t.standaloneReportHelp(),
      filePicker(t, "tracking-file", t.standaloneReportLabel(), ".xlsx,.xlsm", actions.openTrackingFile),
      reportResults,
    ),
    findingsHost,
  );
  refresh();
  return { element, refresh };
}
