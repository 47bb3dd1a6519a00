import { isConfirmed, legalText } from "../../../src/core/legal/registry";
import { legalTextIds, legalTexts, type LegalFact, type LegalTextId } from "../../../src/core/legal/texts";
import { legalText as legalTextMessages } from "../../../src/core/messages/catalogue";

/**
 * Each confirmed date and relation of the registry, typed here by hand from the source named on
 * its line (the keys of docs/legal-bases.md#sources, read in December 2026). A registry fact
 * that is neither here nor listed as unconfirmed in the entry fails the last test.
 */
const pinned: readonly { id: LegalTextId; fact: LegalFact; value: string | null | readonly string[]; source: string }[] = [
  // Bộ Pháp điển, đề mục "Tiêu chuẩn và quy chuẩn kỹ thuật": QĐ 19/2014 Art. 17 (effect) and Art. 15 (replaced texts).
  { id: "qd19-2014", fact: "issued", value: "2014-03-05", source: "PD-TC" },
  { id: "qd19-2014", fact: "inForceFrom", value: "2014-05-18", source: "PD-TC" },
  { id: "qd19-2014", fact: "inForceUntil", value: null, source: "PD-TC (still in the 2026 mirror)" },
  { id: "qd144-2006", fact: "inForceUntil", value: "2014-05-18", source: "PD-TC, QĐ 19/2014 Art. 15" },
  { id: "qd144-2006", fact: "replacedBy", value: ["qd19-2014"], source: "PD-TC, QĐ 19/2014 Art. 15" },
  { id: "qd118-2009", fact: "inForceUntil", value: "2014-05-18", source: "PD-TC, QĐ 19/2014 Art. 15" },
  { id: "qd118-2009", fact: "replacedBy", value: ["qd19-2014"], source: "PD-TC, QĐ 19/2014 Art. 15" },
  { id: "tt26-2014", fact: "issued", value: "2014-10-10", source: "PD-TC" },
  { id: "tt26-2014", fact: "inForceFrom", value: "2014-12-01", source: "PD-TC" },
  { id: "tt26-2014", fact: "inForceUntil", value: null, source: "PD-TC (still in the 2026 mirror)" },
  { id: "tt116-2015", fact: "issued", value: "2015-08-11", source: "PD-TC" },
  { id: "tt116-2015", fact: "inForceFrom", value: "2015-10-26", source: "PD-TC" },
  { id: "tt116-2015", fact: "inForceUntil", value: null, source: "PD-TC (still in the 2026 mirror)" },
  { id: "tt159-2010", fact: "inForceUntil", value: "2015-10-26", source: "PD-TC, TT 116/2015 Art. 6" },
  { id: "tt159-2010", fact: "replacedBy", value: ["tt116-2015"], source: "PD-TC, TT 116/2015 Art. 6" },
  // One-stop mechanism.
  { id: "nd61-2018", fact: "issued", value: "2018-04-23", source: "PD-CNTT" },
  { id: "nd61-2018", fact: "inForceUntil", value: "2025-07-01", source: "CODE-118 (NĐ 118/2025 in force 01/7/2025, in place of NĐ 61/2018)" },
  { id: "nd61-2018", fact: "replacedBy", value: ["nd118-2025"], source: "CODE-118" },
  { id: "nd61-2018", fact: "amendedBy", value: ["nd107-2021"], source: "CODE-107" },
  { id: "nd107-2021", fact: "issued", value: "2021-12-06", source: "CODE-107" },
  { id: "nd118-2025", fact: "issued", value: "2025-06-09", source: "HTPL-118 (the decree's own header), HTPL-03 (TT 03/2025's preamble)" },
  { id: "nd118-2025", fact: "inForceFrom", value: "2025-07-01", source: "CODE-118" },
  { id: "nd118-2025", fact: "inForceUntil", value: null, source: "HTPL-03 (guided by TT 03/2025 in 09/2025), CODE-367" },
  { id: "tt03-2025-vpcp", fact: "issued", value: "2025-09-15", source: "HTPL-03 (the circular's own header)" },
  { id: "nd30-2020", fact: "issued", value: "2020-03-05", source: "PD-VT" },
  { id: "nd30-2020", fact: "inForceFrom", value: "2020-03-05", source: "PD-VT" },
  // The 2025 reorganisation.
  {
    id: "luat72-2025",
    fact: "issued",
    value: "2025-06-16",
    source: "CODE-72 (bases citing 'số 72/2025/QH15 ngày 16/06/2025'), UBTVQH-1667 cites it on 16/6/2025",
  },
  { id: "nd150-2025", fact: "issued", value: "2025-06-12", source: "HTPL-03 (TT 03/2025's preamble), CODE-150" },
  { id: "nq202-2025", fact: "issued", value: "2025-06-12", source: "UBTVQH-1667 (preamble: 'Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025')" },
  { id: "nq202-2025", fact: "inForceFrom", value: "2025-06-12", source: "PR-202 ('có hiệu lực ngay từ ngày được thông qua')" },
  // Budget and standards.
  { id: "luat89-2025", fact: "inForceFrom", value: "2026-01-01", source: "CODE-89 (several independent bases: 'Luật NSNN 89/2025/QH15 (eff. 01/01/2026)')" },
  { id: "luat70-2025", fact: "issued", value: "2025-06-14", source: "VBCP-CAT (vanban.chinhphu.vn docid 214672)" },
  { id: "luat70-2025", fact: "inForceFrom", value: "2026-01-01", source: "VBCP-CAT" },
  { id: "luat68-2006", fact: "amendedBy", value: ["luat70-2025"], source: "VBCP-CAT" },
  { id: "nd22-2026", fact: "issued", value: "2026-01-16", source: "VBCP-CAT (vanban.chinhphu.vn docid 216688)" },
  { id: "nd22-2026", fact: "inForceFrom", value: "2026-01-16", source: "VBCP-CAT" },
];

const factOf = (id: LegalTextId, fact: LegalFact) => legalText(id)[fact];

describe("the legal registry's dates", () => {
  it.each(pinned.map((p) => [`${p.id} ${p.fact}`, p] as const))("%s is the source's", (_name, p) => {
    expect(factOf(p.id, p.fact)).toEqual(p.value);
    expect(isConfirmed(legalText(p.id), p.fact)).toBe(true);
  });

  it("holds every id once, with its title and issuer in the catalogue", () => {
    expect(legalTexts.map((t) => t.id)).toEqual([...legalTextIds]);
    for (const t of legalTexts) {
      expect(legalTextMessages.titles[t.id].title.length).toBeGreaterThan(3);
      expect(legalTextMessages.titles[t.id].issuer.length).toBeGreaterThan(3);
      expect(t.sources.length).toBeGreaterThan(0);
    }
  });

  it("relates only texts it holds, and dates a replacement no later than its successor's start", () => {
    for (const t of legalTexts) {
      for (const r of t.replacedBy) {
        const next = legalText(r);
        // A replaced text's last day is known, or said not to be.
        if (t.inForceUntil === null) expect(isConfirmed(t, "inForceUntil")).toBe(false);
        else if (next.inForceFrom) expect(next.inForceFrom <= t.inForceUntil).toBe(true);
      }
      for (const a of t.amendedBy) expect(legalText(a).issued >= t.issued).toBe(true);
    }
  });

  it("has each fact either pinned to a source above or marked unconfirmed", () => {
    const facts: LegalFact[] = ["issued", "inForceFrom", "inForceUntil", "replacedBy", "amendedBy"];
    const unpinned: string[] = [];
    for (const t of legalTexts) {
      for (const fact of facts) {
        const value = t[fact];
        const empty = value === null || (Array.isArray(value) && value.length === 0);
        // An empty relation or an unknown date states nothing; open-ended "in force" does (pinned above where used).
        if (empty && fact !== "inForceUntil") continue;
        if (fact === "inForceUntil" && value === null && !["qd19-2014", "tt26-2014", "tt116-2015", "nd118-2025"].includes(t.id)) continue;
        const isPinned = pinned.some((p) => p.id === t.id && p.fact === fact);
        if (!isPinned && isConfirmed(t, fact)) unpinned.push(`${t.id}.${fact}`);
      }
    }
    expect(unpinned).toEqual([]);
  });
});
