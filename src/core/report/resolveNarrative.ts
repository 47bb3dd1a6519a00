/**
 * The "Nhận xét" blocks as the report uses them and as the sheet is written back: a block the
 * product drafted and nobody touched follows the data (written again from the current figures on
 * every report); a block the secretary edited is kept as she wrote it, and the figures it states
 * are checked against the data; an emptied block is drafted again. The sheet remembers which is
 * which in its hidden mark column (narrativeMark.ts).
 */
import { sumCounts, type DossierCounts } from "../dossiers/counts";
import { narrativeText, reportText, workbookText } from "../messages/catalogue";
import type { PlanTask } from "../plan/plan";
import type { AgencyInfo } from "../workbook/agencySheet";
import { asOfDate } from "../workbook/agencyFacts";
import type { BudgetSheetData } from "../workbook/budgetSheet";
import { narrativeKeys, type NarrativeKey } from "./narrative";
import { composeBlock, standardBase, type BlockDraft, type Narrative, type NarrativeBase, type NarrativeFacts } from "./narrative";
export type { NarrativeFacts } from "./narrative";
import { formatMark, parseMark, textHash } from "./narrativeMark";
import { checkFigures, factsHash, figureFacts, type StaleFigure, type UncheckedFigure } from "./staleFigures";

/** "draft": the product's text, following the data; "edited": the secretary's; "confirmed": hers, confirmed against the current figures. */
export type BlockState = "draft" | "edited" | "confirmed";

/** One row of the "Nhận xét" sheet: the text, its hidden mark and the note beside it. */
export interface NarrativeRow {
  readonly text: string;
  readonly mark: string;
  readonly note: string;
}
export type NarrativeRows = Readonly<Record<NarrativeKey, NarrativeRow>>;

/** What the pane and the checks say about a block. */
export interface NarrativeBlockStatus {
  readonly key: NarrativeKey;
  readonly label: string;
  readonly state: BlockState;
  /** Figures the secretary's text states that the data no longer gives (empty for drafts). */
  readonly stale: readonly StaleFigure[];
  /** Figures it states about a budget total that cannot be computed: not checked, no "now" figure (empty for drafts). */
  readonly unchecked: readonly UncheckedFigure[];
}

export interface ResolvedNarrative {
  readonly narrative: Narrative;
  readonly rows: NarrativeRows;
  readonly blocks: readonly NarrativeBlockStatus[];
}

/** The blocks as the sheet holds them: text and hidden mark ("" when none). */
export interface NarrativeSheetRead {
  readonly narrative: Narrative;
  readonly marks: Partial<Record<NarrativeKey, string>>;
}

const notes = narrativeText.sheet;

/**
 * What the drafts of a year are written from, read from its agency facts and data: the agency as
 * sentences name it (its short name), the year, the figures' as-of date (asOfDate).
 * @example narrativeFactsOf({ agency, tasks: [], budget }).asOf === asOfDate(agency)
 */
export function narrativeFactsOf(p: { agency: AgencyInfo; tasks: readonly PlanTask[]; dossiers?: DossierCounts; budget: BudgetSheetData }): NarrativeFacts {
  return {
    // Never the capitals of the header ("SỞ Y TẾ"): without the short name the sentences say
    // "Cơ quan" and the report is a draft until it is typed (buildReportModel).
    agency: p.agency.agencyShortName.trim() || reportText.defaultAgency,
    year: p.agency.year,
    asOf: asOfDate(p.agency),
    dossiers: p.dossiers ?? sumCounts(workbookText.total, []),
    tasks: p.tasks,
    budget: p.budget,
  };
}

/** A draft's row: its text, the mark saying whose base it keeps, the draft's note. */
function draftRow(draft: BlockDraft, base: "standard" | "text"): NarrativeRow {
  const text = draft.lines.join("\n");
  const hash = textHash(text);
  const mark = base === "standard" ? formatMark({ kind: "draft", hash, base }) : formatMark({ kind: "draft", hash, base, figureLines: draft.figureLines });
  return { text, mark, note: notes.noteDraft };
}

/**
 * Drafts of every block as sheet rows: over the standard paragraphs, or, for the blocks last
 * year's text has (last year's report, this year's edited blocks for next year), over its
 * paragraphs without last year's figures (standardBase), which are then kept when the figures
 * are written again.
 */
export function draftRows(facts: NarrativeFacts, lastYear?: Partial<Narrative>): NarrativeRows {
  const base: NarrativeBase = standardBase(facts, lastYear);
  const standard = standardBase(facts);
  return Object.fromEntries(
    narrativeKeys.map((key) => {
      const own = base[key].join("\n") !== standard[key].join("\n");
      return [key, draftRow(composeBlock(key, facts, base[key]), own ? "text" : "standard")];
    }),
  ) as Record<NarrativeKey, NarrativeRow>;
}

const linesOf = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The blocks for this report: drafts written again from `facts`, the secretary's text kept and
 * checked. `read` null: the workbook has no "Nhận xét" sheet yet, every block is drafted.
 */
export function resolveNarrative(read: NarrativeSheetRead | null, facts: NarrativeFacts): ResolvedNarrative {
  const figures = figureFacts(facts);
  const figuresHash = factsHash(figures);
  const rows: Partial<Record<NarrativeKey, NarrativeRow>> = {};
  const blocks: NarrativeBlockStatus[] = [];
  for (const key of narrativeKeys) {
    const text = read?.narrative[key]?.trim() ?? "";
    const mark = parseMark(read?.marks[key] ?? "");
    const label = narrativeText.labels[key];
    const untouched = mark !== null && mark.hash === textHash(text);
    if (!text || (untouched && mark.kind === "draft")) {
      // Drafted again: over the standard paragraphs, or over the base the draft kept (its text without its figure lines).
      const keepBase = text && mark?.kind === "draft" && mark.base === "text";
      const base = keepBase ? linesOf(text).filter((_, i) => !mark.figureLines.includes(i)) : standardBase(facts)[key];
      rows[key] = draftRow(composeBlock(key, facts, base), keepBase ? "text" : "standard");
      blocks.push({ key, label, state: "draft", stale: [], unchecked: [] });
      continue;
    }
    if (untouched && mark.kind === "confirmed" && mark.facts === figuresHash) {
      rows[key] = { text, mark: formatMark(mark), note: notes.noteConfirmed };
      blocks.push({ key, label, state: "confirmed", stale: [], unchecked: [] });
      continue;
    }
    const { stale, unchecked } = checkFigures(text, figures);
    const note = [
      stale.length ? notes.noteStale({ list: staleList(stale) }) : notes.noteEdited,
      ...(unchecked.length ? [notes.noteUnchecked({ list: uncheckedList(unchecked) })] : []),
    ];
    rows[key] = { text, mark: untouched ? formatMark(mark) : "", note: note.join(" ") };
    blocks.push({ key, label, state: "edited", stale, unchecked });
  }
  const done = rows as NarrativeRows;
  return { narrative: Object.fromEntries(narrativeKeys.map((k) => [k, done[k].text])) as Record<NarrativeKey, string>, rows: done, blocks };
}

/** "“3/19 nhiệm vụ” (nay: 6/19 nhiệm vụ)", joined with "; ". */
export function staleList(stale: readonly StaleFigure[]): string {
  return stale.map((s) => narrativeText.staleItem(s)).join("; ");
}

/** "“được cấp 21.000.000 đồng” (tổng kinh phí được cấp chưa tính được vì số tiền ở ô Kinh phí!D3 không đọc được)", joined with "; ". */
export function uncheckedList(unchecked: readonly UncheckedFigure[]): string {
  return unchecked.map((u) => narrativeText.uncheckedItem(u)).join("; ");
}

/**
 * The sheet's rows after a pane action on one block: "rewrite" drafts it again from the figures
 * (the secretary's text is replaced: she asked for it), "confirm" keeps her text and records that
 * it was checked against the current figures (no warning until they change again).
 */
export function narrativeAfter(resolved: ResolvedNarrative, facts: NarrativeFacts, action: { kind: "rewrite" | "confirm"; key: NarrativeKey }): NarrativeRows {
  const row = resolved.rows[action.key];
  const next: NarrativeRow =
    action.kind === "rewrite"
      ? draftRow(composeBlock(action.key, facts, standardBase(facts)[action.key]), "standard")
      : { text: row.text, mark: formatMark({ kind: "confirmed", hash: textHash(row.text), facts: factsHash(figureFacts(facts)) }), note: notes.noteConfirmed };
  return { ...resolved.rows, [action.key]: next };
}
