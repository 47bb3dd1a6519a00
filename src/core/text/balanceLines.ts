/**
 * A centred title broken into lines of similar length, so its last line is never a lone word
 * (NĐ 30/2020 trích yếu; a reviewer sends back "… năm" / "2025"). Text up to `maxChars` stays
 * on one line; longer text is split at the space nearest its middle, preferring a break before
 * "và" / "của" / "năm" when one is close (within a fifth of the length).
 * @example balanceLines("Kết quả triển khai ISO năm 2024 và dự toán kinh phí thực hiện ISO năm 2025", 60)
 *   === "Kết quả triển khai ISO năm 2024\nvà dự toán kinh phí thực hiện ISO năm 2025"
 */
export function balanceLines(text: string, maxChars: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= maxChars) return t;
  const middle = t.length / 2;
  const spaces = [...t.matchAll(/ /g)].map((m) => m.index);
  if (!spaces.length) return t;
  const nearest = spaces.reduce((a, b) => (Math.abs(b - middle) < Math.abs(a - middle) ? b : a));
  const preferred = spaces.filter((i) => /^(và|của|năm) /u.test(t.slice(i + 1)) && Math.abs(i - middle) <= t.length / 5);
  const at = preferred.length ? preferred.reduce((a, b) => (Math.abs(b - middle) < Math.abs(a - middle) ? b : a)) : nearest;
  const first = t.slice(0, at);
  const rest = t.slice(at + 1);
  // Very long titles: keep balancing the remainder.
  return rest.length > maxChars ? `${first}\n${balanceLines(rest, maxChars)}` : `${first}\n${rest}`;
}
