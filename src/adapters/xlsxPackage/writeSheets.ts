/**
 * Writes the add-in's own sheets into a user's .xlsx/.xlsm without rewriting it: exceljs renders
 * the described sheets into a scratch workbook, and their parts are transplanted into the user's
 * package. Only these change: the owned sheets' worksheet parts and relationships, their tables,
 * the sheet list and owner-marker names in workbook.xml, the workbook's relationships, the content
 * types, styles.xml and sharedStrings.xml (both appended, never renumbered); the calculation chain, a cache Excel rebuilds,
 * is dropped when an owned sheet is replaced; an owned sheet left in place loses only the drop-down
 * rules an earlier version wrote twice over the same cells (validations.ts). Every other part (the user's sheets, charts,
 * drawings, pictures, PivotTables, notes, macros, themes, custom XML, shared strings, external
 * links) is carried over byte for byte. The owned sheets' text goes into the shared-string table,
 * appended (an identical entry reused), so the user's sheets keep every index they hold.
 */
import { cellAddress, sheetRef } from "../../core/grid/address";
import type { WorkbookSpec } from "../../core/sheet/model";
import { renderWorkbookSpec } from "../exceljs/renderWorkbook";
import { markerSheet, OWNER_NAME_PREFIX, OwnedSheetObjectsError, sameSheetName, SheetNotOwnedError, type UserObjectKind } from "../ownership";
import { contentTypes, elementText, PackageError, relativeTarget, relsPathOf, relTypes, resolveTarget, XlsxPackage } from "./package";
import { mergeStyles } from "./styles";
import { withoutRepeatedValidations } from "./validations";
import { applySplices, childElements, escapeXml, firstChild, prefixFor, prefixOf, rootElement, withAttributes, type Splice, type XmlElement } from "./xml";

const relationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A sheet of the workbook part: its entry in <sheets> and its worksheet part. */
interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string;
  readonly part: string | undefined;
  readonly element: XmlElement;
}

interface WorkbookInfo {
  readonly path: string;
  readonly xml: string;
  readonly root: XmlElement;
  readonly rPrefix: string;
  readonly sheetsElement: XmlElement;
  readonly sheets: readonly WorkbookSheet[];
  readonly names: readonly { element: XmlElement; name: string; localSheetId: number | null; text: string }[];
  readonly namesElement: XmlElement | undefined;
}

async function readWorkbook(pkg: XlsxPackage): Promise<WorkbookInfo> {
  const path = (await pkg.mainPart()) as string;
  const xml = (await pkg.read(path)) as string;
  const root = rootElement(xml) as XmlElement;
  const rPrefix = prefixFor(xml, root, relationshipsNs) ?? "r:";
  const sheetsElement = firstChild(xml, root, "sheets");
  if (!sheetsElement) throw new PackageError("damaged", path);
  const rels = await pkg.relationships(path);
  const sheets = childElements(xml, sheetsElement, "sheet").map((element) => {
    const rid = element.attrs[`${rPrefix}id`] ?? "";
    const rel = rels.find((r) => r.id === rid);
    return {
      name: element.attrs.name ?? "",
      sheetId: Number(element.attrs.sheetId ?? "0"),
      rid,
      part: rel && !rel.external ? resolveTarget(path, rel.target) : undefined,
      element,
    };
  });
  const namesElement = firstChild(xml, root, "definedNames");
  const names = namesElement
    ? childElements(xml, namesElement, "definedName").map((element) => ({
        element,
        name: element.attrs.name ?? "",
        localSheetId: element.attrs.localSheetId === undefined ? null : Number(element.attrs.localSheetId),
        text: elementText(xml, element),
      }))
    : [];
  return { path, xml, root, rPrefix, sheetsElement, sheets, names, namesElement };
}

/** Sheets the owner markers point at (names compared as Excel does). */
function ownedSheetNames(wb: WorkbookInfo): string[] {
  return wb.names.filter((n) => n.name.startsWith(OWNER_NAME_PREFIX)).flatMap((n) => markerSheet(`=${n.text}`) ?? []);
}

/** Every part some relationship points at (internal targets only). */
async function referencedParts(pkg: XlsxPackage): Promise<Set<string>> {
  const found = new Set<string>();
  for (const rels of pkg.partNames().filter((p) => p.endsWith(".rels"))) {
    const source = rels === "_rels/.rels" ? "" : rels.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const r of await pkg.relationships(source)) if (!r.external) found.add(resolveTarget(source, r.target).toLowerCase());
  }
  return found;
}

/**
 * Removes parts nothing points at any more (the replaced sheets' tables and whatever hung from
 * them), following their own relationships. Returns the removed part names.
 */
async function collectGarbage(pkg: XlsxPackage, candidates: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  let queue = [...candidates];
  while (queue.length) {
    const referenced = await referencedParts(pkg);
    const next: string[] = [];
    for (const part of queue) {
      if (referenced.has(part.toLowerCase()) || !pkg.has(part)) continue;
      for (const r of await pkg.relationships(part)) if (!r.external) next.push(resolveTarget(part, r.target));
      pkg.remove(relsPathOf(part));
      pkg.remove(part);
      removed.push(part);
    }
    queue = next;
  }
  return removed;
}

function freePart(pkg: XlsxPackage, taken: Set<string>, dir: string, base: string): string {
  for (let n = 1; ; n++) {
    const part = `${dir}${base}${n}.xml`;
    if (!pkg.has(part) && !taken.has(part.toLowerCase())) {
      taken.add(part.toLowerCase());
      return part;
    }
  }
}

/** The scratch sheet's XML with the target's style and shared-string indices. */
function transplantSheetXml(xml: string, sharedString: (n: number) => number, cellXf: (n: number) => number): string {
  return xml
    .replace(/<c ([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_all, attrs: string, _end: string, body: string | undefined) => {
      let a = attrs.replace(/(\ss=")(\d+)(")/, (_m, p: string, n: string, s: string) => `${p}${cellXf(Number(n))}${s}`);
      a = a.replace(/^s="(\d+)"/, (_m, n: string) => `s="${cellXf(Number(n))}"`);
      if (body === undefined) return `<c ${a}/>`;
      if (/\st="s"/.test(` ${a}`)) return `<c ${a}>${body.replace(/<v>(\d+)<\/v>/, (_m, n: string) => `<v>${sharedString(Number(n))}</v>`)}</c>`;
      return `<c ${a}>${body}</c>`;
    })
    .replace(/<row ([^>]*)>/g, (tag: string) => tag.replace(/(\ss=")(\d+)(")/, (_m, p: string, n: string, s: string) => `${p}${cellXf(Number(n))}${s}`))
    .replace(/<col ([^>]*)\/>/g, (tag: string) => tag.replace(/(\sstyle=")(\d+)(")/, (_m, p: string, n: string, s: string) => `${p}${cellXf(Number(n))}${s}`))
    .replace(/\stabSelected="(1|true)"/g, "");
}

/** One described sheet and the owned sheet it replaces, if any. */
interface SheetPlan {
  readonly spec: WorkbookSpec["sheets"][number];
  readonly existing: WorkbookSheet | undefined;
}

/** The exceljs rendering of the described sheets, opened as a package to take parts from. */
interface Scratch {
  readonly pkg: XlsxPackage;
  readonly wb: WorkbookInfo;
  readonly stylesXml: string;
  /** Raw <si> elements of its shared-string table, by index. */
  readonly sharedStrings: readonly string[];
}

/** Edits collected by the phases and applied to workbook.xml, its relationships and the content types at the end. */
interface PendingEdits {
  /** Parts to declare in [Content_Types].xml. */
  readonly addedTypes: { part: string; type: string }[];
  /** Parts removed from the package (their Overrides go). */
  readonly removedParts: string[];
  /** Relationships to add to the workbook part (styles, shared strings when the file had none). */
  readonly addedWbRels: { type: string; target: string }[];
  /** Relationship ids removed from the workbook part (the calculation chain). */
  readonly removedRelIds: string[];
  /** Edits of workbook.xml. */
  readonly splices: Splice[];
}

/** A sheet added after the last tab. */
interface NewSheet {
  readonly name: string;
  readonly part: string;
  readonly hidden: boolean;
}

/**
 * The user's workbook bytes with the spec's sheets written in: each replaces the add-in's own
 * same-named sheet (in place: same position, same part) or is added after the last tab. Throws
 * SheetNotOwnedError, before anything is changed, when a same-named sheet is the user's, and
 * OwnedSheetObjectsError when an owned sheet to replace holds a note, chart or picture the user
 * added (replacing it would delete them); PackageError "protected" for a protected structure or
 * sheet (Excel would refuse too); throws
 * PackageError when the file is not a workbook package the tool can edit, or one of the parts it
 * must edit is damaged ("damaged", naming the part). docProps/ is left as it is: the output stamp
 * (src/io/outputStamp.ts) is added to the bytes this returns.
 */
export async function writeSheetsIntoXlsx(bytes: Uint8Array, spec: WorkbookSpec): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(bytes);
  const wb = await readWorkbook(pkg);
  const plans = planSheets(wb, spec);
  await refuseProtected(pkg, wb, plans);
  await refuseUserObjects(pkg, plans);
  await repairKeptOwnedSheets(pkg, wb, plans);
  const scratch = await renderScratch(spec);
  const edits: PendingEdits = { addedTypes: [], removedParts: [], addedWbRels: [], removedRelIds: [], splices: [] };

  await dropReplacedParts(pkg, wb, plans, edits);
  const tables = await tablesKept(pkg, wb);
  const cellXf = await mergeStylesPart(pkg, wb, scratch, edits);
  const sharedString = await mergeSharedStringsPart(pkg, wb, scratch, edits);
  const newSheets = await writeSheetParts(pkg, wb, plans, scratch, { cellXf, sharedString, tables }, edits);
  await addSheetEntries(pkg, wb, newSheets, edits);
  rewriteDefinedNames(wb, scratch.wb, plans, newSheets, edits);
  if (spec.active) await showActive(pkg, wb, newSheets, spec.active, edits);

  pkg.write(wb.path, applySplices(wb.xml, edits.splices));
  await pkg.editContentTypes(edits.addedTypes, edits.removedParts);
  return pkg.bytes();
}

const selectedView = /(<(?:[\w.-]+:)?sheetView\b[^>]*?)\stabSelected\s*=\s*["'](?:1|true)["']/;

/**
 * Opens the workbook on `active` (the report), the only selected tab, so that Print, which
 * prints the selected sheets, prints the report. The add-in's other sheets lose their selection;
 * when a sheet of the user's is the selected one, the workbook opens as the user left it:
 * clearing it would edit the user's sheet, and two selected tabs would print both.
 */
async function showActive(pkg: XlsxPackage, wb: WorkbookInfo, newSheets: readonly NewSheet[], active: string, edits: PendingEdits): Promise<void> {
  const tabs = [...wb.sheets.map((s) => ({ name: s.name, part: s.part, hidden: (s.element.attrs.state ?? "visible") !== "visible" })), ...newSheets];
  const index = tabs.findIndex((t) => t.name === active);
  const target = tabs[index];
  if (!target?.part || target.hidden) return;
  const owned = new Set(ownedSheetNames(wb).map((n) => n.toUpperCase()));
  const deselect: string[] = [];
  for (const tab of tabs) {
    if (tab === target || !tab.part) continue;
    // The views come before the cells: a sheet is read up to its cells to see whether it is selected.
    const head = await pkg.readHead(tab.part, "sheetData");
    if (!head || !selectedView.test(head)) continue;
    if (!owned.has(tab.name.toUpperCase()) && !newSheets.includes(tab as NewSheet)) return;
    deselect.push(tab.part);
  }
  for (const part of deselect) {
    const xml = (await pkg.read(part)) ?? "";
    pkg.write(part, xml.replace(selectedView, "$1"));
  }
  const xml = (await pkg.read(target.part)) ?? "";
  // exceljs writes a <sheetView> for every sheet; the selection goes on the first.
  pkg.write(
    target.part,
    xml.replace(/<((?:[\w.-]+:)?sheetView)\b/, (_m, tag: string) => `<${tag} tabSelected="1"`),
  );
  const bookViews = firstChild(wb.xml, wb.root, "bookViews");
  const view = bookViews && firstChild(wb.xml, bookViews, "workbookView");
  if (view) edits.splices.push({ start: view.start, end: view.openEnd, text: withAttributes(wb.xml, view, { activeTab: String(index) }) });
  else if (!bookViews) {
    // CT_Workbook: bookViews comes right before sheets.
    const px = prefixOf(wb.sheetsElement);
    edits.splices.push({
      start: wb.sheetsElement.start,
      end: wb.sheetsElement.start,
      text: `<${px}bookViews><${px}workbookView activeTab="${index}"/></${px}bookViews>`,
    });
  }
}

/** Which sheets are replaced and which added; refuses (SheetNotOwnedError) a same-named sheet of the user's. */
function planSheets(wb: WorkbookInfo, spec: WorkbookSpec): SheetPlan[] {
  const owned = ownedSheetNames(wb);
  return spec.sheets.map((s) => {
    const existing = wb.sheets.find((w) => sameSheetName(w.name, s.name));
    if (existing && !owned.some((o) => sameSheetName(o, existing.name))) throw new SheetNotOwnedError(existing.name);
    // An owned sheet whose worksheet part is missing cannot be replaced in place.
    if (existing && !existing.part) throw new PackageError("damaged", relsPathOf(wb.path));
    return { spec: s, existing };
  });
}

/**
 * The owned sheets this command leaves in place lose the drop-down rules an earlier version
 * wrote twice over the same cells (validations.ts), which make Excel repair the file.
 */
async function repairKeptOwnedSheets(pkg: XlsxPackage, wb: WorkbookInfo, plans: readonly SheetPlan[]): Promise<void> {
  const replaced = new Set(plans.flatMap((p) => (p.existing?.part ? [p.existing.part] : [])));
  for (const name of ownedSheetNames(wb)) {
    const part = wb.sheets.find((s) => sameSheetName(s.name, name))?.part;
    if (!part || replaced.has(part)) continue;
    const xml = await pkg.read(part);
    const repaired = xml === undefined ? undefined : withoutRepeatedValidations(xml);
    if (repaired !== undefined) pkg.write(part, repaired);
  }
}

const isOn = (value: string | undefined) => value === "1" || value === "true";

/**
 * A workbook whose structure is protected (Review › Protect Workbook) gets no new sheet: Excel
 * itself refuses ("Workbook is protected and cannot be changed"). Replacing an owned sheet in place
 * is editing cells, which Excel allows, unless that sheet is protected itself.
 */
async function refuseProtected(pkg: XlsxPackage, wb: WorkbookInfo, plans: readonly SheetPlan[]): Promise<void> {
  const protection = firstChild(wb.xml, wb.root, "workbookProtection");
  if (protection && isOn(protection.attrs.lockStructure) && plans.some((p) => !p.existing)) throw new PackageError("protected");
  for (const p of plans) {
    if (!p.existing?.part) continue;
    const xml = (await pkg.read(p.existing.part)) ?? "";
    const root = rootElement(xml);
    const sheetProtection = root ? firstChild(xml, root, "sheetProtection") : undefined;
    if (sheetProtection && isOn(sheetProtection.attrs.sheet)) throw new PackageError("protected", p.existing.name);
  }
}

/** Relationship types (their last segment) of what the writer itself puts on a sheet, or drops without loss. */
const writerRelationships = new Set(["table", "printerSettings", "hyperlink"]);

/**
 * A replaced sheet is written anew, so what hangs from its old part would be deleted: notes
 * (comments and their VML shapes, threaded comments), drawings (charts, pictures, shapes) and any
 * other object (PivotTables, controls). The write is refused instead (OwnedSheetObjectsError),
 * naming the first such thing and its anchor cell. Tables (the writer's own), printer settings
 * and hyperlinks are not the user's objects.
 */
async function refuseUserObjects(pkg: XlsxPackage, plans: readonly SheetPlan[]): Promise<void> {
  for (const p of plans) {
    if (!p.existing?.part) continue;
    const part = p.existing.part;
    const found: { kind: UserObjectKind; target: string }[] = [];
    for (const r of await pkg.relationships(part)) {
      const type = r.type.replace(/^.*\//, "");
      if (writerRelationships.has(type)) continue;
      const target = r.external ? "" : resolveTarget(part, r.target);
      if (type === "comments" || type === "threadedComment") found.push({ kind: "notes", target });
      else if (type === "drawing") found.push({ kind: "drawings", target });
      // A VML drawing holds the notes' boxes (with a comments part) or form controls and header pictures (without).
      else if (type !== "vmlDrawing") found.push({ kind: "objects", target });
    }
    const vml = (await pkg.relationships(part)).some((r) => r.type.endsWith("/vmlDrawing"));
    if (vml && !found.some((f) => f.kind === "notes")) found.push({ kind: "objects", target: "" });
    if (found.length === 0) continue;
    const first = found.find((f) => f.kind === "notes") ?? found.find((f) => f.kind === "drawings") ?? found[0];
    throw new OwnedSheetObjectsError(p.existing.name, first.kind, first.target ? anchorCell((await pkg.read(first.target)) ?? "", first.kind) : null);
  }
}

/** The cell a note is on (`<comment ref="D7">`) or a drawing's first object is anchored at (`<xdr:from>` column and row, 0-based). */
function anchorCell(xml: string, kind: UserObjectKind): string | null {
  if (kind === "notes") return /<(?:\w+:)?comment\b[^>]*\bref\s*=\s*["']([A-Za-z]{1,3}\d{1,7})["']/.exec(xml)?.[1]?.toUpperCase() ?? null;
  const m = /<(?:\w+:)?from>\s*<(?:\w+:)?col>(\d{1,5})<\/(?:\w+:)?col>[\s\S]{0,200}?<(?:\w+:)?row>(\d{1,7})<\/(?:\w+:)?row>/.exec(xml);
  return m ? cellAddress(Number(m[2]) + 1, Number(m[1]) + 1) : null;
}

/** The scratch workbook: exceljs renders exactly the described sheets. */
async function renderScratch(spec: WorkbookSpec): Promise<Scratch> {
  const pkg = await XlsxPackage.open(new Uint8Array(await renderWorkbookSpec(spec).xlsx.writeBuffer()));
  const wb = await readWorkbook(pkg);
  const rels = await pkg.relationships(wb.path);
  const partOf = (type: string) => {
    const r = rels.find((x) => x.type === type);
    return r ? resolveTarget(wb.path, r.target) : undefined;
  };
  const stringsPart = partOf(relTypes.sharedStrings);
  const ssXml = stringsPart ? ((await pkg.read(stringsPart)) ?? "") : "";
  const ssRoot = rootElement(ssXml);
  const sharedStrings = ssRoot ? childElements(ssXml, ssRoot, "si").map((e) => ssXml.slice(e.start, e.end)) : [];
  const stylesXml = (await pkg.read(partOf(relTypes.styles) ?? "")) ?? "";
  return { pkg, wb, stylesXml, sharedStrings };
}

/**
 * Replaced sheets lose their old relationships and whatever only they pointed at (their tables,
 * printer settings); the calculation chain goes too, since a stale one (cells that are no longer
 * formulas) makes Excel repair the file.
 */
async function dropReplacedParts(pkg: XlsxPackage, wb: WorkbookInfo, plans: readonly SheetPlan[], edits: PendingEdits): Promise<void> {
  const candidates: string[] = [];
  for (const p of plans) {
    if (!p.existing?.part) continue;
    for (const r of await pkg.relationships(p.existing.part)) if (!r.external) candidates.push(resolveTarget(p.existing.part, r.target));
    pkg.remove(relsPathOf(p.existing.part));
  }
  edits.removedParts.push(...(await collectGarbage(pkg, candidates)));
  const calcChain = (await pkg.relationships(wb.path)).find((r) => r.type === relTypes.calcChain);
  if (plans.some((p) => p.existing) && calcChain) {
    const part = resolveTarget(wb.path, calcChain.target);
    pkg.remove(part);
    edits.removedParts.push(part);
    edits.removedRelIds.push(calcChain.id);
  }
}

/** Tables the user's file keeps: the next free table id, and the names taken (tables and defined names, upper case). */
async function tablesKept(pkg: XlsxPackage, wb: WorkbookInfo): Promise<{ nextId: number; takenNames: Set<string> }> {
  const ids: number[] = [];
  const takenNames = new Set(wb.names.map((n) => n.name.toUpperCase()));
  for (const part of await pkg.partsOfType(contentTypes.table)) {
    const xml = (await pkg.read(part)) ?? "";
    const root = rootElement(xml);
    if (!root) continue;
    ids.push(Number(root.attrs.id ?? "0"));
    takenNames.add((root.attrs.name ?? "").toUpperCase());
    takenNames.add((root.attrs.displayName ?? "").toUpperCase());
  }
  return { nextId: Math.max(0, ...ids.filter(Number.isFinite)) + 1, takenNames };
}

/** The user's styles part with ours appended; returns where each scratch cell format landed. */
async function mergeStylesPart(pkg: XlsxPackage, wb: WorkbookInfo, scratch: Scratch, edits: PendingEdits): Promise<(n: number) => number> {
  const rel = (await pkg.relationships(wb.path)).find((r) => r.type === relTypes.styles);
  const path = rel ? resolveTarget(wb.path, rel.target) : `${folderOf(wb.path)}styles.xml`;
  const current = rel ? await pkg.read(path) : undefined;
  // A relationship to a missing part is damage; a part that is not XML, mergeStyles says so.
  if (rel && current === undefined) throw new PackageError("damaged", path);
  const styles = mergeStyles(current, scratch.stylesXml, path);
  pkg.write(path, styles.xml);
  if (!rel) {
    edits.addedTypes.push({ part: path, type: contentTypes.styles });
    edits.addedWbRels.push({ type: relTypes.styles, target: relativeTarget(wb.path, path) });
  }
  return styles.cellXf;
}

/** The user's shared strings with ours appended (identical entries reused), never renumbered; returns the index map. */
async function mergeSharedStringsPart(pkg: XlsxPackage, wb: WorkbookInfo, scratch: Scratch, edits: PendingEdits): Promise<(n: number) => number> {
  const rel = (await pkg.relationships(wb.path)).find((r) => r.type === relTypes.sharedStrings);
  const path = rel ? resolveTarget(wb.path, rel.target) : `${folderOf(wb.path)}sharedStrings.xml`;
  const current = rel ? await pkg.read(path) : undefined;
  if (rel && current !== undefined && !rootElement(current)) throw new PackageError("damaged", path);
  const strings = appendSharedStrings(current, scratch.sharedStrings);
  if (strings.xml !== undefined) {
    pkg.write(path, strings.xml);
    if (!rel) {
      edits.addedTypes.push({ part: path, type: contentTypes.sharedStrings });
      edits.addedWbRels.push({ type: relTypes.sharedStrings, target: relativeTarget(wb.path, path) });
    }
  }
  return strings.index;
}

/**
 * Writes each described sheet's worksheet part (in place of the replaced one, or a free name)
 * with the target's style and string indices, and its tables; a replaced sheet's visibility is
 * updated in <sheets>. Returns the sheets to add to the workbook.
 */
async function writeSheetParts(
  pkg: XlsxPackage,
  wb: WorkbookInfo,
  plans: readonly SheetPlan[],
  scratch: Scratch,
  maps: { cellXf: (n: number) => number; sharedString: (n: number) => number; tables: { nextId: number; takenNames: Set<string> } },
  edits: PendingEdits,
): Promise<NewSheet[]> {
  const taken = new Set<string>();
  const sheetDir = wb.sheets.find((s) => s.part)?.part?.replace(/[^/]*$/, "") ?? `${folderOf(wb.path)}worksheets/`;
  const tables = { ...maps.tables };
  const newSheets: NewSheet[] = [];
  for (const p of plans) {
    const ss = scratch.wb.sheets.find((s) => s.name === p.spec.name);
    // exceljs rendered this very spec: a missing sheet is a bug of ours, not the user's file.
    if (!ss?.part) throw new Error(`scratch sheet ${p.spec.name} missing`);
    const hidden = (ss.element.attrs.state ?? "visible") !== "visible";
    const part = p.existing?.part ?? freePart(pkg, taken, sheetDir, "sheet");
    pkg.write(part, transplantSheetXml((await scratch.pkg.read(ss.part)) ?? "", maps.sharedString, maps.cellXf));
    edits.addedTypes.push({ part, type: contentTypes.worksheet });
    await transplantSheetRelationships(pkg, scratch.pkg, ss.part, part, { taken, tables, wbDir: folderOf(wb.path) }, edits);

    if (p.existing) {
      const current = (p.existing.element.attrs.state ?? "visible") !== "visible";
      if (current !== hidden) {
        const state = hidden ? "hidden" : p.existing.element.attrs.state !== undefined ? "visible" : null;
        edits.splices.push({ start: p.existing.element.start, end: p.existing.element.openEnd, text: withAttributes(wb.xml, p.existing.element, { state }) });
      }
    } else newSheets.push({ name: p.spec.name, part, hidden });
  }
  return newSheets;
}

/** A scratch sheet's relationships (its tables), under the same ids its XML uses; table names and ids made unique in the workbook. */
async function transplantSheetRelationships(
  pkg: XlsxPackage,
  scratch: XlsxPackage,
  scratchPart: string,
  part: string,
  at: { taken: Set<string>; tables: { nextId: number; takenNames: Set<string> }; wbDir: string },
  edits: PendingEdits,
): Promise<void> {
  const rels = await scratch.relationships(scratchPart);
  if (rels.length === 0) return;
  const lines: string[] = [];
  for (const r of rels) {
    if (r.external) {
      lines.push(`<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}" TargetMode="External"/>`);
      continue;
    }
    // The sheet model renders tables only: anything else is a change of ours that needs code here.
    if (r.type !== relTypes.table) throw new Error(`cannot transplant a ${r.type} part`);
    const tableXml = (await scratch.read(resolveTarget(scratchPart, r.target))) ?? "";
    const root = rootElement(tableXml) as XmlElement;
    let name = root.attrs.name ?? "Table";
    for (let n = 2; at.tables.takenNames.has(name.toUpperCase()); n++) name = `${root.attrs.name}${n}`;
    at.tables.takenNames.add(name.toUpperCase());
    const tablePart = freePart(pkg, at.taken, `${at.wbDir}tables/`, "table");
    const open = withAttributes(tableXml, root, { id: String(at.tables.nextId++), name, displayName: name });
    pkg.write(tablePart, tableXml.slice(0, root.start) + open + tableXml.slice(root.openEnd));
    edits.addedTypes.push({ part: tablePart, type: contentTypes.table });
    lines.push(`<Relationship Id="${escapeXml(r.id)}" Type="${relTypes.table}" Target="${escapeXml(relativeTarget(part, tablePart))}"/>`);
  }
  pkg.write(
    relsPathOf(part),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${lines.join("")}</Relationships>`,
  );
}

/** The workbook's relationships (styles, strings, new sheets; the calculation chain dropped) and the new sheets' <sheet> entries. */
async function addSheetEntries(pkg: XlsxPackage, wb: WorkbookInfo, newSheets: readonly NewSheet[], edits: PendingEdits): Promise<void> {
  const newIds = await pkg.editRelationships(wb.path, edits.removedRelIds, [
    ...edits.addedWbRels,
    ...newSheets.map((s) => ({ type: relTypes.worksheet, target: relativeTarget(wb.path, s.part) })),
  ]);
  const sheetIds = newIds.slice(edits.addedWbRels.length);
  const px = prefixOf(wb.sheetsElement);
  let nextSheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId).filter(Number.isFinite)) + 1;
  const sheetTags = newSheets.map(
    (s, i) => `<${px}sheet name="${escapeXml(s.name)}" sheetId="${nextSheetId++}"${s.hidden ? ' state="hidden"' : ""} ${wb.rPrefix}id="${sheetIds[i]}"/>`,
  );
  if (sheetTags.length) edits.splices.push({ start: wb.sheetsElement.closeStart, end: wb.sheetsElement.closeStart, text: sheetTags.join("") });
}

/** Defined names: owner markers for the new sheets, stale markers dropped, the owned sheets' print titles rewritten. */
function rewriteDefinedNames(
  wb: WorkbookInfo,
  scratchWb: WorkbookInfo,
  plans: readonly SheetPlan[],
  newSheets: readonly NewSheet[],
  edits: PendingEdits,
): void {
  const finalNames = [...wb.sheets.map((s) => s.name), ...newSheets.map((s) => s.name)];
  const indexOf = (name: string) => finalNames.findIndex((n) => sameSheetName(n, name));
  const replacedIndices = new Set(plans.filter((p) => p.existing).map((p) => indexOf(p.existing!.name)));
  const dropped = wb.names.filter((n) => {
    if (n.name.startsWith(OWNER_NAME_PREFIX)) {
      const sheet = markerSheet(`=${n.text}`);
      return sheet === null || indexOf(sheet) < 0;
    }
    return n.localSheetId !== null && replacedIndices.has(n.localSheetId) && /^_xlnm\.(Print_Titles|_FilterDatabase)$/i.test(n.name);
  });
  const splices: Splice[] = dropped.map((n) => ({ start: n.element.start, end: n.element.end, text: "" }));
  const usedMarkers = new Set(wb.names.filter((n) => !dropped.includes(n)).map((n) => n.name));
  const nx = wb.namesElement ? prefixOf(wb.namesElement) : prefixOf(wb.sheetsElement);
  const addedNames: string[] = [];
  let markerNo = 1;
  for (const s of newSheets) {
    while (usedMarkers.has(`${OWNER_NAME_PREFIX}${markerNo}`)) markerNo++;
    usedMarkers.add(`${OWNER_NAME_PREFIX}${markerNo}`);
    addedNames.push(`<${nx}definedName name="${OWNER_NAME_PREFIX}${markerNo}" hidden="1">${escapeXml(`${sheetRef(s.name)}!$A$1`)}</${nx}definedName>`);
  }
  for (const n of scratchWb.names) {
    if (n.localSheetId === null || !n.name.startsWith("_xlnm.")) continue;
    const sheet = scratchWb.sheets[n.localSheetId];
    if (!sheet) continue;
    addedNames.push(`<${nx}definedName name="${escapeXml(n.name)}" localSheetId="${indexOf(sheet.name)}">${escapeXml(n.text)}</${nx}definedName>`);
  }
  if (addedNames.length) {
    if (wb.namesElement && !wb.namesElement.selfClosing)
      splices.push({ start: wb.namesElement.closeStart, end: wb.namesElement.closeStart, text: addedNames.join("") });
    else {
      // <definedNames> follows <sheets>, <functionGroups> and <externalReferences> (CT_Workbook).
      const before = [wb.sheetsElement, firstChild(wb.xml, wb.root, "functionGroups"), firstChild(wb.xml, wb.root, "externalReferences")];
      const at = Math.max(...before.filter((e): e is XmlElement => e !== undefined).map((e) => e.end));
      const start = wb.namesElement ? wb.namesElement.start : at;
      const end = wb.namesElement ? wb.namesElement.end : at;
      splices.push({ start, end, text: `<${nx}definedNames>${addedNames.join("")}</${nx}definedNames>` });
    }
  } else if (wb.namesElement && dropped.length === wb.names.length && wb.names.length > 0) {
    // An empty <definedNames/> is invalid: remove the element with its last name.
    splices.splice(0, dropped.length, { start: wb.namesElement.start, end: wb.namesElement.end, text: "" });
  }
  edits.splices.push(...splices);
}

/** "xl/" for "xl/workbook.xml". */
function folderOf(part: string): string {
  return part.replace(/[^/]*$/, "");
}

/**
 * The user's shared-string table with the scratch workbook's strings appended: an identical entry
 * is reused, a new one goes at the end, so every index the user's sheets hold stays valid.
 * `xml` is undefined when nothing needs to change.
 */
function appendSharedStrings(target: string | undefined, items: readonly string[]): { xml: string | undefined; index: (n: number) => number } {
  if (items.length === 0) return { xml: undefined, index: (n) => n };
  const xml =
    target ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>`;
  const root = rootElement(xml) as XmlElement;
  const prefix = prefixOf(root);
  const existing = childElements(xml, root, "si");
  const known = new Map<string, number>();
  existing.forEach((e, i) => {
    const raw = xml.slice(e.start, e.end);
    if (!known.has(raw)) known.set(raw, i);
  });
  const added: string[] = [];
  const map = items.map((raw) => {
    const x = prefix ? raw.replace(/<(\/?)(?!\w+:)/g, `<$1${prefix}`) : raw;
    const hit = known.get(x);
    if (hit !== undefined) return hit;
    const i = existing.length + added.length;
    added.push(x);
    known.set(x, i);
    return i;
  });
  if (added.length === 0) return { xml: undefined, index: (n) => map[n] ?? 0 };
  const unique = existing.length + added.length;
  const count = Math.max(Number(root.attrs.count ?? "0") + added.length, unique);
  const open = withAttributes(xml, root, { count: String(count), uniqueCount: String(unique) });
  const next = root.selfClosing
    ? xml.slice(0, root.start) + open.replace(/\s*\/>$/, ">") + added.join("") + `</${root.name}>` + xml.slice(root.end)
    : xml.slice(0, root.start) + open + xml.slice(root.openEnd, root.closeStart) + added.join("") + xml.slice(root.closeStart);
  return { xml: next, index: (n) => map[n] ?? 0 };
}
