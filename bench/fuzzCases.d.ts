/** Types of bench/fuzzCases.js (plain JavaScript, run by node in bench/fuzz.js and imported by test/core/grid/fuzz.test.ts). */
import type fastCheck from "fast-check";
import type { sheetRowsParser } from "../src/core/grid/xlsxXml";

export const fc: typeof fastCheck;
/** A word/document.xml of hostile tables (any gridSpan, vMerge, nesting, sizes). */
export const docxCase: fastCheck.Arbitrary<string>;
/** An HTML page of hostile tables (any rowspan/colspan, nesting, unclosed and stray tags). */
export const htmlCase: fastCheck.Arbitrary<string>;
/** A SpreadsheetML sheet: cells at any reference up to XFD1048576, merges, long inline strings. */
export const xlsxCase: fastCheck.Arbitrary<string>;
/** Grid cells of a reader's result. */
export function area(grids: readonly { readonly rows: readonly (readonly unknown[])[] }[]): number;
/** Streams a sheet's XML through a sheetRowsParser in pieces cut at `cuts`; the cells it emitted. */
export function streamSheet(parser: typeof sheetRowsParser, xml: string, cuts?: readonly number[]): number;
/** A minimal .xlsx package whose one sheet, "Kế hoạch", is `sheetXml`. */
export function xlsxPackage(sheetXml: string): Promise<Uint8Array>;
