/**
 * Which ExcelApi requirement sets the host supports. The manifest asks for 1.7 (see
 * docs/requirements.md); everything newer is optional and guarded here, so the same bundle
 * runs on Excel 2019 volume licence (1.7) and on Microsoft 365 (1.20+).
 */

/** Answers "is ExcelApi `version` supported?". Injected in tests. */
export type ExcelApiSupport = (version: string) => boolean;

/** The optional features and the ExcelApi version that brought each. */
export const optionalFeatures = {
  /** application.suspendApiCalculationUntilNextSync() */
  suspendCalculation: "1.6",
  /** range.dataValidation */
  dataValidation: "1.8",
  /** worksheet.pageLayout, headersFooters, setPrintTitleRows */
  pageLayout: "1.9",
  /** range.format.indentLevel */
  indent: "1.9",
  /** worksheet.getRanges("A1:B2,D4:E5") — several rectangles styled through one object */
  rangeAreas: "1.9",
  /** worksheet.shapes (pictures, shapes, text boxes): seen before an owned sheet is replaced */
  shapes: "1.9",
  /** worksheet.comments (threaded comments) and comment.getLocation() */
  comments: "1.10",
  /** range.getMergedAreasOrNullObject() */
  mergedAreas: "1.13",
  /** worksheet.notes (the notes Excel called comments before threaded comments) and note.getLocation() */
  notes: "1.18",
} as const;

/** The running Office host's answer; false outside Office (tests, standalone page). */
export function hostExcelApiSupport(): ExcelApiSupport {
  return (version) => typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", version));
}
