import type { FindingParams } from "../../findings/finding";

const q = (v: string | number | undefined) => `"${String(v ?? "")}"`;

/** Messages about evidence. */
export const evidenceMessages = {
  _placeholder_evidence: (p: FindingParams) => q(p.x),
};
