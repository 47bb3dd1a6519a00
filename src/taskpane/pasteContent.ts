/**
 * Reading a paste (see paste.ts): the HTML flavour's tables by core's string parser, else the text
 * as TSV, TCVN3/VNI text converted. Loaded with the routine kit (kits/routineKit.ts), on the first
 * command, so the parsers are not part of the pane's first script.
 */
import { convertLegacyDocument, withConversionFindings } from "../core/text/legacyContent";
import { containsHtmlTable, htmlContent } from "../core/grid/html";
import { tsvToGrid } from "../core/grid/tsv";
import { withXmlSafeText } from "../core/grid/xmlChars";
import type { PastedContent } from "./paste";
import type { PasteState } from "./state";

/**
 * @example pastedContent({ text: "STT\tNội dung\n1\tRà soát", html: null }, "Bảng đã dán").grids[0].rows[1] → ["1", "Rà soát"]
 */
export function pastedContent(paste: PasteState, sourceName: string): PastedContent {
  // Characters XML does not allow never reach a sheet: removed, the cell named.
  return withXmlSafeText(pastedText(paste, sourceName));
}

function pastedText(paste: PasteState, sourceName: string): PastedContent {
  const html = paste.html ?? (containsHtmlTable(paste.text) ? paste.text : null);
  // Prose around the table (the plan's title) helps infer the year.
  const read = (text: string): PastedContent => (html !== null ? htmlContent(sourceName, text) : { grids: [tsvToGrid(sourceName, text)], contextTexts: [] });
  const raw = html ?? paste.text;
  // Copied from a document typed in .VnTime or VNI-Times: converted, and the cells named.
  const legacy = convertLegacyDocument(raw, html !== null);
  if (legacy.kind !== "converted") return read(raw);
  return withConversionFindings(read(raw), read(legacy.text), legacy.encoding, legacy.evidence);
}
