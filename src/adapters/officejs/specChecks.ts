/**
 * Rules Excel enforces on sheet names, checked before the first request so a bad spec fails
 * with a clear programmer error instead of an "InvalidArgument" in the middle of a batch.
 */
import { InvalidWorkbookSpecError } from "./errors";
import { sameSheetName } from "../ownership";
import type { WorkbookSpec } from "../../core/sheet/model";

/** Excel: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return `sheet name "${name}" must have 1 to 31 characters`;
  if (/[:\\/?*[\]]/.test(name)) return `sheet name "${name}" contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name "${name}" starts or ends with an apostrophe`;
  return null;
}

export function checkWorkbookSpec(spec: WorkbookSpec): void {
  spec.sheets.forEach((sheet, i) => {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new InvalidWorkbookSpecError(problem);
    if (spec.sheets.slice(0, i).some((other) => sameSheetName(other.name, sheet.name))) {
      throw new InvalidWorkbookSpecError(`sheet name "${sheet.name}" appears twice`);
    }
  });
}
