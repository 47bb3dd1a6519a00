/**
 * Dossier timeliness (hồ sơ TTHC): import a dossier list, an aggregate table or a Biểu 06
 * block into counts per field, with rates and consistency findings. docs/dossiers.md.
 */
export { detectDossierInput, type DossierInputKind } from "./detect";
export { importDossiers, dossierReportJson, withContextRate, type DossierImport, type DossierReportJson, type DossierCountsJson } from "./importDossiers";
export { type DossierCounts, type SourceRate, TOTAL_FIELD } from "./counts";
export {
  rateFormulaText,
  onTimeRateA,
  receivedRateB,
  goodRateC,
  dueRateD,
  allRates,
  matchingVariants,
  RATE_VARIANTS,
  type RateVariant,
  type DossierRates,
} from "./rates";
export { readCount, readRate, type CountReading, type RateReading } from "./numbers";
export { readDate, viDate, type DateReading } from "../calendar/dates";
export { statusKind, type StatusKind } from "./status";
export { classifyDossier, type DossierCategory, type DossierFacts, type Classification } from "./classify";
