import { renderWorkbookSpec } from "../../src/adapters/officejs/renderWorkbook";
import { fakeExcel } from "../adapters/officejs/fake/workbook";
import { planSheet, supportsUpTo, unitsSheet } from "../adapters/officejs/fixtures";
test("smoke", async () => {
  for (const n of [10, 10000]) {
    const fake = fakeExcel();
    const t = Date.now();
    const r = await renderWorkbookSpec(fake.context as unknown as Excel.RequestContext, { sheets: [planSheet(n), unitsSheet()] }, { supports: supportsUpTo("1.20") });
    console.log(n, Date.now() - t, "ms", r, fake.log.syncCount, JSON.stringify(fake.log.batches), fake.sheetNames());
  }
});
