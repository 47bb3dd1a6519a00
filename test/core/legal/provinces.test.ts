import { currentProvince, formerProvinceMentions, formerProvinces, provinces2025, renameProvinces } from "../../../src/core/legal/provinces";

/**
 * The merger list as Nghị quyết 60-NQ/TW's annex part II writes it (GitHub dvhcvn/20250701,
 * input/docs/60-NQ_TW.md, read 6/12/2026), which Nghị quyết 202/2025/QH15 of 12/6/2025 enacted:
 * "Hợp nhất tỉnh A và tỉnh B, lấy tên là tỉnh B". Typed here from that text, item by item.
 */
const annex: readonly [merged: readonly string[], name: string][] = [
  [["Tuyên Quang", "Hà Giang"], "Tuyên Quang"],
  [["Lào Cai", "Yên Bái"], "Lào Cai"],
  [["Bắc Kạn", "Thái Nguyên"], "Thái Nguyên"],
  [["Vĩnh Phúc", "Phú Thọ", "Hòa Bình"], "Phú Thọ"],
  [["Bắc Ninh", "Bắc Giang"], "Bắc Ninh"],
  [["Hưng Yên", "Thái Bình"], "Hưng Yên"],
  [["Hải Dương", "Hải Phòng"], "Hải Phòng"],
  [["Hà Nam", "Ninh Bình", "Nam Định"], "Ninh Bình"],
  [["Quảng Bình", "Quảng Trị"], "Quảng Trị"],
  [["Quảng Nam", "Đà Nẵng"], "Đà Nẵng"],
  [["Kon Tum", "Quảng Ngãi"], "Quảng Ngãi"],
  [["Gia Lai", "Bình Định"], "Gia Lai"],
  [["Ninh Thuận", "Khánh Hòa"], "Khánh Hòa"],
  [["Lâm Đồng", "Đắk Nông", "Bình Thuận"], "Lâm Đồng"],
  [["Đắk Lắk", "Phú Yên"], "Đắk Lắk"],
  [["Bà Rịa - Vũng Tàu", "Bình Dương", "Hồ Chí Minh"], "Hồ Chí Minh"],
  [["Đồng Nai", "Bình Phước"], "Đồng Nai"],
  [["Tây Ninh", "Long An"], "Tây Ninh"],
  [["Cần Thơ", "Sóc Trăng", "Hậu Giang"], "Cần Thơ"],
  [["Bến Tre", "Vĩnh Long", "Trà Vinh"], "Vĩnh Long"],
  [["Tiền Giang", "Đồng Tháp"], "Đồng Tháp"],
  [["Bạc Liêu", "Cà Mau"], "Cà Mau"],
  [["An Giang", "Kiên Giang"], "An Giang"],
];
/** Annex part I: not merged. */
const unchanged = ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"];
/** "Thành phố" in the annex: Hải Phòng, Đà Nẵng, Hồ Chí Minh, Cần Thơ (merged), Hà Nội and Huế (unchanged). */
const cities = ["Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"];

describe("the 2025 map (Nghị quyết 202/2025/QH15)", () => {
  it("has 34 provinces and cities, 28 tỉnh and 6 thành phố, from 63", () => {
    expect(provinces2025).toHaveLength(34);
    expect(
      provinces2025
        .filter((p) => p.type === "thành phố")
        .map((p) => p.name)
        .sort(),
    ).toEqual([...cities].sort());
    const merged = formerProvinces.filter((f) => f.from === "2025-07-01");
    expect(merged).toHaveLength(29);
    expect(34 + merged.length).toBe(63);
  });

  it.each(annex.map(([parts, name]) => [name, parts] as const))("%s absorbed exactly what the annex merges into it", (name, parts) => {
    const p = provinces2025.find((x) => x.name === name)!;
    expect([...p.absorbed].sort()).toEqual(parts.filter((x) => x !== name).sort());
  });

  it.each(unchanged)("%s is unchanged", (name) => {
    expect(provinces2025.find((x) => x.name === name)!.absorbed).toEqual([]);
  });

  it.each(annex.flatMap(([parts, name]) => parts.filter((x) => x !== name).map((old) => [old, name] as const)))(
    "%s → %s from 01/7/2025, not before",
    (old, name) => {
      expect(currentProvince(old, "2025-07-01")?.name).toBe(name);
      expect(currentProvince(old, "2030-12-31")?.name).toBe(name);
      expect(currentProvince(old, "2025-06-30")).toBeNull();
      // Written in capitals, in the old tone placement or without diacritics, in a header.
      expect(renameProvinces(`UBND TỈNH ${old.toLocaleUpperCase("vi")}`, "2026-01-01")).toBe(
        `UBND ${name === "Hồ Chí Minh" || cities.includes(name) ? "THÀNH PHỐ" : "TỈNH"} ${name.toLocaleUpperCase("vi")}`,
      );
    },
  );

  it("renames in running text, keeping the case and fixing the administrative word", () => {
    expect(renameProvinces("Ủy ban nhân dân tỉnh Bình Dương", "2026-03-01")).toBe("Ủy ban nhân dân thành phố Hồ Chí Minh");
    expect(renameProvinces("Ninh Thuận", "2026-01-01")).toBe("Khánh Hòa");
    expect(renameProvinces("Sở Y tế tỉnh Hoà Bình", "2026-01-01")).toBe("Sở Y tế tỉnh Phú Thọ");
    expect(renameProvinces("Tinh Ba Ria - Vung Tau", "2026-01-01")).toBe("Thành phố Hồ Chí Minh");
    expect(renameProvinces("UBND tỉnh Thừa Thiên Huế", "2025-03-01")).toBe("UBND thành phố Huế");
  });

  it("leaves current names and other words alone", () => {
    expect(renameProvinces("UBND TỈNH KHÁNH HÒA", "2026-01-01")).toBeNull();
    expect(renameProvinces("Sở Y tế Ninh Bình; biển Thái Bình Dương; Long Anh", "2026-01-01")).toBeNull();
    expect(formerProvinceMentions("Ninh Thuận và Bình Thuận").map((m) => m.former.into.name)).toEqual(["Khánh Hòa", "Lâm Đồng"]);
  });
});
