/**
 * The budget part of the year-end report as data: what was granted and disbursed in year N,
 * the estimate for N+1, the totals the user typed, and the decision granting the money.
 * Every amount can say which cell it came from, so findings point at that cell.
 */
import { z } from "zod";
import { agencyClasses } from "../legal/agencyClass";

export const budgetCategorySchema = z.enum(["firstBuild", "expansion", "maintenance", "other"]);
export type BudgetCategory = z.infer<typeof budgetCategorySchema>;

/**
 * An amount in đồng as read. NaN is allowed through the schema on purpose: a cell that could
 * not be read becomes NaN and `computeBudget` reports it at its cell instead of the whole
 * input failing to parse. Negative and fractional values are likewise findings, not schema errors.
 */
const amountSchema = z.union([z.number(), z.nan()]);

/** Where one value sits: a sheet and an A1 cell. */
export const cellSourceSchema = z.object({
  sheet: z.string().nullable().optional(),
  cell: z.string().nullable().optional(),
});
export type CellSource = z.infer<typeof cellSourceSchema>;

/** Where a line sits: its sheet and, per field, the A1 cell it was read from. */
function lineSourceSchema<const K extends readonly [string, ...string[]]>(fields: K) {
  return z.object({
    sheet: z.string().nullable().optional(),
    cells: z.partialRecord(z.enum(fields), z.string()).optional(),
  });
}

/** A line of money granted in year N, e.g. "Mở rộng" 18.000.000 granted, 18.000.000 disbursed. */
export const grantedLineSchema = z.object({
  item: z.string(),
  /** Inferred from `item` ("mở rộng", "duy trì") when absent. */
  category: budgetCategorySchema.optional(),
  granted: amountSchema,
  disbursed: amountSchema,
  note: z.string().optional(),
  source: lineSourceSchema(["item", "granted", "disbursed", "note"]).optional(),
});
export type GrantedLine = z.infer<typeof grantedLineSchema>;

/** A line of the N+1 estimate, e.g. "Duy trì" 3.000.000 "Tiếp tục duy trì, áp dụng HTQLCL". */
export const estimateLineSchema = z.object({
  item: z.string(),
  category: budgetCategorySchema.optional(),
  amount: amountSchema,
  explanation: z.string(),
  source: lineSourceSchema(["item", "amount", "explanation"]).optional(),
});
export type EstimateLine = z.infer<typeof estimateLineSchema>;

/** A total as the user wrote it (possibly typed over a formula), with its cell. */
export const statedTotalSchema = z.object({ amount: amountSchema, source: cellSourceSchema.optional() });
export type StatedTotal = z.infer<typeof statedTotalSchema>;

export const budgetInputSchema = z.object({
  /** Year N of the report. */
  year: z.number().int(),
  /** Year of the estimate; N + 1 when absent. */
  estimateYear: z.number().int().optional(),
  /** Sheet for lines and totals whose source names none. */
  sheet: z.string().optional(),
  lines: z.array(grantedLineSchema),
  estimates: z.array(estimateLineSchema),
  statedTotals: z.object({ granted: statedTotalSchema.optional(), disbursed: statedTotalSchema.optional(), estimate: statedTotalSchema.optional() }).optional(),
  /**
   * The agency's class for the ceilings of building and extending the system (TT 116/2015 Điều 4
   * khoản 1–2; src/core/legal/agencyClass.ts); absent: those ceilings are not checked.
   */
  agencyClass: z
    .union([
      z.object({ kind: z.literal("class"), class: z.enum(agencyClasses) }),
      z.object({ kind: z.literal("unknown"), reason: z.enum(["unrecognised", "districtEnded"]) }),
    ])
    .optional(),
  /** The agency as "Thông tin" names it, for the finding when its class cannot be told. */
  agencyName: z.string().optional(),
  /** The decision granting the money, e.g. "Quyết định số 155/QĐ-UBND ngày 13/3/2024". */
  decision: z.object({ text: z.string(), source: cellSourceSchema.optional() }).optional(),
});
export type BudgetInput = z.infer<typeof budgetInputSchema>;
