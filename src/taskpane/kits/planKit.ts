/**
 * Plan import for the task pane, loaded only through lazy.ts. It is a separate chunk because
 * importJob reaches readSource, which imports exceljs and jszip statically (~250 KB gzip):
 * even the selection and paste imports, which read no file, load it (see README "Task pane").
 */
export { importFromContent, importIntoWorkbook } from "../../app/importJob";
export { readSource, SourceError } from "../../io/readSource";
