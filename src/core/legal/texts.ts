/**
 * The dated registry of the legal texts the add-in cites or recognises (data, not prose): for each
 * text its number, kind, dates, what replaced or amended it and what it governs. Titles and issuers
 * are Vietnamese text and live in the catalogue (src/core/messages/vi/legal.ts), keyed by the same ids.
 *
 * Every date and relation here was read from a public source recorded in docs/legal-bases.md
 * ("Registry of legal texts"), except the facts an entry lists in `unconfirmed`: those are believed
 * (from secondary or unchecked material) and are never stated in a generated document, and a
 * citation warning that rests on one says it is unconfirmed. test/core/legal/texts.test.ts pins each
 * confirmed fact to its source.
 */

/** What a text governs, as the plan and report choose their bases. */
export type LegalTopic =
  | "isoApplication" // QMS under TCVN ISO 9001 in state agencies (QĐ 19/2014, TT 26/2014)
  | "funding" // money for the QMS (TT 116/2015)
  | "oneStop" // the one-stop mechanism for administrative procedures (NĐ 61/2018, NĐ 118/2025)
  | "documentFormat" // administrative documents (NĐ 30/2020)
  | "localGovernment" // levels and units of local government (Luật 72/2025, NĐ 150/2025, NQ 202/2025)
  | "budget" // the State Budget Law
  | "standards"; // the Law on Standards and Technical Regulations

/** A fact of an entry that may be unconfirmed. */
export type LegalFact = "issued" | "inForceFrom" | "inForceUntil" | "replacedBy" | "amendedBy";

export type LegalKind = "law" | "resolution" | "decree" | "decision" | "circular";

export interface LegalText {
  readonly id: LegalTextId;
  readonly kind: LegalKind;
  /** As the text numbers itself: "61/2018/NĐ-CP". */
  readonly number: string;
  /** Date of issue (signature or adoption), ISO. */
  readonly issued: string;
  /** First day in force, ISO; null when not known. */
  readonly inForceFrom: string | null;
  /** First day no longer in force (replaced or repealed), ISO; null while in force as far as known. */
  readonly inForceUntil: string | null;
  /** The texts that replaced it (from `inForceUntil`). */
  readonly replacedBy: readonly LegalTextId[];
  /** The texts that amended it (it stays in force, as amended). */
  readonly amendedBy: readonly LegalTextId[];
  readonly governs: readonly LegalTopic[];
  /** True for the texts a yearly ISO plan or year-end report cites as its bases while they are in force. */
  readonly basis: boolean;
  /** Facts not confirmed from a public source (docs/legal-bases.md); never stated as fact in a generated document. */
  readonly unconfirmed: readonly LegalFact[];
  /** The keys of its sources in docs/legal-bases.md#sources. */
  readonly sources: readonly string[];
}

export const legalTextIds = [
  "qd144-2006",
  "qd118-2009",
  "qd19-2014",
  "tt26-2014",
  "tt159-2010",
  "tt116-2015",
  "nd61-2018",
  "nd107-2021",
  "tt01-2018-vpcp",
  "nd118-2025",
  "nd367-2025",
  "tt03-2025-vpcp",
  "nd30-2020",
  "luat72-2025",
  "nd150-2025",
  "nq202-2025",
  "luat83-2015",
  "luat89-2025",
  "luat68-2006",
  "luat70-2025",
  "nd22-2026",
] as const;
export type LegalTextId = (typeof legalTextIds)[number];

type Entry = Omit<LegalText, "replacedBy" | "amendedBy" | "unconfirmed" | "basis"> &
  Partial<Pick<LegalText, "replacedBy" | "amendedBy" | "unconfirmed" | "basis">>;
const text = (t: Entry): LegalText => ({
  basis: false,
  replacedBy: [],
  amendedBy: [],
  unconfirmed: [],
  ...t,
});

export const legalTexts: readonly LegalText[] = [
  // ISO application. QĐ 19/2014 Art. 15 replaced QĐ 144/2006 and QĐ 118/2009 [PD-TC].
  text({
    id: "qd144-2006",
    basis: true,
    kind: "decision",
    number: "144/2006/QĐ-TTg",
    issued: "2006-06-20",
    inForceFrom: null,
    inForceUntil: "2014-05-18",
    replacedBy: ["qd19-2014"],
    governs: ["isoApplication"],
    unconfirmed: ["issued"],
    sources: ["PD-TC"],
  }),
  text({
    id: "qd118-2009",
    kind: "decision",
    number: "118/2009/QĐ-TTg",
    issued: "2009-09-30",
    inForceFrom: null,
    inForceUntil: "2014-05-18",
    replacedBy: ["qd19-2014"],
    governs: ["isoApplication"],
    unconfirmed: ["issued"],
    sources: ["PD-TC"],
  }),
  text({
    id: "qd19-2014",
    basis: true,
    kind: "decision",
    number: "19/2014/QĐ-TTg",
    issued: "2014-03-05",
    inForceFrom: "2014-05-18",
    inForceUntil: null,
    governs: ["isoApplication"],
    sources: ["PD-TC"],
  }),
  text({
    id: "tt26-2014",
    basis: true,
    kind: "circular",
    number: "26/2014/TT-BKHCN",
    issued: "2014-10-10",
    inForceFrom: "2014-12-01",
    inForceUntil: null,
    governs: ["isoApplication"],
    sources: ["PD-TC"],
  }),
  // Funding. TT 116/2015 replaced TT 159/2010 [PD-TC].
  text({
    id: "tt159-2010",
    basis: true,
    kind: "circular",
    number: "159/2010/TT-BTC",
    issued: "2010-10-15",
    inForceFrom: null,
    inForceUntil: "2015-10-26",
    replacedBy: ["tt116-2015"],
    governs: ["funding"],
    unconfirmed: ["issued"],
    sources: ["PD-TC"],
  }),
  text({
    id: "tt116-2015",
    basis: true,
    kind: "circular",
    number: "116/2015/TT-BTC",
    issued: "2015-08-11",
    inForceFrom: "2015-10-26",
    inForceUntil: null,
    governs: ["funding"],
    sources: ["PD-TC"],
  }),
  // One-stop mechanism: NĐ 118/2025 from 01/7/2025 in place of NĐ 61/2018 and NĐ 107/2021.
  text({
    id: "nd61-2018",
    basis: true,
    kind: "decree",
    number: "61/2018/NĐ-CP",
    issued: "2018-04-23",
    inForceFrom: "2018-06-21",
    inForceUntil: "2025-07-01",
    replacedBy: ["nd118-2025"],
    amendedBy: ["nd107-2021"],
    governs: ["oneStop"],
    unconfirmed: ["inForceFrom"],
    sources: ["PD-CNTT", "HTPL-118", "CODE-118"],
  }),
  text({
    id: "nd107-2021",
    kind: "decree",
    number: "107/2021/NĐ-CP",
    issued: "2021-12-06",
    inForceFrom: null,
    inForceUntil: "2025-07-01",
    replacedBy: ["nd118-2025"],
    governs: ["oneStop"],
    unconfirmed: ["inForceUntil", "replacedBy"],
    sources: ["CODE-107"],
  }),
  text({
    id: "tt01-2018-vpcp",
    kind: "circular",
    number: "01/2018/TT-VPCP",
    issued: "2018-11-23",
    inForceFrom: null,
    inForceUntil: null,
    replacedBy: ["tt03-2025-vpcp"],
    governs: ["oneStop"],
    unconfirmed: ["issued", "inForceUntil", "replacedBy"],
    sources: ["PD-CNTT", "CODE-03"],
  }),
  text({
    id: "nd118-2025",
    basis: true,
    kind: "decree",
    number: "118/2025/NĐ-CP",
    issued: "2025-06-09",
    inForceFrom: "2025-07-01",
    inForceUntil: null,
    amendedBy: ["nd367-2025"],
    governs: ["oneStop"],
    unconfirmed: ["amendedBy"],
    sources: ["HTPL-118", "HTPL-03", "CODE-367"],
  }),
  text({
    id: "nd367-2025",
    kind: "decree",
    number: "367/2025/NĐ-CP",
    issued: "2025-12-31",
    inForceFrom: null,
    inForceUntil: null,
    governs: ["oneStop"],
    unconfirmed: ["issued"],
    sources: ["CODE-367"],
  }),
  text({
    id: "tt03-2025-vpcp",
    kind: "circular",
    number: "03/2025/TT-VPCP",
    issued: "2025-09-15",
    inForceFrom: null,
    inForceUntil: null,
    governs: ["oneStop"],
    sources: ["HTPL-03"],
  }),
  // Document format.
  text({
    id: "nd30-2020",
    kind: "decree",
    number: "30/2020/NĐ-CP",
    issued: "2020-03-05",
    inForceFrom: "2020-03-05",
    inForceUntil: null,
    governs: ["documentFormat"],
    sources: ["PD-VT"],
  }),
  // Local government after the 2025 reorganisation.
  text({
    id: "luat72-2025",
    kind: "law",
    number: "72/2025/QH15",
    issued: "2025-06-16",
    inForceFrom: "2025-07-01",
    inForceUntil: null,
    governs: ["localGovernment"],
    unconfirmed: ["inForceFrom"],
    sources: ["UBTVQH-1667", "CODE-72"],
  }),
  text({
    id: "nd150-2025",
    kind: "decree",
    number: "150/2025/NĐ-CP",
    issued: "2025-06-12",
    inForceFrom: null,
    inForceUntil: null,
    governs: ["localGovernment"],
    sources: ["HTPL-03", "CODE-150"],
  }),
  text({
    id: "nq202-2025",
    kind: "resolution",
    number: "202/2025/QH15",
    issued: "2025-06-12",
    inForceFrom: "2025-06-12",
    inForceUntil: null,
    governs: ["localGovernment"],
    sources: ["UBTVQH-1667", "PR-202"],
  }),
  // State budget.
  text({
    id: "luat83-2015",
    kind: "law",
    number: "83/2015/QH13",
    issued: "2015-06-25",
    inForceFrom: null,
    inForceUntil: "2026-01-01",
    replacedBy: ["luat89-2025"],
    governs: ["budget"],
    unconfirmed: ["issued", "inForceUntil", "replacedBy"],
    sources: ["CODE-89"],
  }),
  text({
    id: "luat89-2025",
    kind: "law",
    number: "89/2025/QH15",
    issued: "2025-06-25",
    inForceFrom: "2026-01-01",
    inForceUntil: null,
    governs: ["budget"],
    unconfirmed: ["issued"],
    sources: ["CODE-89"],
  }),
  // Standards and technical regulations.
  text({
    id: "luat68-2006",
    kind: "law",
    number: "68/2006/QH11",
    issued: "2006-06-29",
    inForceFrom: "2007-01-01",
    inForceUntil: null,
    amendedBy: ["luat70-2025"],
    governs: ["standards"],
    unconfirmed: ["issued", "inForceFrom"],
    sources: ["VBCP-CAT"],
  }),
  text({
    id: "luat70-2025",
    kind: "law",
    number: "70/2025/QH15",
    issued: "2025-06-14",
    inForceFrom: "2026-01-01",
    inForceUntil: null,
    governs: ["standards"],
    sources: ["VBCP-CAT"],
  }),
  text({
    id: "nd22-2026",
    kind: "decree",
    number: "22/2026/NĐ-CP",
    issued: "2026-01-16",
    inForceFrom: "2026-01-16",
    inForceUntil: null,
    governs: ["standards"],
    sources: ["VBCP-CAT"],
  }),
];
