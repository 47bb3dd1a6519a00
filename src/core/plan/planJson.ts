import type { Finding } from "../findings/finding";
import { findingText } from "../messages/render";
import type { PlanImport } from "./plan";

/** A finding as the CLI and the task pane print it. */
export function findingJson(f: Finding) {
  return { severity: f.severity, code: f.code, message: findingText(f), sheet: f.sheet, cell: f.cell };
}

/** The `import --json` object (issue #2 §6): year, tasks, findings. */
export function planJson(plan: PlanImport, extraFindings: readonly Finding[] = []) {
  return {
    year: plan.year,
    years: plan.years,
    tasks: plan.tasks.map((t) => ({
      no: t.no,
      group: t.group,
      task: t.task,
      output: t.output,
      timing: { text: t.timing.text, kind: t.timing.kind, start: t.timing.start, end: t.timing.end, recurrence: t.timing.recurrence },
      units: {
        text: t.units.text,
        lead: t.units.lead.map((u) => u.name ?? u.written),
        support: t.units.support.map((u) => u.name ?? u.written),
      },
      // Only when the table names the unit inspected, audited or supported (the contract's fields stay as they were).
      ...(t.subject ? { subject: t.subject } : {}),
      source: { sheet: t.source.sheet, cell: t.source.cell },
    })),
    findings: [...plan.findings, ...extraFindings].map(findingJson),
  };
}
