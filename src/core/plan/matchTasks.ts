import { foldKey, singleLine } from "../text/normalize";

/**
 * Matching the tasks of a re-imported plan to the tasks of the sheet it replaces, by meaning:
 * the similarity of their normalised texts (diacritics, case, punctuation and spacing aside).
 * The task number only breaks ties between similar texts: a task inserted before task 1 shifts
 * every number, and two plans of different agencies share numbers but not tasks.
 */

/** Texts at least this similar are the same task (a reworded title: "Xây dựng, ban hành mục tiêu …"). */
export const sameTaskSimilarity = 0.75;
/** Below this, two texts are different tasks; between the two thresholds a match is uncertain. */
export const relatedTaskSimilarity = 0.5;
/** Two candidates closer than this are a tie, broken by the task number or left uncertain. */
export const tieMargin = 0.05;

/** The words (syllables) of a task text, folded: "Xây dựng, ban hành" → ["xay", "dung", "ban", "hanh"]. */
export function taskWords(text: string): string[] {
  const key = foldKey(singleLine(text));
  return key ? key.split(" ") : [];
}

/**
 * Similarity of two task texts from 0 (nothing in common) to 1 (the same text): the Dice
 * coefficient of their word multisets, 2·|A∩B| / (|A|+|B|).
 * @example taskSimilarity("Xây dựng mục tiêu chất lượng", "Xây dựng, ban hành mục tiêu chất lượng") ≈ 0.83
 */
export function taskSimilarity(a: string, b: string): number {
  return wordSimilarity(wordCounts(taskWords(a)), wordCounts(taskWords(b)));
}

interface Bag {
  readonly counts: Map<string, number>;
  readonly size: number;
}

function wordCounts(words: readonly string[]): Bag {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { counts, size: words.length };
}

function wordSimilarity(a: Bag, b: Bag): number {
  if (a.size === 0 || b.size === 0) return a.size === b.size ? 1 : 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [w, n] of small.counts) common += Math.min(n, large.counts.get(w) ?? 0);
  return (2 * common) / (a.size + b.size);
}

/** What the matcher needs of a task: its number and text. */
export interface MatchableTask {
  readonly no: string;
  readonly task: string;
}

/** A new task paired with an old one: `same` carries progress; `uncertain` keeps the old row. */
export interface TaskPair {
  readonly next: number;
  readonly previous: number;
  readonly similarity: number;
  readonly kind: "same" | "uncertain";
}

export interface TaskMatching {
  readonly pairs: readonly TaskPair[];
  /** Old tasks paired with no new task. */
  readonly unmatched: readonly number[];
}

interface Candidate {
  readonly next: number;
  readonly previous: number;
  readonly similarity: number;
  readonly sameNumber: boolean;
}

/**
 * Pairs old and new tasks, most similar first. A pair is `same` when its texts are at least
 * `sameTaskSimilarity` alike and no other free candidate of either task is as alike (within
 * `tieMargin`) — unless this pair alone also keeps its number. Anything else that is still
 * `relatedTaskSimilarity` alike is `uncertain`: the caller keeps the old row and says so.
 */
export function matchTasks(next: readonly MatchableTask[], previous: readonly MatchableTask[]): TaskMatching {
  const nextBags = next.map((t) => wordCounts(taskWords(t.task)));
  const previousBags = previous.map((t) => wordCounts(taskWords(t.task)));
  const candidates: Candidate[] = [];
  for (let i = 0; i < next.length; i++) {
    for (let j = 0; j < previous.length; j++) {
      const similarity = wordSimilarity(nextBags[i], previousBags[j]);
      if (similarity >= relatedTaskSimilarity) {
        candidates.push({ next: i, previous: j, similarity, sameNumber: foldKey(next[i].no) === foldKey(previous[j].no) });
      }
    }
  }
  // Most similar first; among equals, the one keeping its number, then the nearer position.
  candidates.sort(
    (x, y) => y.similarity - x.similarity || Number(y.sameNumber) - Number(x.sameNumber) || Math.abs(x.next - x.previous) - Math.abs(y.next - y.previous),
  );
  const byNext = new Map<number, Candidate[]>();
  const byPrevious = new Map<number, Candidate[]>();
  for (const c of candidates) {
    if (!byNext.has(c.next)) byNext.set(c.next, []);
    if (!byPrevious.has(c.previous)) byPrevious.set(c.previous, []);
    byNext.get(c.next)!.push(c);
    byPrevious.get(c.previous)!.push(c);
  }
  const usedNext = new Set<number>();
  const usedPrevious = new Set<number>();
  // Tasks already paired for sure are no one's rival; an uncertain pair still makes its rivals uncertain.
  const sureNext = new Set<number>();
  const surePrevious = new Set<number>();
  const pairs: TaskPair[] = [];
  for (const c of candidates) {
    if (usedNext.has(c.next) || usedPrevious.has(c.previous)) continue;
    const close = (r: Candidate) => r !== c && c.similarity - r.similarity < tieMargin;
    const rivals = [
      ...(byNext.get(c.next) ?? []).filter((r) => close(r) && !surePrevious.has(r.previous)),
      ...(byPrevious.get(c.previous) ?? []).filter((r) => close(r) && !sureNext.has(r.next)),
    ];
    const tieBroken = rivals.every((r) => c.sameNumber && !r.sameNumber);
    const kind = c.similarity >= sameTaskSimilarity && tieBroken ? "same" : "uncertain";
    pairs.push({ next: c.next, previous: c.previous, similarity: c.similarity, kind });
    usedNext.add(c.next);
    usedPrevious.add(c.previous);
    if (kind === "same") {
      sureNext.add(c.next);
      surePrevious.add(c.previous);
    }
  }
  const unmatched = previous.map((_, j) => j).filter((j) => !usedPrevious.has(j));
  return { pairs, unmatched };
}
