/**
 * Parses a picked file into grids: in a Web Worker (parse-worker.js, next to the page) so the
 * pane stays responsive on a large export, else on the main thread through the lazy file kit
 * (a webview without workers, a worker script that did not load).
 */
import { findingFromData } from "../core/findings/finding";
import { failed, succeeded, type JobResult } from "../core/job/jobResult";
import type { FindingCode } from "../core/messages/catalogue";
import { loadFileKit } from "./lazy";
import type { PastedContent } from "./paste";
import type { ParseReply, ParseRequest } from "./worker/protocol";

/** The worker script's URL, relative to the page (webpack entry "parse-worker"). */
export const parseWorkerUrl = "parse-worker.js";

/** The file's grids and prose, or the finding saying why it cannot be read (unsupported type, damaged file). */
export type ParsedFile = JobResult<{ readonly content: PastedContent }>;

/** A worker's reply, or null when the worker could not run (the caller parses on the main thread). */
function inWorker(request: ParseRequest): Promise<ParseReply | null> {
  if (typeof Worker === "undefined") return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(parseWorkerUrl);
    } catch {
      resolve(null);
      return;
    }
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(null);
    };
    // A copy travels (transferred, not cloned): the caller keeps its bytes.
    const copy = request.bytes.slice();
    worker.postMessage({ name: request.name, bytes: copy }, [copy.buffer]);
  });
}

export async function parseFile(name: string, bytes: Uint8Array): Promise<ParsedFile> {
  const reply = await inWorker({ name, bytes });
  if (reply?.ok) return succeeded({ content: reply.content });
  if (reply && reply.code !== null) return failed([findingFromData("error", reply.code as FindingCode, {}, reply.params)]);
  const kit = await loadFileKit();
  try {
    return succeeded({ content: await kit.readSource(name, bytes) });
  } catch (error) {
    if (error instanceof kit.SourceError) return failed([error.toFinding()]);
    throw error;
  }
}
