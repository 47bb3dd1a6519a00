/**
 * Office.js read chunking: a one-stop list of 10 and 200,000 rows read through the fake Excel
 * (test/adapters/officejs/fake), which measures each response's JSON size. Prints the number of
 * requests and the largest request and response in bytes; results are in bench/RESULTS.md.
 * Run: npx jest -c bench/jest.config.js bench/officeReads.bench.ts
 */
import { readRangeGrid } from "../src/adapters/officejs/readGrid";
import { fakeExcel } from "../test/adapters/officejs/fake/workbook";
import { supportsUpTo } from "../test/adapters/officejs/fixtures";

function listWorkbook(rows: number) {
  const fake = fakeExcel();
  const sheet = fake.addUserSheet("Hồ sơ", {});
  ["STT", "Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Trạng thái"].forEach(
    (h, c) => (sheet.cell(0, c).value = h),
  );
  for (let r = 1; r <= rows; r++) {
    [
      r,
      `000.00.12.H${String(r).padStart(7, "0")}`,
      "Cấp giấy phép hoạt động " + (r % 40),
      "Khám bệnh, chữa bệnh",
      45300 + (r % 300),
      45320 + (r % 300),
      45310 + (r % 300),
      "Đã trả kết quả",
    ].forEach((v, c) => {
      const cell = sheet.cell(r, c);
      cell.value = v;
      if (c >= 4 && c <= 6) cell.numberFormat = "dd/mm/yyyy";
    });
  }
  return fake;
}

it("reads 10 and 200,000 rows under the 5 MB response limit", async () => {
  const lines: string[] = [];
  for (const rows of [10, 200_000]) {
    const fake = listWorkbook(rows);
    const t0 = performance.now();
    const grid = await readRangeGrid(fake.context as unknown as Excel.RequestContext, { sheet: "Hồ sơ", supports: supportsUpTo("1.20") });
    const ms = performance.now() - t0;
    expect(grid.rows.length).toBe(rows + 1);
    const b = fake.log.batches;
    const maxResponse = Math.max(...b.map((x) => x.responseBytes));
    const maxRequest = Math.max(...b.map((x) => x.payloadBytes));
    expect(maxResponse).toBeLessThanOrEqual(5_000_000);
    lines.push(
      `| ${rows.toLocaleString("en")} rows × 8 columns | ${fake.log.syncCount} | ${maxRequest.toLocaleString("en")} | ${maxResponse.toLocaleString("en")} | ${b.reduce((s, x) => s + x.responseBytes, 0).toLocaleString("en")} | ${Math.round(ms)} |`,
    );
  }
  console.log(
    [
      "| read | requests (syncs) | largest request (bytes) | largest response (bytes) | all responses (bytes) | ms (fake) |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...lines,
    ].join("\n"),
  );
});
