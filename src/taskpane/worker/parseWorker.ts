/**
 * The file parser off the main thread: reads a picked file (.xlsx, .docx, .html, .tsv) into
 * grids in a Web Worker, so a large one-stop export never freezes the pane. Built as its own
 * bundle (webpack entry "parse-worker"); parseFile.ts starts it and falls back to the main
 * thread where workers are unavailable.
 */
import { readSource, SourceError } from "../../io/readSource";
import { paramsOf } from "../../core/findings/finding";
import type { ParseReply, ParseRequest } from "./protocol";

const scope = self as unknown as { onmessage: ((event: MessageEvent<ParseRequest>) => void) | null; postMessage(message: ParseReply): void };

scope.onmessage = (event) => {
  const { name, bytes } = event.data;
  readSource(name, bytes).then(
    (content) => scope.postMessage({ ok: true, content }),
    (error: unknown) => {
      // `instanceof` on the generic class gives SourceError<any>: state the type the worker relies on.
      const known: SourceError | null = error instanceof SourceError ? (error as SourceError) : null;
      scope.postMessage(
        known
          ? { ok: false, code: known.code, params: Object.fromEntries(Object.entries(paramsOf(known.toFinding())).map(([k, v]) => [k, String(v)])) }
          : { ok: false, code: null, params: {} },
      );
    },
  );
};
