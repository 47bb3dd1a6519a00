import { officeJsSnapshot } from "../adapters/contract";
import { planSheet } from "../adapters/officejs/fixtures";
test("dump", async () => {
  const s = await officeJsSnapshot(planSheet(2));
  console.log(JSON.stringify(s, null, 1).slice(0, 3000));
});
