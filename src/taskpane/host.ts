/**
 * Finds out where the page runs. office.js comes from Microsoft's CDN: offline the script is
 * missing (`Office` undefined); in an ordinary browser `Office.onReady` reports no host; inside
 * Excel it reports Excel. A timeout covers a CDN script that loads but never becomes ready, so
 * the page always ends up usable (standalone) instead of "Đang khởi động…" forever.
 */
import type { HostMode } from "./state";

/** How long to wait for Office.onReady before falling back to standalone mode. */
export const HOST_TIMEOUT_MS = 2000;

/** office.js: Microsoft's CDN is the only supported source. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** How long the script may take to arrive before the page goes on without it. */
export const OFFICE_JS_TIMEOUT_MS = 3000;

/**
 * Loads office.js after the first paint (a <script> tag in <head> would block it: 8 s of blank
 * pane when the request hangs). Resolves when the script ran, failed or timed out; never rejects.
 */
export function loadOfficeJs(timeoutMs = OFFICE_JS_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve) => {
    const script = document.createElement("script");
    const timer = setTimeout(resolve, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    script.src = OFFICE_JS_URL;
    script.async = true;
    script.addEventListener("load", done);
    script.addEventListener("error", done);
    document.head.appendChild(script);
  });
}

export async function detectHost(timeoutMs = HOST_TIMEOUT_MS): Promise<HostMode> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return "standalone";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostMode>((resolve) => {
    timer = setTimeout(() => resolve("standalone"), timeoutMs);
  });
  const ready = Office.onReady().then(
    (info): HostMode => (info.host === Office.HostType.Excel && typeof Excel !== "undefined" ? "excel" : "standalone"),
    (): HostMode => "standalone",
  );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
