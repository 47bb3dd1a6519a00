/**
 * Repairs the drop-down lists of an owned sheet written by an earlier version of Trợ lý ISO. That
 * version set each rule cell by cell and exceljs regrouped the cells into overlapping ranges of
 * the same rule ("Nhiệm vụ" H2:I200 and H10:I200, "Ngày nghỉ" D2:D100 and D10:D100); Excel
 * answers such a file with its repair prompt and drops the lists. A sheet the command replaces is
 * rewritten whole; this is for the owned sheets a command leaves in place.
 */
import { parseCellAddress } from "../../core/grid/address";
import { applySplices, childElements, firstChild, rootElement, withAttributes, type Splice } from "./xml";

interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function areaOf(ref: string): Area | null {
  const [a, b] = ref.replace(/\$/g, "").split(":");
  const tl = parseCellAddress(a);
  const br = parseCellAddress(b ?? a);
  return tl && br ? { top: tl.rowNumber, left: tl.columnNumber, bottom: br.rowNumber, right: br.columnNumber } : null;
}

const inside = (a: Area, b: Area) => a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
const size = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

/**
 * The worksheet XML without the data validations that only repeat, over cells it already covers,
 * another rule of the same sheet identical in everything but its range; undefined when there is
 * none. Rules that differ are left as they are, overlapping or not: which one the user meant is
 * not for the writer to guess.
 * @example withoutRepeatedValidations(sheetXml) // drops <dataValidation sqref="H10:I200"> beside the same rule over H2:I200
 */
export function withoutRepeatedValidations(xml: string): string | undefined {
  const root = rootElement(xml);
  const list = root && firstChild(xml, root, "dataValidations");
  if (!list || list.selfClosing) return undefined;
  const rules = childElements(xml, list, "dataValidation").map((element) => {
    const text = xml.slice(element.start, element.end);
    const areas = (element.attrs.sqref ?? "").split(/\s+/).filter(Boolean).map(areaOf);
    return { element, key: text.replace(/\ssqref\s*=\s*("[^"]*"|'[^']*')/, ""), areas: areas.every((a) => a !== null) ? areas : null };
  });
  // Largest first, so the wider of two identical rules is the one kept.
  const order = [...rules]
    .filter((r) => r.areas && r.areas.length)
    .sort((a, b) => b.areas!.reduce((n, x) => n + size(x), 0) - a.areas!.reduce((n, x) => n + size(x), 0));
  const kept: typeof rules = [];
  const dropped = new Set<(typeof rules)[number]>();
  for (const rule of order) {
    const covered = kept.some((k) => k.key === rule.key && rule.areas!.every((a) => k.areas!.some((b) => inside(a, b))));
    if (covered) dropped.add(rule);
    else kept.push(rule);
  }
  if (dropped.size === 0) return undefined;
  const splices: Splice[] = [...dropped].map((r) => ({ start: r.element.start, end: r.element.end, text: "" }));
  if (list.attrs.count !== undefined)
    splices.push({ start: list.start, end: list.openEnd, text: withAttributes(xml, list, { count: String(rules.length - dropped.size) }) });
  return applySplices(xml, splices);
}
