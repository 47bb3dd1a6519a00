/**
 * Plan import for the task pane, loaded only through lazy.ts: the core importer and the
 * sheets it writes. It does not read files, so it stays free of exceljs and jszip; the
 * selection and paste imports need nothing more.
 */
export { importFromContent, importIntoWorkbook } from "../../app/importJob";
