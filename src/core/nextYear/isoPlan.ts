/**
 * What makes next year's plan an ISO plan whatever this year's was (issue #20, item 3): the yearly
 * activities QĐ 19/2014 and TT 26/2014 require (src/core/plan/requiredActivities.ts) added where
 * this year's plan lacked them, marked "bổ sung theo quy định"; from 2027 a task to follow the move
 * to ISO 9001:2026 (never a conversion deadline: no TCVN edition or ministry guidance sets one);
 * tasks led outside the agency kept only where the agency supports them or the user says to keep
 * them; "Nơi nhận" without the same recipient twice.
 */
import { finding, type Finding } from "../findings/finding";
import { nextYearText, reportText } from "../messages/catalogue";
import type { PlanTask } from "../plan/plan";
import { taskLabels } from "../report/taskLabels";
import { requiredActivities, type RequiredActivity } from "../plan/requiredActivities";
import { foldKey } from "../text/normalize";
import { toRoman } from "../timing/romanNumerals";
import { parseTiming } from "../timing/parseTiming";
import type { TaskUnits, WrittenUnit } from "../units/parseUnits";
import { sheetNames } from "../workbook/sheetNames";
import type { AgencyInfo } from "../workbook/agencySheet";
import { formerProvinces, provinceKey, provinces2025 } from "../legal/provinces";

const s = nextYearText.supplements;

/** The first year a plan follows the move to ISO 9001:2026 (published in September 2026). */
export const iso2026FromYear = 2027;

/** True when a task's text or product mentions one of the activity's phrases. */
function mentions(task: PlanTask, phrases: readonly string[]): boolean {
  const text = ` ${foldKey(`${task.task} ${task.output}`)} `;
  return phrases.some((p) => text.includes(` ${p} `));
}

const unit = (name: string): WrittenUnit => ({ written: name, name });
const units = (lead: string, support: string | null): TaskUnits => ({
  text: support ? `${lead}; ${support}` : lead,
  lead: [unit(lead)],
  support: support ? [unit(support)] : [],
  method: null,
});

/** The activities of `tasks`' plan that are missing, in the order of requiredActivities. */
export function missingActivities(tasks: readonly PlanTask[]): RequiredActivity[] {
  return requiredActivities.filter((a) => !tasks.some((t) => mentions(t, a.phrases)));
}

/**
 * Next year's tasks completed into an ISO plan: `tasks` (already moved to `year`), then one task
 * per required activity they lack, then (from 2027) the ISO 9001:2026 follow-up when no task
 * mentions it. Added tasks are numbered after the last and, when the plan has groups, sit in a
 * group of their own; each says it was added and why (text and note).
 * @example completeIsoPlan([], 2026, agency, "Văn phòng Sở").added.length === 7
 */
export function completeIsoPlan(
  tasks: readonly PlanTask[],
  year: number,
  agency: AgencyInfo,
  lead: string,
): { tasks: PlanTask[]; added: { id: RequiredActivity["id"] | "iso2026"; label: string }[] } {
  const who = agency.agencyShortName.trim() || reportText.defaultAgency;
  const missing = missingActivities(tasks);
  const needsIso2026 = year >= iso2026FromYear && !tasks.some((t) => /9001\s*:\s*2026|phiên bản mới/iu.test(`${t.task} ${t.output}`));
  if (!missing.length && !needsIso2026) return { tasks: [...tasks], added: [] };

  const groups = [...new Set(tasks.map((t) => t.group).filter((g): g is string => !!g))];
  const group = groups.length ? s.group({ numeral: toRoman(groups.length + 1) }) : null;
  const numbers = tasks.map((t) => Number.parseInt(t.no, 10)).filter((n) => Number.isFinite(n));
  let next = (numbers.length ? Math.max(...numbers) : 0) + 1;
  const allUnits = s.allUnits({ who });

  const make = (text: { task: string; output: string; timing: string }, marker: string, note: string, taskUnits: TaskUnits): PlanTask => ({
    no: String(next++),
    group,
    task: s.taskText({ task: text.task, marker }),
    output: text.output,
    timing: parseTiming(text.timing, { year }).timing,
    units: taskUnits,
    status: "",
    evidence: "",
    note,
    source: { sheet: sheetNames.tasks, cell: "" },
    cells: {},
  });

  const added: { id: RequiredActivity["id"] | "iso2026"; label: string }[] = [];
  const extra: PlanTask[] = [];
  for (const a of missing) {
    const text =
      a.id === "objectives"
        ? s.objectives({ year, who })
        : a.id === "internalAudit"
          ? s.internalAudit({ year })
          : a.id === "managementReview"
            ? s.managementReview({ year })
            : a.id === "customerSatisfaction"
              ? s.customerSatisfaction({ year })
              : a.id === "updateProcedures"
                ? s.updateProcedures({ year })
                : a.id === "reannouncement"
                  ? s.reannouncement({ year })
                  : s.annualReport({ year });
    const leadUnit = a.id === "internalAudit" || a.id === "managementReview" ? s.steering : lead;
    extra.push(make(text, s.marker, s.note({ basis: a.basis }), units(leadUnit, allUnits)));
    added.push({ id: a.id, label: a.label });
  }
  if (needsIso2026) {
    extra.push(make(s.iso2026({ year }), s.iso2026Marker, s.iso2026Note, units(lead, allUnits)));
    added.push({ id: "iso2026", label: "ISO 9001:2026" });
  }
  return { tasks: [...tasks, ...extra], added };
}

/** The finding that lists what was added. */
export function supplementFinding(added: readonly { label: string }[], year: number): Finding[] {
  if (!added.length) return [];
  return [
    finding("info", "next_year_supplemented", { sheet: sheetNames.tasks }, { count: added.length, year, activities: added.map((a) => a.label).join("; ") }),
  ];
}

/**
 * Words that name another agency or body as a unit: another Sở, a People's Committee or Council,
 * a ministry, an association, the police, a bank, a company… (folded, at the start of the name).
 */
const externalStart =
  /^(so(?! tay)|uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|bo(?! phan)|tinh uy|thanh uy|hiep hoi|hoi(?! dong)|lien doan|lien minh|cong an|kho bac|cuc thue|ngan hang|cong ty|doanh nghiep|bao(?! cao)|dai phat thanh|truong dai hoc|vien)\b/;

/**
 * True when a unit is outside the agency: a body another agency leads. The agency itself ("Sở Y
 * tế"), its units and the lead unit it reports to are not; "Sở Khoa học và Công nghệ" leading a
 * task of a Sở Y tế plan is.
 * @example isExternalUnit("Sở Tài chính", agency) === true
 */
export function isExternalUnit(name: string, agency: AgencyInfo): boolean {
  const key = foldKey(name);
  const own = [agency.agencyShortName, agency.agencyName].map((n) => foldKey(n)).filter(Boolean);
  if (own.some((o) => key === o || key.startsWith(`${o} `))) return false;
  return externalStart.test(key);
}

/** True when a task's units include the agency or one of its own units. */
function agencyTakesPart(units: readonly WrittenUnit[], agency: AgencyInfo): boolean {
  return units.some((u) => !isExternalUnit(u.name ?? u.written, agency));
}

/**
 * Next year's tasks without those led only by units outside the agency, unless the agency
 * supports them (one of its units is in "Phối hợp") or the user noted "giữ trong kế hoạch"; the
 * dropped ones are listed in a finding for review.
 */
export function dropExternalTasks(tasks: readonly PlanTask[], agency: AgencyInfo, year: number): { tasks: PlanTask[]; findings: Finding[] } {
  // (The numbers in the finding are this year's, as the user finds them in this year's sheet.)
  const keep = foldKey(nextYearText.keepMarker);
  const dropped: PlanTask[] = [];
  const kept = tasks.filter((t) => {
    const lead = t.units.lead;
    if (!lead.length || agencyTakesPart(lead, agency)) return true;
    if (t.units.support.length && agencyTakesPart(t.units.support, agency)) return true;
    if (foldKey(t.note).includes(keep)) return true;
    dropped.push(t);
    return false;
  });
  if (!dropped.length) return { tasks: kept, findings: [] };
  // Each task by the plan's own number within its section ("II.3"), as the report names tasks: a
  // plan whose numbering restarts per section would otherwise list "1 (…); 1 (…)".
  const labels = taskLabels(tasks);
  const labelOf = new Map(tasks.map((t, i) => [t, labels[i]]));
  const list = dropped.map((t) => `${labelOf.get(t) ?? t.no} (${t.units.lead.map((u) => u.name ?? u.written).join(", ")})`).join("; ");
  return {
    tasks: kept,
    findings: [
      finding(
        "warning",
        "next_year_external_dropped",
        { sheet: sheetNames.tasks, cell: dropped[0].source.cell || null },
        { count: dropped.length, year, tasks: list, keep: nextYearText.keepMarker },
      ),
    ],
  };
}

/** A recipient's key by meaning: abbreviations written out, "(b/c)" and list punctuation dropped. */
const expansions: readonly [RegExp, string][] = [
  [/\bubnd\b/g, "uy ban nhan dan"],
  [/\bhdnd\b/g, "hoi dong nhan dan"],
  [/\bkh cn\b|\bkhcn\b|\bkh va cn\b/g, "khoa hoc va cong nghe"],
  [/\bgd dt\b|\bgddt\b/g, "giao duc va dao tao"],
  [/\btp\b/g, "thanh pho"],
  [/\bvp\b/g, "van phong"],
  [/\bsyt\b/g, "so y te"],
];

/** "(b/c)", "(để b/c)", "(báo cáo)", "(để biết)", "(t/h)", "(thực hiện)": how a recipient is to use the document. */
const purposePattern = /\s*\((?:để\s+)?(?:b\/c|báo cáo|biết|t\/h|thực hiện|p\/h|phối hợp)\)\s*$/iu;

function recipientKey(name: string): string {
  let key = foldKey(name.replace(purposePattern, "").replace(/&/g, " va "));
  for (const [re, out] of expansions) key = key.replace(re, out);
  return key.replace(/\s+/g, " ").trim();
}

/** Province names (current and former), folded, to tell "UBND tỉnh" from "UBND tỉnh Đồng Tháp". */
const placeKeys = new Set([...provinces2025.map((p) => provinceKey(p.name)), ...formerProvinces.map((f) => provinceKey(f.name))]);

/** True when two recipients' keys mean the same body: equal, or one is the other with its province named. */
function sameRecipient(a: string, b: string, place: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (!long.startsWith(`${short} `)) return false;
  const rest = long.slice(short.length + 1);
  return rest === place || placeKeys.has(rest);
}

/**
 * "Nơi nhận" with each body once, by meaning: "UBND tỉnh (b/c)" and "Ủy ban nhân dân tỉnh Đồng
 * Tháp" are one recipient; the fuller name is kept, with the "(b/c)" one of them carried.
 * @example dedupeRecipients(["Ủy ban nhân dân tỉnh Đồng Tháp", "UBND tỉnh (b/c)"], "Đồng Tháp") → ["Ủy ban nhân dân tỉnh Đồng Tháp (b/c)"]
 */
export function dedupeRecipients(recipients: readonly string[], placeName: string): string[] {
  const place = provinceKey(placeName);
  const out: { name: string; key: string; purpose: string }[] = [];
  for (const r of recipients) {
    const purpose = purposePattern.exec(r)?.[0].trim() ?? "";
    const name = r.replace(purposePattern, "").trim();
    const key = recipientKey(name);
    if (!key) continue;
    const same = out.find((o) => sameRecipient(o.key, key, place));
    if (!same) {
      out.push({ name, key, purpose });
      continue;
    }
    if (key.length > same.key.length || (key === same.key && name.length > same.name.length)) {
      same.name = name;
      same.key = key;
    }
    if (!same.purpose && purpose) same.purpose = purpose;
  }
  return out.map((o) => (o.purpose ? `${o.name} ${o.purpose}` : o.name));
}
