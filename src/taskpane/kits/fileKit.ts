/**
 * Reading plan files picked from disk (.xlsx, .docx, .html, .tsv), loaded only through lazy.ts:
 * readSource imports exceljs and jszip statically (~250 KB gzip), so this chunk is fetched
 * the first time the user picks a file.
 */
export { importFile } from "../../app/importFile";
export { readSource, SourceError } from "../../io/readSource";
