/**
 * The facts of "Thông tin" as the user confirms them: what the product proposes (a default, or a
 * value read from the plan, the one-stop export or last year's report) stays a proposal until
 * the user confirms it; what the user types is confirmed. The checks a secretary's eye would
 * make at the field (Kính gửi is not the agency itself, the signer's title fits the signing
 * authority, the abbreviation is the plan number's) and the data period's rules (an as-of date
 * inside the period and never in the future). Pure: the caller passes today's date.
 * The data model is described in docs/agency-facts.md.
 */
import { finding, type Finding } from "../findings/finding";
import { readYear, viDate } from "../calendar/dates";
import { foldKey, normalizeCellText } from "../text/normalize";
import { sheetNames } from "./sheetNames";
import { agencyFields, agencyKeys, emptyAgencyInfo, hasValue, readFactDate, type AgencyInfo, type AgencyKey } from "./agencySheet";

/** The facts of the reporting period (confirmed together, in step 4 of the pane). */
export const periodKeys = ["periodStart", "periodEnd", "asOf"] as const satisfies readonly AgencyKey[];

/** Facts filled from somewhere else, as text by key ("" values are ignored). */
export type FactTexts = Readonly<Partial<Record<AgencyKey, string>>>;

const labelOf = (key: AgencyKey) => agencyFields.find((f) => f.key === key)!.label;

/** The proposals that hold a value: what the user still has to confirm, in row order. */
export function unconfirmedFacts(info: AgencyInfo): AgencyKey[] {
  return info.proposed.filter((key) => hasValue(info, key));
}

/** The reporting period and its as-of date are confirmed (none of them is a proposal). */
export function periodConfirmed(info: AgencyInfo): boolean {
  return !periodKeys.some((k) => info.proposed.includes(k)) && info.asOf !== "";
}

/**
 * The period needs no word from the user: none of its facts is a proposal, and the day pending
 * dossiers are judged at has come — the as-of date is set, or (unset, read as the period's end)
 * that end is not after `today`. A workbook typed before the as-of date existed, its period long
 * over, is settled; one whose period ends after today needs an as-of date. Without `today` an
 * unset as-of date is read as the period's end.
 * @example periodSettled({ ...info, proposed: [], periodEnd: "2025-12-31", asOf: "" }, "2025-12-15") === false
 */
export function periodSettled(info: AgencyInfo, today?: string): boolean {
  if (periodKeys.some((k) => info.proposed.includes(k))) return false;
  if (info.asOf !== "") return true;
  return info.periodEnd !== "" && (today === undefined || info.periodEnd <= today);
}

/**
 * The day pending dossiers and overdue tasks are judged at: the as-of date, else the period's end.
 * @example asOfDate({ ...info, periodEnd: "2025-12-14", asOf: "" }) === "2025-12-14"
 */
export function asOfDate(info: AgencyInfo): string {
  return info.asOf || info.periodEnd;
}

/**
 * The period and as-of date to show (and confirm as they are): "Thông tin"'s, the as-of date
 * unset read as the period's end or today, whichever comes first.
 * @example shownPeriod({ ...info, periodEnd: "2025-12-31", asOf: "" }, "2025-12-16").asOf === "2025-12-16"
 */
export function shownPeriod(info: AgencyInfo, today: string): { from: string; to: string; asOf: string } {
  return { from: info.periodStart, to: info.periodEnd, asOf: info.asOf || (info.periodEnd < today ? info.periodEnd : today) };
}

/** One typed value as the fact it is ("31/12/2025" → ISO for dates, lines for "Nơi nhận", a number for the year); null when it does not read. */
function factValue(key: AgencyKey, text: string): AgencyInfo[AgencyKey] | null {
  const clean = normalizeCellText(text);
  if (key === "year") return readYear(clean);
  if (key === "recipients")
    return clean
      .split("\n")
      .map((l) => l.replace(/^\s*-\s*/, "").trim())
      .filter((l) => l !== "");
  if (key === "reportDate" || key === "periodStart" || key === "periodEnd" || key === "asOf") return readFactDate(clean);
  return clean;
}

/**
 * The one rule for a fact nothing was given for yet: no value, or still the usual value the
 * product proposes (emptyAgencyInfo) and not confirmed. Such a fact may be filled from elsewhere;
 * anything typed, proposed from a document or confirmed (even at the usual value) stays.
 * @example isBlankFact(emptyAgencyInfo(2025), "recipientTo") === true
 */
export function isBlankFact(info: AgencyInfo, key: AgencyKey): boolean {
  if (key === "year") return false;
  if (!hasValue(info, key)) return true;
  return info.proposed.includes(key) && JSON.stringify(info[key]) === JSON.stringify(emptyAgencyInfo(info.year)[key]);
}

/**
 * Fills the blank facts of `info` (isBlankFact) from another record of the agency (last year's
 * report): each fact taken keeps `from`'s status (a proposal stays one); every other fact, its
 * status and the year stay as they are.
 * @example fillBlankFacts({ ...emptyAgencyInfo(2025), signerName: "Nguyễn Văn A" }, lastYear).signerName === "Nguyễn Văn A"
 */
export function fillBlankFacts(info: AgencyInfo, from: AgencyInfo): AgencyInfo {
  const taken = new Set(agencyKeys.filter((k) => isBlankFact(info, k)));
  const next: Record<string, unknown> = { ...info };
  for (const key of taken) next[key] = from[key];
  return { ...(next as AgencyInfo), proposed: agencyKeys.filter((k) => (taken.has(k) ? from.proposed : info.proposed).includes(k)) };
}

/**
 * Fills the blank facts of `info` (isBlankFact) from `facts` and marks each as a proposal; what
 * is already there (typed, proposed from a document, confirmed) is never replaced.
 * @example proposeFacts(emptyAgencyInfo(2025), { agencyName: "SỞ TƯ PHÁP" }).filled → ["agencyName"]
 */
export function proposeFacts(info: AgencyInfo, facts: FactTexts): { info: AgencyInfo; filled: AgencyKey[] } {
  const filled: AgencyKey[] = [];
  const next: Record<string, unknown> = { ...info };
  for (const key of agencyKeys) {
    const text = facts[key];
    if (text === undefined || text.trim() === "" || !isBlankFact(info, key)) continue;
    const value = factValue(key, text);
    if (value === null) continue;
    next[key] = value;
    filled.push(key);
  }
  const proposed = new Set([...info.proposed, ...filled]);
  return { info: { ...(next as AgencyInfo), proposed: agencyKeys.filter((k) => proposed.has(k)) }, filled };
}

/**
 * Replaces proposed values by `facts` where they differ: a proposal stays a proposal (with the
 * newer value), a confirmed value is never touched. For values the product recomputes (the
 * period read from a new export).
 */
export function reproposeFacts(info: AgencyInfo, facts: FactTexts): AgencyInfo {
  const next: Record<string, unknown> = { ...info };
  const proposed = new Set(info.proposed);
  for (const key of agencyKeys) {
    const text = facts[key];
    if (text === undefined) continue;
    if (hasValue(info, key) && !proposed.has(key)) continue;
    const value = factValue(key, text);
    if (value === null) continue;
    next[key] = value;
    proposed.add(key);
  }
  return { ...(next as AgencyInfo), proposed: agencyKeys.filter((k) => proposed.has(k)) };
}

/** What the user typed: the value and whether it could be read (a date, a year). */
export interface TypedFacts {
  readonly info: AgencyInfo;
  /** Keys whose text did not read (a date that is not one): left as they were. */
  readonly invalid: readonly AgencyKey[];
}

/**
 * The facts the user typed (in the pane or the sheet): each replaces the value and is confirmed,
 * whatever it was before. A text that does not read (a date, a year) is returned in `invalid`
 * and changes nothing.
 * @example typeFacts(info, { recipientTo: "Ủy ban nhân dân tỉnh" }).info.proposed.includes("recipientTo") === false
 */
export function typeFacts(info: AgencyInfo, facts: FactTexts): TypedFacts {
  const next: Record<string, unknown> = { ...info };
  const confirmed = new Set<AgencyKey>();
  const invalid: AgencyKey[] = [];
  for (const key of agencyKeys) {
    const text = facts[key];
    if (text === undefined) continue;
    const value = factValue(key, text);
    if (value === null) {
      invalid.push(key);
      continue;
    }
    next[key] = value;
    confirmed.add(key);
  }
  return { info: { ...(next as AgencyInfo), proposed: info.proposed.filter((k) => !confirmed.has(k)) }, invalid };
}

/**
 * Confirms proposals as they are: `keys`, or every proposal that holds a value (the pane's one
 * action "Xác nhận tất cả"). A blank proposal stays one: there is nothing to confirm.
 */
export function confirmFacts(info: AgencyInfo, keys: readonly AgencyKey[] = agencyKeys): AgencyInfo {
  const confirm = new Set(keys.filter((k) => hasValue(info, k) || k === "asOf"));
  return { ...info, proposed: info.proposed.filter((k) => !confirm.has(k)) };
}

/** Where the facts are, for findings: the "Thông tin" value cell of each (readAgencyGrid's `cells`). */
export type FactCells = Readonly<Partial<Record<AgencyKey, string>>>;

const at = (cells: FactCells, key: AgencyKey) => ({ sheet: sheetNames.agency, cell: cells[key] ?? null });

/** Words in an agency's name that do not tell agencies apart. */
const fold = (text: string) =>
  foldKey(text)
    .replace(/\bkh&cn\b/g, "khoa hoc va cong nghe")
    .replace(/[^\p{L}\p{N} ]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * "Kính gửi" names the agency itself (the report of the Sở Khoa học và Công nghệ sent to the Sở
 * Khoa học và Công nghệ): compared by meaning with the agency's names.
 */
function recipientIsSelf(info: AgencyInfo): boolean {
  const to = fold(info.recipientTo);
  if (!to) return false;
  return [info.agencyName, info.agencyShortName].some((name) => fold(name) !== "" && fold(name) === to);
}

/** The signing line that governs the signer's title: the last of "TM. …\nKT. …". */
function lastAuthority(info: AgencyInfo): { prefix: string; office: string } | null {
  const line = info.signingAuthority
    .split("\n")
    .map((l) => normalizeCellText(l))
    .filter(Boolean)
    .at(-1);
  if (!line) return null;
  const m = /^(KT|TM|Q|TL|TUQ)\s*\.\s*(.+)$/iu.exec(line);
  return m ? { prefix: m[1].toUpperCase(), office: m[2].trim() } : { prefix: "", office: line };
}

/** A person's office, not a collective body ("GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG PHÒNG", "CHÁNH VĂN PHÒNG"). */
const personOffice = /^(pho )?(giam doc|chu tich|truong|chanh|thu truong|bo truong|tong giam doc|vien truong|hieu truong|cuc truong)\b/;

/**
 * The signer's title against the signing authority (NĐ 30/2020, Phụ lục I, II.7.b;
 * docs/agency-facts.md): KT. X is signed by a deputy (PHÓ X); Q. X by an acting head (never
 * titled X itself); TM. is for a collective body (TM. ỦY BAN NHÂN DÂN), not a person's office;
 * without an authority the head signs, so a deputy's title needs KT.
 * Returns the expected title (or what is wrong) for the finding, or null when they agree.
 */
function signerMismatch(info: AgencyInfo): { expected: string } | null {
  const title = fold(info.signerTitle);
  if (!title) return null;
  const authority = lastAuthority(info);
  if (!authority || authority.prefix === "TL" || authority.prefix === "TUQ") {
    return !authority && title.startsWith("pho ") ? { expected: `KT. ${normalizeCellText(info.signerTitle).replace(/^PHÓ\s+/iu, "")}` } : null;
  }
  const office = fold(authority.office);
  if (authority.prefix === "KT")
    return title === `pho ${office}` || (title.startsWith("pho ") && title.includes(office)) ? null : { expected: `PHÓ ${authority.office}` };
  if (authority.prefix === "Q") return title === office ? { expected: `Q. ${authority.office}` } : null;
  if (authority.prefix === "TM") return personOffice.test(office) ? { expected: `KT. ${authority.office}` } : null;
  return null;
}

/** The abbreviation written in the plan's number ("Kế hoạch số 733/KH-SYT …" → "SYT"), or null. */
export function planAbbreviation(planReference: string): string | null {
  const m = /\d+\s*\/\s*(?:[A-ZĐ]+)-([\p{Lu}\p{N}&.-]+)/u.exec(normalizeCellText(planReference));
  return m ? m[1].replace(/[.]+$/, "") : null;
}

/**
 * The checks made at each field of "Thông tin", as findings at its value cell:
 * the proposals not yet confirmed (one warning listing them: the report is a draft); "Kính gửi" naming the agency
 * itself; the signer's title against the signing authority; the abbreviation against the plan's
 * number; and the data period: its end before its start, an as-of date outside the period, or
 * (when `today` is given) after today — an as-of date in the future is an error.
 * @example agencyChecks({ ...info, agencyName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", recipientTo: "Sở Khoa học và Công nghệ" }, cells).map((f) => f.code) → ["agency_recipient_is_self"]
 */
export function agencyChecks(info: AgencyInfo, cells: FactCells, options: { today?: string } = {}): Finding[] {
  const findings: Finding[] = [];
  // One finding for all the proposals (the pane confirms them in one action), at the first one's cell.
  const proposals = unconfirmedFacts(info);
  if (proposals.length > 0)
    findings.push(
      finding("warning", "agency_fact_proposed", at(cells, proposals[0]), {
        count: proposals.length,
        items: proposals.map((key) => `${labelOf(key)}: ${displayFact(info, key)}`).join("; "),
      }),
    );
  if (recipientIsSelf(info)) findings.push(finding("error", "agency_recipient_is_self", at(cells, "recipientTo"), { recipient: info.recipientTo }));
  const signer = signerMismatch(info);
  if (signer)
    findings.push(
      finding("warning", "agency_signer_title_mismatch", at(cells, "signerTitle"), {
        authority: info.signingAuthority.replace(/\n/g, " / ") || "—",
        title: info.signerTitle,
        expected: signer.expected,
      }),
    );
  const fromPlan = planAbbreviation(info.planReference);
  if (fromPlan && info.abbreviation.trim() && foldKey(fromPlan) !== foldKey(info.abbreviation.trim()))
    findings.push(finding("warning", "agency_abbreviation_mismatch", at(cells, "abbreviation"), { abbreviation: info.abbreviation, plan: fromPlan }));
  findings.push(...periodChecks(info, cells, options.today));
  return findings;
}

/**
 * The data period's own rules: end not before start; the as-of date inside the period, and
 * never after `today` (a report judges pending dossiers on a day that has come).
 * @example periodChecks({ ...info, asOf: "2031-01-01" }, cells, "2025-12-15")[0].code === "as_of_future"
 */
export function periodChecks(info: AgencyInfo, cells: FactCells, today?: string): Finding[] {
  const out: Finding[] = [];
  const { periodStart: from, periodEnd: to } = info;
  if (from && to && to < from) out.push(finding("error", "period_end_before_start", at(cells, "periodEnd"), { from: viDate(from), to: viDate(to) }));
  const asOf = info.asOf;
  if (!asOf) return out;
  if (today && asOf > today) out.push(finding("error", "as_of_future", at(cells, "asOf"), { asOf: viDate(asOf), today: viDate(today) }));
  else if (from && asOf < from)
    out.push(finding("error", "as_of_outside_period", at(cells, "asOf"), { asOf: viDate(asOf), from: viDate(from), to: viDate(to) }));
  else if (to && asOf > to) out.push(finding("warning", "as_of_outside_period", at(cells, "asOf"), { asOf: viDate(asOf), from: viDate(from), to: viDate(to) }));
  return out;
}

/** A fact's value as the user reads it (a date as dd/mm/yyyy, "Nơi nhận" joined). */
export function displayFact(info: AgencyInfo, key: AgencyKey): string {
  const value = info[key];
  if (Array.isArray(value)) return value.map((v) => v.replace(/[;,.]\s*$/, "")).join("; ");
  if (key === "reportDate" || key === "periodStart" || key === "periodEnd" || key === "asOf") return value ? viDate(String(value)) : "";
  return String(value);
}
