import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { commandSyntax } from "../../src/cli/args";
import { runCli } from "../../src/cli/main";
import { uiText } from "../../src/core/messages/catalogue";
import { samplePath, seeds } from "../helpers";

/** Issue 13, items 9 and 10: no option is silently ignored, and the help and README say what the CLI does. */
const tmp = () => mkdtempSync(join(tmpdir(), "iso-syntax-"));
const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

describe("options a command does not take are refused, not ignored", () => {
  it("validate -o writes nothing and says validate has no -o", async () => {
    const dir = tmp();
    const out = await runCli(["validate", samplePath(seeds.plan2024), "-o", join(dir, "ra.xlsx")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toEqual(["lệnh validate không dùng tuỳ chọn -o (không có gì được làm); gõ iso-assistant --help để xem tuỳ chọn của từng lệnh"]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("init --json and a file argument to init are refused", async () => {
    const dir = tmp();
    const json = await runCli(["init", "--year", "2024", "-o", join(dir, "so.xlsx"), "--json"]);
    expect([json.code, json.stderr[0]]).toEqual([
      2,
      "lệnh init không dùng tuỳ chọn --json (không có gì được làm); gõ iso-assistant --help để xem tuỳ chọn của từng lệnh",
    ]);
    const file = await runCli(["init", "so.xlsx", "--year", "2024"]);
    expect(file.stderr[0]).toBe('lệnh init không nhận tên tệp đầu vào, thừa "so.xlsx" (không có gì được làm); tệp kết quả ghi sau -o');
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a second input file is refused", async () => {
    const out = await runCli(["validate", samplePath(seeds.plan2024), samplePath(seeds.vhttdl2024)]);
    expect(out.code).toBe(2);
    expect(out.stderr[0]).toBe(
      `lệnh validate chỉ nhận một tệp đầu vào, thừa "${samplePath(seeds.vhttdl2024)}" (không có gì được làm); hãy chạy lệnh riêng cho từng tệp`,
    );
  });

  it("import exits 1 when the plan has an error, after writing the tasks", async () => {
    const dir = tmp();
    const plan = join(dir, "ke-hoach.tsv");
    // Task 2 has no text: an error (task_text_missing); the rest is fine.
    writeFileSync(
      plan,
      "TT\tNội dung/Nhiệm vụ\tSản phẩm\tTiến độ/Thời gian\tĐơn vị thực hiện\n1\tĐánh giá nội bộ\tBiên bản\tTháng 9/2024\tVăn phòng\n2\t\tBáo cáo\tTháng 12/2024\tVăn phòng\n",
    );
    const out = await runCli(["import", plan, "-o", join(dir, "so.xlsx")]);
    expect(out.code).toBe(1);
    expect(out.stdout.some((l) => l.startsWith("[Lỗi] ke-hoach!B3:"))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["ke-hoach.tsv", "so.xlsx"]);
    const fine = await runCli(["import", samplePath(seeds.plan2024), "--json"]);
    expect(fine.code).toBe(0);
  });
});

describe("help and README list every option and the exit codes", () => {
  const usage = uiText.cliUsage();
  it.each(Object.entries(commandSyntax))("%s: every option is in --help and in the README's table", (command, syntax) => {
    const helpLine = usage.split("\n").find((l) => l.startsWith(`  iso-assistant ${command} `)) ?? "";
    const readmeRow = readme.split("\n").find((l) => l.startsWith(`| \`iso-assistant ${command} `)) ?? "";
    for (const option of syntax.options) {
      expect([command, option, helpLine.includes(`${option} `) || helpLine.includes(`${option}]`)]).toEqual([command, option, true]);
      expect([command, option, readmeRow.includes(option)]).toEqual([command, option, true]);
    }
    // The last column gives the command's exit codes.
    expect(readmeRow).toMatch(/\| 0; .*2[^|]* \|$/);
  });

  it("the help states the three exit codes", () => {
    expect(usage).toContain("Mã thoát: 0 xong, không có lỗi; 1 xong (đã ghi kết quả) nhưng dữ liệu có lỗi");
    expect(usage).toContain("2 không làm được gì");
  });

  it("the help and the README say what next-year's --year is: the workbook's own year, not the plan's", () => {
    expect(usage).toContain("--year là năm của chính sổ theo dõi, không phải năm của kế hoạch sẽ tạo");
    const readmeRow = readme.split("\n").find((l) => l.startsWith("| `iso-assistant next-year ")) ?? "";
    expect(readmeRow).toContain("`--year N` names this year — the year of the workbook given, never the year of the plan to draft");
  });
});
