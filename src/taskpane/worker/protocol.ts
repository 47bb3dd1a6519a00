/** Messages between the pane and the parse worker (worker/parseWorker.ts). */
import type { Grid } from "../../core/grid/grid";

export interface ParseRequest {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type ParseReply =
  | { readonly ok: true; readonly content: { readonly grids: Grid[]; readonly contextTexts: string[] } }
  /** `code`: a SourceError code (unsupported type, damaged file…); null for an unexpected failure. */
  | { readonly ok: false; readonly code: string | null; readonly params: Record<string, string> };
