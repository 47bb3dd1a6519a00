/**
 * The Vietnamese lunisolar calendar computed from astronomy, after Hồ Ngọc Đức's published
 * algorithm ("Thuật toán tính âm lịch", with his tables of the Vietnamese calendar 1800–2199):
 * new moons and the sun's longitude from Meeus-style series, days counted in Vietnam's time zone
 * (UTC+7, the Vietnamese calendar's meridian since 1968; China's calendar uses UTC+8 and differs
 * in some years, such as Tết 2030). Written for this product from the algorithm's description.
 *
 * Used for the two lunar holidays of the Labour Code (Tết, Giỗ Tổ Hùng Vương); checked against the
 * official dates of 2023–2026 and published calendars to 2040 (test/core/calendar/lunar.test.ts).
 */

/** The years the algorithm is used for: those of Hồ Ngọc Đức's published tables. */
export const lunarYears = { first: 1800, last: 2199 } as const;

/** Vietnam's time zone in hours: the Vietnamese calendar counts days at UTC+7. */
const VIETNAM = 7;

/** Julian day number of a Gregorian date (proleptic before 1582 is not needed here). */
export function julianDay(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The Gregorian date of a Julian day number, as ISO "YYYY-MM-DD". */
export function dateOfJulianDay(jd: number): string {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((b * 146097) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const RAD = Math.PI / 180;

/** Time (Julian day, UT) of the k-th new moon after 1900-01-01 (k = 0 is the new moon of 1900-01-01). */
function newMoon(k: number): number {
  const T = k / 1236.85; // Julian centuries from 1900 January 0.5
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * RAD);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c = (0.1734 - 0.000393 * T) * Math.sin(M * RAD) + 0.0021 * Math.sin(2 * RAD * M);
  c -= 0.4068 * Math.sin(Mpr * RAD) - 0.0161 * Math.sin(2 * RAD * Mpr);
  c -= 0.0004 * Math.sin(3 * RAD * Mpr);
  c += 0.0104 * Math.sin(2 * RAD * F) - 0.0051 * Math.sin(RAD * (M + Mpr));
  c -= 0.0074 * Math.sin(RAD * (M - Mpr)) - 0.0004 * Math.sin(RAD * (2 * F + M));
  c -= 0.0004 * Math.sin(RAD * (2 * F - M)) + 0.0006 * Math.sin(RAD * (2 * F + Mpr));
  c += 0.001 * Math.sin(RAD * (2 * F - Mpr)) + 0.0005 * Math.sin(RAD * (2 * Mpr + M));
  // ΔT, the difference between dynamical and universal time, in days.
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c - deltaT;
}

/** The day (Julian day number, local) of the k-th new moon. */
function newMoonDay(k: number, zone: number): number {
  return Math.floor(newMoon(k) + 0.5 + zone / 24);
}

/** The sun's apparent longitude in radians, [0, 2π), at a Julian day (UT). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525; // Julian centuries from J2000
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(RAD * M);
  dl += (0.019993 - 0.000101 * T) * Math.sin(2 * RAD * M) + 0.00029 * Math.sin(3 * RAD * M);
  const L = (L0 + dl) * RAD;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/** Which of the twelve 30° sectors the sun is in at the start of a local day (0 = spring equinox to 30°). */
function sunSector(day: number, zone: number): number {
  return Math.floor((sunLongitude(day - 0.5 - zone / 24) / Math.PI) * 6);
}

/** The first day of the 11th lunar month (the one holding the winter solstice) of a Gregorian year. */
function month11Start(year: number, zone: number): number {
  const off = julianDay(year, 12, 31) - 2415021;
  const k = Math.floor(off / 29.530588853);
  const nm = newMoonDay(k, zone);
  // Past the solstice sector (the sun at 270° or more): the month before holds it.
  return sunSector(nm, zone) >= 9 ? newMoonDay(k - 1, zone) : nm;
}

/** The offset, in months after month 11, of the leap month of a 13-month year starting at `a11`. */
function leapMonthOffset(a11: number, zone: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, zone), zone);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, zone), zone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * The Gregorian date (ISO) of a day of the Vietnamese lunar calendar, or null when the year is
 * outside `lunarYears` or the leap month asked for is not that year's.
 * @example lunarToSolar(1, 1, 2024) === "2024-02-10"
 * @example lunarToSolar(10, 3, 2026) === "2026-04-26"
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false, zone = VIETNAM): string | null {
  if (!Number.isInteger(year) || year < lunarYears.first || year > lunarYears.last) return null;
  const [a11, b11] = month < 11 ? [month11Start(year - 1, zone), month11Start(year, zone)] : [month11Start(year, zone), month11Start(year + 1, zone)];
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, zone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) return null;
  return dateOfJulianDay(newMoonDay(k + off, zone) + day - 1);
}

/** Tết (1/1 âm lịch) of a year, or null outside `lunarYears`. */
export const lunarNewYear = (year: number): string | null => lunarToSolar(1, 1, year);

/** Giỗ Tổ Hùng Vương (10/3 âm lịch) of a year, or null outside `lunarYears`. */
export const hungKingsDay = (year: number): string | null => lunarToSolar(10, 3, year);
