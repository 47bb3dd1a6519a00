/**
 * Pasted tables. Word and browsers put two flavours on the clipboard: text/plain (tab-separated,
 * merged cells lost, line breaks inside cells ambiguous) and text/html (a real <table> with
 * rowspan/colspan and <br>). The HTML flavour is kept when it holds a table, so a pasted Word
 * appendix keeps its merged "STT" and group cells; otherwise the text is read as TSV, the way
 * Excel copies a range. The HTML is parsed by core's string parser, never by the browser, so
 * nothing in it is ever rendered or run.
 */
import { containsHtmlTable } from "../core/grid/htmlTable";
import type { Finding } from "../core/findings/finding";
import type { Grid } from "../core/grid/grid";
import type { PasteState } from "./state";

/**
 * What a paste event leaves in the paste state: the plain text the textarea shows, and the HTML
 * flavour when it has a table. Called from the paste handler; the textarea still receives the text.
 */
export function pasteFromClipboard(data: Pick<DataTransfer, "getData"> | null): PasteState | null {
  if (!data) return null;
  const html = data.getData("text/html");
  const text = data.getData("text/plain");
  if (!text && !html) return null;
  return { text, html: html && containsHtmlTable(html) ? html : null };
}

/** Grids and context lines (for the plan year) of the pasted content. */
export interface PastedContent {
  readonly grids: Grid[];
  readonly contextTexts: string[];
  /** Text pasted from a TCVN3 or VNI document, converted to Unicode (info findings); merges cut to the table (warnings). */
  readonly findings?: readonly Finding[];
}
