/**
 * Spending ceilings (khung mức chi) of Thông tư 116/2015/TT-BTC Điều 4 (docs/legal-bases.md#budget).
 * They are maxima: the head of the agency picks the actual level below them. Routine maintenance
 * and improvement (khoản 6) is capped for every agency alike, per year; building the system the
 * first time and extending it (khoản 1–2) are capped by the agency's class (src/core/legal/agencyClass.ts),
 * once per agency: a ceiling for hiring a consultancy organisation and one for the work the
 * agency does itself, which add up to what the agency may spend on that category.
 */
import type { AgencyClass, AgencyClassReading } from "../legal/agencyClass";
import { amountIssue } from "./amountIssue";
import type { BudgetCategory } from "./budgetInput";

export interface BudgetCeiling {
  /** Budget category the ceiling limits, summed over the estimate lines of that category. */
  readonly category: BudgetCategory;
  /** Maximum in đồng for one agency and one year. */
  readonly amount: number;
  /** What the ceiling covers, in the words of the circular (shown in the finding). */
  readonly subject: string;
  /** Legal basis as cited in Vietnamese documents. */
  readonly basis: string;
}

/** The ceilings that apply to every agency whatever its class, per year. */
export const budgetCeilings: readonly BudgetCeiling[] = [
  {
    category: "maintenance",
    amount: 15_000_000,
    subject: "duy trì, cải tiến HTQLCL",
    basis: "khoản 6 Điều 4 Thông tư số 116/2015/TT-BTC",
  },
];

/** A class-dependent ceiling: its two parts (in đồng) and its basis. */
export interface ClassCeiling {
  readonly category: "firstBuild" | "expansion";
  readonly agencyClass: AgencyClass;
  /** Hiring a consultancy organisation. */
  readonly consultancy: number;
  /** The activities the agency carries out itself (not the framework model, maintenance or inspection). */
  readonly ownWork: number;
  /** consultancy + ownWork: the most the agency may spend on the category. */
  readonly amount: number;
  readonly basis: string;
}

const million = 1_000_000;
/** [consultancy first build, consultancy extension, own work first build, own work extension] in triệu đồng. */
const table: Readonly<Record<AgencyClass, readonly [number, number, number, number]>> = {
  ministry: [100, 65, 130, 100],
  centralDepartment: [80, 50, 80, 50],
  provincialCommittee: [60, 30, 65, 50],
  provincialAgency: [45, 25, 50, 40],
  subDepartment: [33, 20, 40, 25],
  // Communes: 80 % of the Chi cục line (26,4 / 16 / 32 / 20).
  commune: [33 * 0.8, 20 * 0.8, 40 * 0.8, 25 * 0.8],
};

/**
 * The ceiling of `category` for an agency of `agencyClass`: TT 116/2015 Điều 4 khoản 1 (ministry,
 * central department) or khoản 2 (the others).
 * @example classCeiling("provincialAgency", "firstBuild").amount === 95_000_000
 * @example classCeiling("commune", "expansion").amount === 36_000_000
 */
export function classCeiling(agencyClass: AgencyClass, category: "firstBuild" | "expansion"): ClassCeiling {
  const [cFirst, cExt, oFirst, oExt] = table[agencyClass];
  const [consultancy, ownWork] = (category === "firstBuild" ? [cFirst, oFirst] : [cExt, oExt]).map((m) => Math.round(m * million));
  const khoan = agencyClass === "ministry" || agencyClass === "centralDepartment" ? 1 : 2;
  return { category, agencyClass, consultancy, ownWork, amount: consultancy + ownWork, basis: `khoản ${khoan} Điều 4 Thông tư số 116/2015/TT-BTC` };
}

/** One category's lines over its ceiling, or a class-dependent category whose class cannot be told. */
export type CeilingOutcome<L> =
  | {
      readonly kind: "above";
      readonly category: BudgetCategory;
      /** The lines of the category, summed. */
      readonly lines: readonly L[];
      readonly amount: number;
      /** The ceiling passed: every agency's (maintenance) or the agency's class's. */
      readonly ceiling: BudgetCeiling | ClassCeiling;
    }
  | {
      readonly kind: "classUnknown";
      readonly category: "firstBuild" | "expansion";
      readonly lines: readonly L[];
      readonly amount: number;
      readonly reason: Extract<AgencyClassReading, { kind: "unknown" }>["reason"];
    };

/**
 * The ceilings an estimate passes, for the report's checks and next year's plan alike: the lines
 * of each category with a valid positive amount are summed; every agency's ceilings first, then
 * building and extending against the class's (when `reading` is given), or said as not checkable
 * when the class cannot be told — never checked against a guess.
 * @example ceilingOutcomes([{ category: "maintenance", amount: 20_000_000 }], (l) => l.category, (l) => l.amount).map((o) => o.kind) // ["above"]
 */
export function ceilingOutcomes<L>(
  lines: readonly L[],
  categoryOf: (line: L) => BudgetCategory,
  amountOf: (line: L) => number,
  reading?: AgencyClassReading,
): CeilingOutcome<L>[] {
  const of = (category: BudgetCategory) => lines.filter((l) => categoryOf(l) === category && amountIssue(amountOf(l)) === null && amountOf(l) > 0);
  const sum = (ls: readonly L[]) => ls.reduce((total, l) => total + amountOf(l), 0);
  const out: CeilingOutcome<L>[] = [];
  for (const ceiling of budgetCeilings) {
    const ls = of(ceiling.category);
    const amount = sum(ls);
    if (ls.length > 0 && amount > ceiling.amount) out.push({ kind: "above", category: ceiling.category, lines: ls, amount, ceiling });
  }
  if (!reading) return out;
  for (const category of ["firstBuild", "expansion"] as const) {
    const ls = of(category);
    if (ls.length === 0) continue;
    const amount = sum(ls);
    if (reading.kind === "unknown") out.push({ kind: "classUnknown", category, lines: ls, amount, reason: reading.reason });
    else {
      const ceiling = classCeiling(reading.class, category);
      if (amount > ceiling.amount) out.push({ kind: "above", category, lines: ls, amount, ceiling });
    }
  }
  return out;
}
