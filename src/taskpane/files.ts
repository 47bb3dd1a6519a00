/**
 * Files in and out of the page. Downloads go through a temporary <a download> link and a Blob
 * URL: no server round trip, the data never leaves the machine. The URL is revoked on the next
 * tick, after the browser has started the download.
 */
import { PaneError } from "./errors";

export const mimeTypes = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export function downloadBytes(fileName: string, bytes: Uint8Array, mime: string): void {
  if (typeof URL.createObjectURL !== "function") throw new PaneError("errorDownload");
  // Copy into a fresh ArrayBuffer: a Uint8Array view over a shared or larger buffer would
  // otherwise put the whole buffer in the file.
  const blob = new Blob([bytes.slice().buffer], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** The bytes of a file the user picked; a read failure becomes a catalogue message. */
export async function readPickedFile(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new PaneError("errorFileUnreadable", { name: file.name });
  }
}

/**
 * The bytes of a picked file, reporting the percentage read as it goes (FileReader progress
 * events; a small file reports once). A read failure becomes a catalogue message.
 */
export function readFileWithProgress(file: File, onProgress: (percent: number) => void): Promise<Uint8Array> {
  if (typeof FileReader === "undefined") return readPickedFile(file);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    reader.onerror = () => reject(new PaneError("errorFileUnreadable", { name: file.name }));
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}
