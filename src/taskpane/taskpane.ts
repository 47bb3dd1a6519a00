/**
 * Task pane entry. The real UI is a later task; for now the page only finds out where it
 * runs and says so, in Vietnamese, through textContent (never innerHTML).
 */

type HostMode = "excel" | "standalone";

/**
 * Resolves to "excel" inside Excel, "standalone" otherwise. office.js is loaded from
 * Microsoft's CDN: offline the script is missing (`Office` undefined); in a plain browser
 * `Office.onReady` reports no host.
 */
function detectHost(): Promise<HostMode> {
  if (typeof Office === "undefined") return Promise.resolve("standalone");
  return Office.onReady().then((info) => (info.host === Office.HostType.Excel ? "excel" : "standalone"));
}

function showMode(mode: HostMode): void {
  document.body.dataset.mode = mode;
  const status = document.getElementById("status");
  if (!status) return;
  status.textContent =
    mode === "excel"
      ? "Đã kết nối với Excel."
      : "Chế độ độc lập: không có Excel, bảng tính sẽ được tạo thành tệp .xlsx để tải về.";
}

detectHost().then(showMode, () => showMode("standalone"));
