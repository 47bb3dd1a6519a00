import { readFileSync } from "fs";
import { join } from "path";

/** Absolute path of a file in samples/. */
export function samplePath(name: string): string {
  return join(__dirname, "..", "samples", name);
}

/** Text of a sample file. */
export function sampleText(name: string): string {
  return readFileSync(samplePath(name), "utf8");
}

export const seeds = {
  plan2024: "seed-000-syt-plan-2024.txt",
  report2024: "seed-001-syt-report-2024.txt",
  vhttdl2024: "seed-002-svhttdl-plan-2024.txt",
  ldtbxh2023: "seed-003-sldtbxh-plan-2023.txt",
} as const;
