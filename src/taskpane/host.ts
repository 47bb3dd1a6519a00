/**
 * Finds out where the page runs. office.js comes from Microsoft's CDN: offline the script is
 * missing (`Office` undefined); in an ordinary browser `Office.onReady` reports no host; inside
 * Excel it reports Excel. A timeout covers a CDN script that loads but never becomes ready, so
 * the page always ends up usable (standalone) instead of "Đang khởi động…" forever.
 */
import type { HostMode } from "./state";

/** How long to wait for Office.onReady before falling back to standalone mode. */
export const HOST_TIMEOUT_MS = 5000;

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
