import { readFileSync } from "fs";
import { readXlsxGrids } from "../src/adapters/exceljs/readGrid";
import { importDossiers } from "../src/core/dossiers/importDossiers";
it("probe", async () => {
  const g = await readXlsxGrids(new Uint8Array(readFileSync("/work/wt/pane/samples/dossiers_sample_2024.xlsx")));
  const r = importDossiers(g[0], { asOf: "2026-12-06" });
  console.log(r.titleLines, r.receivedRange, r.total.received, g[0].rows.slice(0, 4));
});
