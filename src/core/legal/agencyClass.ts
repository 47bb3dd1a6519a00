/**
 * The class of an agency as Thông tư 116/2015/TT-BTC Điều 4 (khoản 1–2) sets its spending
 * ceilings for building and extending the quality management system, told from "Thông tin": the
 * agency's name and its governing body ("SỞ Y TẾ" under "UBND TỈNH NINH THUẬN" is a specialised
 * agency of the provincial People's Committee). Uses the 2025 map of provinces
 * (./provinces.ts) to tell a provincial city ("UBND THÀNH PHỐ HÀ NỘI") from a district-level one,
 * and the end of the district level on 01/7/2025 (Luật 72/2025/QH15): a district body is no class
 * for money spent from then on. What cannot be told is said, never guessed (docs/legal-bases.md#budget).
 */
import { foldKey } from "../text/normalize";
import { formerProvinces, provinceKey, provinces2025, reorganisationDate } from "./provinces";

/**
 * The classes of TT 116/2015 Điều 4: khoản 1 (central) a ministry-level body, b Tổng cục or Cục
 * of a ministry; khoản 2 (local) a the provincial People's Committee, b a specialised agency of
 * it (Sở…), a district People's Committee or a vertical Cục in the province, c a Chi cục or a
 * specialised agency of a district People's Committee, d a commune People's Committee (80 % of c).
 */
export const agencyClasses = ["ministry", "centralDepartment", "provincialCommittee", "provincialAgency", "subDepartment", "commune"] as const;
export type AgencyClass = (typeof agencyClasses)[number];

/** The class, or why there is none: the names say nothing known, or name a district body after 30/6/2025. */
export type AgencyClassReading =
  { readonly kind: "class"; readonly class: AgencyClass } | { readonly kind: "unknown"; readonly reason: "unrecognised" | "districtEnded" };

/** Folded (no diacritics, no case, punctuation as spaces), "UBND" written out. */
function key(text: string): string {
  return foldKey(text).replace(/\bubnd\b/g, "uy ban nhan dan");
}

const provinceKeys = new Set([...provinces2025.map((p) => provinceKey(p.name)), ...formerProvinces.flatMap((f) => [f.name, ...f.spellings].map(provinceKey))]);

/** "uy ban nhan dan tinh x" / "… thanh pho <province>": the provincial People's Committee. */
const provincialCommittee = (k: string) =>
  /^uy ban nhan dan tinh\b/.test(k) || (/^uy ban nhan dan thanh pho /.test(k) && provinceKeys.has(k.replace(/^uy ban nhan dan thanh pho /, "")));
/** A district People's Committee: huyện, quận, thị xã, or a city that is not a province. */
const districtCommittee = (k: string) => /^uy ban nhan dan (huyen|quan|thi xa)\b/.test(k) || (/^uy ban nhan dan thanh pho /.test(k) && !provincialCommittee(k));
/** A commune People's Committee: xã, phường, thị trấn, đặc khu. */
const communeCommittee = (k: string) => /^uy ban nhan dan (xa|phuong|thi tran|dac khu)\b/.test(k);
/** Ministry-level bodies: a ministry, or a body of ministerial rank. */
const ministry = (k: string) => /^(bo |thanh tra chinh phu|van phong chinh phu|ngan hang nha nuoc|uy ban dan toc)/.test(k);
/** A specialised agency of the provincial People's Committee. */
const provincialAgency = (k: string) =>
  /^(so |van phong uy ban nhan dan tinh|van phong uy ban nhan dan thanh pho|thanh tra tinh|thanh tra thanh pho|ban dan toc)/.test(k);

/**
 * The agency's TT 116/2015 class on `date` (ISO: the first day of the year the money is for),
 * from its name and its governing body.
 * @example agencyClassOf({ agencyName: "SỞ Y TẾ", agencyShortName: "Sở Y tế", governingBody: "UBND TỈNH NINH THUẬN" }, "2025-01-01") // { kind: "class", class: "provincialAgency" }
 * @example agencyClassOf({ agencyName: "UBND HUYỆN NINH HẢI", agencyShortName: "", governingBody: "UBND TỈNH NINH THUẬN" }, "2026-01-01") // { kind: "unknown", reason: "districtEnded" }
 */
export function agencyClassOf(
  agency: { readonly agencyName: string; readonly agencyShortName: string; readonly governingBody: string },
  date: string,
): AgencyClassReading {
  const name = key(agency.agencyName || agency.agencyShortName);
  const governing = key(agency.governingBody);
  const found = (cls: AgencyClass): AgencyClassReading => ({ kind: "class", class: cls });
  const district = (cls: AgencyClass): AgencyClassReading => (date >= reorganisationDate ? { kind: "unknown", reason: "districtEnded" } : found(cls));
  if (!name) return { kind: "unknown", reason: "unrecognised" };
  // A commune's People's Committee, or a body of one (its one-stop centre, its offices).
  if (communeCommittee(name) || communeCommittee(governing)) return found("commune");
  if (provincialCommittee(name)) return found("provincialCommittee");
  if (districtCommittee(name)) return district("provincialAgency");
  if (ministry(name)) return found("ministry");
  if (/^tong cuc /.test(name)) return found("centralDepartment");
  if (/^chi cuc /.test(name)) return found("subDepartment");
  if (provincialAgency(name)) return found("provincialAgency");
  // A Cục: of a ministry (central), or of a Tổng cục set up in a province (vertical, as a Sở).
  if (/^cuc /.test(name)) {
    if (/^bo /.test(governing)) return found("centralDepartment");
    if (/^tong cuc /.test(governing) || [...provinceKeys].some((p) => name.endsWith(` ${p}`))) return found("provincialAgency");
    return { kind: "unknown", reason: "unrecognised" };
  }
  // A specialised office of a district People's Committee ("Phòng Tư pháp" under "UBND HUYỆN …").
  if (/^phong /.test(name) && districtCommittee(governing)) return district("subDepartment");
  return { kind: "unknown", reason: "unrecognised" };
}
