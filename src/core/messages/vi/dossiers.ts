import type { FindingParams } from "../../findings/finding";

const q = (v: string | number | undefined) => `"${String(v ?? "")}"`;

/** Messages about dossiers. */
export const dossierMessages = {
  _placeholder_dossiers: (p: FindingParams) => q(p.x),
};
