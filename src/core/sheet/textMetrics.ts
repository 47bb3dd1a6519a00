/**
 * How much room text takes in a cell, without a font engine: Times New Roman advance widths
 * (Adobe's Times-Roman metrics, in thousandths of an em; Liberation Serif, LibreOffice's
 * substitute, has the same metrics), Vietnamese letters measured by their base letter. Used to
 * give every wrapped row an explicit height (viewers that do not autofit — LibreOffice, and
 * Excel for files written by a library — otherwise overprint the lines) and to size columns
 * for the printed page. Estimates err on the wide side: a row a little too tall is harmless,
 * a row too short hides text.
 */

const widths: Record<string, number> = {
  " ": 250,
  "\u00a0": 250,
  "!": 333,
  '"': 408,
  "#": 500,
  $: 500,
  "%": 833,
  "&": 778,
  "'": 180,
  "(": 333,
  ")": 333,
  "*": 500,
  "+": 564,
  ",": 250,
  "-": 333,
  ".": 250,
  "/": 278,
  ":": 278,
  ";": 278,
  "<": 564,
  "=": 564,
  ">": 564,
  "?": 444,
  "@": 921,
  A: 722,
  B: 667,
  C: 667,
  D: 722,
  E: 611,
  F: 556,
  G: 722,
  H: 722,
  I: 333,
  J: 389,
  K: 722,
  L: 611,
  M: 889,
  N: 722,
  O: 722,
  P: 556,
  Q: 722,
  R: 667,
  S: 556,
  T: 611,
  U: 722,
  V: 722,
  W: 944,
  X: 722,
  Y: 722,
  Z: 611,
  a: 444,
  b: 500,
  c: 444,
  d: 500,
  e: 444,
  f: 333,
  g: 500,
  h: 500,
  i: 278,
  j: 278,
  k: 500,
  l: 278,
  m: 778,
  n: 500,
  o: 500,
  p: 500,
  q: 500,
  r: 333,
  s: 389,
  t: 278,
  u: 500,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
  "[": 333,
  "]": 333,
  _: 500,
  "–": 500,
  "—": 1000,
  "…": 1000,
  "“": 444,
  "”": 444,
  "‘": 333,
  "’": 333,
  "•": 350,
};
for (let d = 0; d <= 9; d++) widths[String(d)] = 500;

/** Bold Times is about 8 % wider on average. */
const boldFactor = 1.08;

/** Advance width of one character in em (a Vietnamese letter by its base letter: "ế" → "e", "Đ" → "D"). */
function charEm(ch: string): number {
  const direct = widths[ch];
  if (direct !== undefined) return direct / 1000;
  if (ch === "đ") return 0.5;
  if (ch === "Đ") return 0.722;
  const base = ch.normalize("NFD")[0];
  // ư and ơ carry a horn that widens the letter a little.
  const horn = /[ưƯơƠ]/.test(ch.normalize("NFC")[0] ?? "") ? 0.06 : 0;
  return (widths[base] ?? 500) / 1000 + horn;
}

/** Width of a text in points at a font size. @example textWidthPoints("000", 12) === 18 */
export function textWidthPoints(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize("NFC")) em += charEm(ch);
  return em * fontSize * (bold ? boldFactor : 1);
}

/**
 * Width of a column in points as Excel and LibreOffice draw it: a width of n characters of the
 * workbook's default font (Calibri 11, 7 px per digit) is n × 7 + 5 pixels at 96 px per inch.
 * @example columnWidthPoints(10) === 56.25
 */
export function columnWidthPoints(characters: number): number {
  return ((characters * 7 + 5) * 72) / 96;
}

/**
 * The widest column, in characters, whose width in points is at most `points`: the inverse of
 * columnWidthPoints, rounded down.
 * @example columnWidthForPoints(56.25) === 10
 */
export function columnWidthForPoints(points: number): number {
  return Math.floor(((points * 96) / 72 - 5) / 7);
}

/** Room for text inside a cell of that width: the cell's inner margins and a safety margin removed. */
export function textRoomPoints(columnPoints: number, indentLevels = 0): number {
  return Math.max(6, columnPoints * 0.97 - 6 - indentLevels * 9);
}

/**
 * Number of lines a text takes when wrapped in `room` points, breaking at spaces (and inside a
 * word only when the word alone is wider than the room), one or more per paragraph ("\n").
 * @example wrappedLineCount("một hai ba", 1000, 12) === 1
 */
export function wrappedLineCount(text: string, room: number, fontSize: number, bold = false): number {
  const space = textWidthPoints(" ", fontSize, bold);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      let w = textWidthPoints(word, fontSize, bold);
      if (used > 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) count++;
      // A word wider than the room breaks across lines.
      while (w > room) {
        count++;
        w -= room;
      }
      used = w;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/**
 * Height of one line of text at a font size, in points: Excel lays Times New Roman out at about
 * 1.3 × the size per line (a 12 pt line is 15.75 pt); LibreOffice needs less.
 */
export function lineHeightPoints(fontSize: number): number {
  return fontSize * 1.3;
}

/** Excel's largest row height. */
export const maxRowHeight = 409;

/** Row height for `lines` lines at a font size: lines × line height plus the cell's top and bottom margins. */
export function rowHeightFor(lines: number, fontSize: number): number {
  return Math.min(maxRowHeight, Math.ceil((lines * lineHeightPoints(fontSize) + 2) * 4) / 4);
}
