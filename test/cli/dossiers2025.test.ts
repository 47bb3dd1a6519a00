/**
 * `iso-assistant dossiers` on the statistics published since the 2025 reforms (issue 19): a
 * national figure in "triệu" with only received and its online part was refused ("không tìm thấy
 * số liệu hồ sơ", exit 2); it is read for what it has and the summary names what is missing. A
 * portal's period table with stopped, waiting and not-accepted dossiers is summed into the
 * tracking workbook with its "Dừng xử lý" column.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";

const tmp = () => mkdtempSync(join(tmpdir(), "iso-cli-2025-"));

describe("iso-assistant dossiers on 2025 statistics", () => {
  it("reads a national figure with received and its online part instead of refusing it (VietNamNet, 25/08/2025)", async () => {
    const file = join(tmp(), "ca-nuoc.tsv");
    writeFileSync(
      file,
      ["Phạm vi\tTổng số hồ sơ TTHC tiếp nhận\tTrong đó: tiếp nhận trực tuyến\tTỷ lệ (%)", "Cả nước\thơn 4,3 triệu\ttrên 3,2 triệu\t75,7"].join("\n"),
    );
    const out = await runCli(["dossiers", file, "--as-of", "2025-08-19"]);
    expect(out.code).toBe(0);
    expect(out.stdout[0]).toContain("Tính đến ngày 19/8/2025: tiếp nhận 4300000 hồ sơ; số liệu gốc không có số đã giải quyết;");
    expect(out.stdout[0]).toContain("số liệu gốc không có số đang giải quyết.");
    expect(out.stdout[0]).toContain("Trong số tiếp nhận: trực tuyến 3200000.");
    expect(out.stdout[0]).toContain("Số liệu gốc có số làm tròn hoặc ước lượng");
    const json = JSON.parse((await runCli(["dossiers", file, "--as-of", "2025-08-19", "--json"])).stdout.join("\n"));
    expect(json.total).toMatchObject({ received: 4300000, missing: ["resolved", "pending"], approximate: true, rates: { A: null, B: null, C: null, D: null } });
  });

  it("writes a portal table's stopped dossiers into the 'Dừng xử lý' column and says what the sheet cannot hold", async () => {
    const file = join(tmp(), "ky.tsv");
    writeFileSync(
      file,
      [
        "Đơn vị\tTổng số hồ sơ tiếp nhận\tĐã giải quyết đúng và trước hạn\tĐã giải quyết quá hạn\tHồ sơ rút\tHồ sơ dừng xử lý\tĐang giải quyết trong hạn\tĐang giải quyết quá hạn\tHồ sơ chờ tiếp nhận\tHồ sơ không được tiếp nhận",
        // 100 = 90 + 2 + 1 + 3 + 3 + 1
        "Xã A\t100\t90\t2\t1\t3\t3\t1\t5\t2",
      ].join("\n"),
    );
    const book = join(tmp(), "so.xlsx");
    const out = await runCli(["dossiers", file, "--as-of", "2025-12-31", "-o", book]);
    expect(out.code).toBe(0);
    // C = (90 + 1 + 3 + 3) / 100 = 97 %
    expect(out.stdout[0]).toContain("dừng xử lý 3;");
    expect(out.stdout[0]).toContain("= 97%.");
    expect(out.stdout[0]).toContain("Ngoài số tiếp nhận: chờ tiếp nhận 5, không được tiếp nhận 2.");
    expect(out.stdout.join("\n")).toContain("số liệu gốc có 5 chờ tiếp nhận, 2 không được tiếp nhận: những hồ sơ này nằm ngoài số tiếp nhận");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const ws = wb.getWorksheet("Hồ sơ TTHC")!;
    expect(ws.getCell("I1").value).toBe("Dừng xử lý");
    expect(ws.getCell("I2").value).toBe(3);
    // The sheet's check column adds the stopped column and finds the row complete (no mismatch text cached);
    // N() reads a blank or a formula's "" (a part the source did not give) as 0.
    const check = ws.getCell("Q2").value as { formula: string; result?: string };
    expect(check.formula).toBe(
      'IF(N(C2)=0,"",IF(OR(COUNT(D2,E2,F2)=0,COUNT(J2,K2)=0),"Chưa đủ số liệu để kiểm tra",IF(N(C2)=N(L2)+N(G2)+N(H2)+N(I2)+N(J2)+N(K2),"","Các phần không cộng đủ số tiếp nhận")))',
    );
    expect(check.result ?? "").toBe("");
  });
});
