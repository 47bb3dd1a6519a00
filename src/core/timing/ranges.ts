/**
 * Periods made of one piece or several: "Tháng 9-11/2024", "từ ngày 26/8 đến 27/8/2021",
 * "05-06/12/2017", "Quý I, II năm 2024", "Từ tháng 3/2024" (open-ended).
 *
 * Vietnamese writes the shared parts once, on the last item: "Tháng 9-11/2024" gives its year to
 * 9, "05-06/12/2017" gives month and year to 05. So each item inherits a missing year (or month)
 * from the nearest later item that has one, then from the nearest earlier one; a bare number
 * takes its unit from the first item that has one. A list ("Quý I, III") becomes the span from
 * its first to its last item, since a period has one start and one end.
 */
import type { TimingKind } from "./timing";
import { parsePiece, resolvePiece, withDefaults, type HintUnit, type Piece } from "./pieces";

/** What a period phrase means, before it becomes a `Timing`. */
export type PeriodOutcome =
  | { readonly status: "ok"; readonly kind: TimingKind; readonly start: string | null; readonly end: string | null }
  | { readonly status: "noYear"; readonly kind: TimingKind }
  | { readonly status: "impossible"; readonly reason: string }
  /** The first item ends up after the last ("Tháng 11-9/2024"). */
  | { readonly status: "reversed" }
  /** Pieces were found but a day never got its month ("ngày 26" alone): unreadable. */
  | { readonly status: "incomplete" };

const RANGE_WORD = / (?:cho )?(?:đến|tới)(?: hết)? /;
const LIST_SEPARATOR = /, | và /;
const MAX_DASH_CUTS = 8;

/**
 * Reads a period phrase key (prefix words already removed). Null when it is not a period.
 * @example parsePeriod("tháng 9-11/2024", null) // { status: "ok", kind: "range", start: "2024-09-01", end: "2024-11-30" }
 * @example parsePeriod("quý ii", 2024) // { status: "ok", kind: "quarter", start: "2024-04-01", end: "2024-06-30" }
 */
export function parsePeriod(key: string, planYear: number | null): PeriodOutcome | null {
  const from = /^(?:kể )?từ (.+)$/.exec(key);
  const body = from ? from[1] : key;

  const single = parsePiece(body);
  if (single) return from ? openRange(single, planYear) : singlePeriod(single, planYear);

  for (const parts of splits(body)) {
    const outcome = combine(parts, planYear);
    if (outcome) return outcome;
  }
  return null;
}

/** Ways to cut a phrase into items, most explicit first: "đến", then a list, then each "-". */
function* splits(body: string): Generator<string[]> {
  const word = RANGE_WORD.exec(body);
  if (word) yield [body.slice(0, word.index), body.slice(word.index + word[0].length)];
  const list = body.split(LIST_SEPARATOR);
  if (list.length > 1) yield list;
  // A schedule has a handful of dashes; a long run of them is not a range, and each cut costs a parse.
  let cuts = 0;
  for (let i = body.indexOf("-"); i > 0 && cuts < MAX_DASH_CUTS; i = body.indexOf("-", i + 1), cuts++) {
    yield [body.slice(0, i), body.slice(i + 1)];
  }
}

function kindOf(piece: Piece): TimingKind {
  switch (piece.unit) {
    case "day":
      return "date";
    case "span":
      // "6 tháng đầu/cuối năm" is a half; "9 tháng đầu năm" is just a run of months.
      return piece.count === 6 ? "half" : "range";
    case "part":
      return "range";
    default:
      return piece.unit;
  }
}

function singlePeriod(piece: Piece, planYear: number | null): PeriodOutcome {
  const r = resolvePiece(piece, planYear);
  if (r.status === "ok") return { status: "ok", kind: kindOf(piece), start: r.start, end: r.end };
  if (r.status === "noYear") return { status: "noYear", kind: kindOf(piece) };
  return r;
}

/** "Từ tháng 3/2024" names a start and no end: a range whose end is unknown (null), not guessed. */
function openRange(piece: Piece, planYear: number | null): PeriodOutcome {
  const r = resolvePiece(piece, planYear);
  if (r.status === "ok") return { status: "ok", kind: "range", start: r.start, end: null };
  if (r.status === "noYear") return { status: "noYear", kind: "range" };
  return r;
}

/** Joins items into one range; null when an item is not a piece even with its neighbours' unit. */
function combine(rawParts: readonly string[], planYear: number | null): PeriodOutcome | null {
  const parts = rawParts.map((p) => p.trim().replace(/^hết /, ""));
  if (parts.some((p) => p === "")) return null;
  const plain = parts.map((p) => parsePiece(p));
  const hint = plain.find((p): p is Piece => p !== null && (p.unit === "day" || p.unit === "month" || p.unit === "quarter"))?.unit as HintUnit | undefined;
  const pieces = parts.map((p, i) => plain[i] ?? (hint ? parsePiece(p, hint) : null));
  if (!pieces.every((p): p is Piece => p !== null)) return null;

  const filled = pieces.map((p, i) =>
    withDefaults(
      p,
      nearest(pieces, i, (q) => q.year),
      nearest(pieces, i, monthOf),
    ),
  );
  const resolved = filled.map((p) => resolvePiece(p, planYear));
  for (const r of resolved) if (r.status === "impossible") return r;
  if (resolved.some((r) => r.status === "incomplete")) return { status: "incomplete" };
  if (resolved.some((r) => r.status === "noYear")) {
    // Order is still checkable without the year: every item then shares the same unknown year,
    // so a stand-in leap year (29/02 exists) orders them the same way.
    const [a, b] = [resolvePiece(filled[0], STAND_IN_YEAR), resolvePiece(filled[filled.length - 1], STAND_IN_YEAR)];
    if (a.status === "ok" && b.status === "ok" && a.start > b.end && filled.every((p) => p.year === null)) {
      return { status: "reversed" };
    }
    return { status: "noYear", kind: "range" };
  }

  const first = resolved[0];
  const last = resolved[resolved.length - 1];
  if (first.status !== "ok" || last.status !== "ok") return { status: "incomplete" };
  if (first.start > last.end) return { status: "reversed" };
  return { status: "ok", kind: "range", start: first.start, end: last.end };
}

const STAND_IN_YEAR = 2000;

function monthOf(piece: Piece): number | null {
  return piece.unit === "day" || piece.unit === "month" || piece.unit === "part" ? piece.month : null;
}

/** The value `get` finds on the nearest later item, else the nearest earlier one. */
function nearest(pieces: readonly Piece[], i: number, get: (p: Piece) => number | null): number | null {
  for (let j = i + 1; j < pieces.length; j++) {
    const v = get(pieces[j]);
    if (v !== null) return v;
  }
  for (let j = i - 1; j >= 0; j--) {
    const v = get(pieces[j]);
    if (v !== null) return v;
  }
  return null;
}
