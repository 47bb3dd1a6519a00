/**
 * The task pane's page in the Chromium tests: opening it offline (office.js unreachable, the
 * standalone page) or inside the fake Excel (the jest tests' fake, bundled by fakeOfficeBundle),
 * waiting for its status line, downloading what it offers, and reading the fake workbook back.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { excelStrictnessProblems } from "../excelStrict";
import type { FakeSeed, FakeSnapshot } from "../adapters/officejs/fake/office";
import { fakeOfficeBundle, officeJsUrl, type BrowserSession } from "./chromium";

export type { FakeSeed, FakeSnapshot };

export interface OpenedPane {
  readonly page: Page;
  /** alert()s and uncaught page errors; a test expects none. */
  readonly errors: string[];
}

/**
 * Opens taskpane.html from `baseUrl`: "offline" aborts the office.js request (the standalone
 * page); "fake" answers it with a stub and injects the fake Excel seeded with `seed`.
 */
export async function openPane(session: BrowserSession, baseUrl: string, office: "offline" | "fake", seed?: FakeSeed): Promise<OpenedPane> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  if (office === "offline") {
    await page.route(officeJsUrl, (route) => route.abort("internetdisconnected"));
  } else {
    await page.route(officeJsUrl, (route) => route.fulfill({ contentType: "text/javascript", body: "/* office.js stub: the fake is injected */" }));
    await page.addInitScript({ content: `window.__fakeExcelSeed = ${JSON.stringify(seed ?? { sheets: [{ name: "Sheet1", rows: [] }] })};` });
    await page.addInitScript({ path: await fakeOfficeBundle() });
  }
  await page.goto(`${baseUrl}/taskpane.html`);
  return { page, errors };
}

export async function statusText(page: Page): Promise<string> {
  return (await page.locator("#status .status-text").textContent()) ?? "";
}

/** Waits until no command runs and the status contains `text`; returns the status tone. */
export async function waitForStatus(page: Page, text: string): Promise<string> {
  try {
    await page.waitForFunction(
      (expected) =>
        document.querySelector("#panel")?.getAttribute("aria-busy") === "false" &&
        (document.querySelector("#status .status-text")?.textContent ?? "").includes(expected),
      text,
      { timeout: 90_000 },
    );
  } catch (error) {
    throw new Error(`status never read "${text}"; it reads "${await statusText(page)}" (${String(error)})`);
  }
  return (await page.locator("#status").getAttribute("data-tone")) ?? "";
}

/**
 * Clicks a download button and saves the file into `dir`; returns its path. A workbook the page
 * offers (.xlsx, .xlsm) must pass the rules Excel enforces (test/excelStrict.ts, issue #23): every
 * Chromium test that downloads one checks it, and fails naming the rule it breaks.
 */
export async function download(page: Page, selector: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  if (/\.xls[xm]$/i.test(path)) {
    const problems = await excelStrictnessProblems(new Uint8Array(readFileSync(path)), path);
    if (problems.length) throw new Error(`${file.suggestedFilename()} would make Excel offer a repair:\n${problems.join("\n")}`);
  }
  return path;
}

/**
 * The workbook the pane last opened in Excel with Excel.createWorkbook (ExcelApi 1.8), checked as
 * downloads are: it must pass the rules Excel enforces, or the test fails naming the rule.
 */
export async function lastCreatedWorkbook(page: Page): Promise<Uint8Array> {
  const base64 = await page.evaluate(() =>
    (window as unknown as { __fakeExcel: { createdWorkbook(index: number): string | undefined } }).__fakeExcel.createdWorkbook(-1),
  );
  if (base64 === undefined) throw new Error("the pane opened no workbook with Excel.createWorkbook");
  const bytes = new Uint8Array(Buffer.from(base64, "base64"));
  const problems = await excelStrictnessProblems(bytes, "created.xlsx");
  if (problems.length) throw new Error(`the workbook given to Excel.createWorkbook would make Excel offer a repair:\n${problems.join("\n")}`);
  return bytes;
}

/** What the add-in left in the fake workbook. */
export function fakeSnapshot(page: Page): Promise<FakeSnapshot> {
  return page.evaluate(() => (window as unknown as { __fakeExcel: { snapshot(): FakeSnapshot } }).__fakeExcel.snapshot());
}
