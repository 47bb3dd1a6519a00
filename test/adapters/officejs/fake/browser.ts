/**
 * Entry of the fake's browser bundle (built by test/e2e/chromium.ts and injected with
 * page.addInitScript before the task pane loads): installs the fake Office.js on `window`,
 * seeded from `window.__fakeExcelSeed`, and exposes `window.__fakeExcel.snapshot()` and
 * `window.__fakeExcel.createdWorkbook(index)` (the base64 file given to Excel.createWorkbook).
 */
import { installFakeOffice, type FakeSeed } from "./office";

const page = globalThis as unknown as Record<string, unknown> & { __fakeExcelSeed?: FakeSeed };
const installed = installFakeOffice(page, page.__fakeExcelSeed ?? { sheets: [{ name: "Sheet1", rows: [] }] });
page.__fakeExcel = { snapshot: () => installed.snapshot(), createdWorkbook: (index: number) => installed.createdWorkbook(index) };
