/** The .docx report writer (the docx package, ~60 KB gzip), loaded only through lazy.ts. */
export { reportDocxBytes } from "../../adapters/docx/reportDocx";
