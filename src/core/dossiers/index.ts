/**
 * Dossier timeliness (hồ sơ TTHC): import a dossier list, an aggregate table or a Biểu II.06a
 * block into counts per field, with rates and consistency findings. domain.md §3.
 */
export { detectDossierInput, type DossierInputKind } from "./detect";
export { importDossiers, dossierReportJson, type DossierImport, type DossierReportJson, type DossierCountsJson } from "./importDossiers";
export { type DossierCounts, TOTAL_FIELD } from "./counts";
export { rateFormulaText, onTimeRateA, goodRateC, type RateVariant } from "./rates";
export { readDate, viDate, type DateReading } from "./dates";
export { statusKind, type StatusKind } from "./status";
export { classifyDossier, type DossierCategory, type DossierFacts, type Classification } from "./classify";
