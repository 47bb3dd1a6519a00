import { parseUnits, unitsOfHeads } from "../../../src/core/units/parseUnits";
import { makeRegistry, matchUnit, suggestUnits, unitKey } from "../../../src/core/units/registry";

const registry = makeRegistry();
const names = (text: string, role?: "lead" | "support") => {
  const u = parseUnits(text, registry, role);
  return { lead: u.lead.map((x) => x.name ?? `?${x.written}`), support: u.support.map((x) => x.name ?? `?${x.written}`) };
};

describe("unit registry", () => {
  it("matches abbreviations and spellings without diacritics to one official name", () => {
    expect(matchUnit(registry, "BCĐ ISO")).toBe("Ban Chỉ đạo ISO");
    expect(matchUnit(registry, "BCD ISO")).toBe("Ban Chỉ đạo ISO");
    expect(matchUnit(registry, "ban chi dao iso")).toBe("Ban Chỉ đạo ISO");
    expect(matchUnit(registry, "TCHC")).toBe("Phòng Tổ chức - Hành chính");
    expect(matchUnit(registry, "VP")).toBe("Văn phòng Sở");
    expect(matchUnit(registry, "KHTC")).toBe("Phòng Kế hoạch - Tài chính");
    expect(matchUnit(registry, "TT GĐYK")).toBe("Trung tâm Giám định Y khoa");
    expect(matchUnit(registry, "Chi cục")).toBe("Các Chi cục thuộc Sở");
    expect(matchUnit(registry, "Phòng Đào tạo")).toBeNull();
  });

  it("treats decomposed (NFD) input like precomposed input", () => {
    expect(unitKey("Tổ chức Hành chính".normalize("NFD"))).toBe(unitKey("Tổ chức Hành chính"));
    expect(matchUnit(registry, "Văn phòng Sở".normalize("NFD"))).toBe("Văn phòng Sở");
  });

  it("suggests the closest registry names, diacritics-insensitively, best first", () => {
    expect(suggestUnits(registry, "Phòng Kế hoạch Tài vụ")[0]).toBe("Phòng Kế hoạch - Tài chính");
    expect(suggestUnits(registry, "Van phong So")[0]).toBe("Văn phòng Sở");
    expect(suggestUnits(registry, "xyz")).toEqual([]);
  });

  it("lets the user's registry add units and spellings", () => {
    const own = makeRegistry([{ name: "Phòng Nghiệp vụ Y", aliases: ["NVY", "P. NVY"] }]);
    expect(matchUnit(own, "nvy")).toBe("Phòng Nghiệp vụ Y");
    expect(matchUnit(own, "Văn phòng")).toBe("Văn phòng Sở");
  });
});

describe("parseUnits", () => {
  it("splits commas, 'và', bullets and lines, and removes duplicates", () => {
    expect(names("Lãnh đạo Sở, BCĐ ISO")).toEqual({ lead: ["Lãnh đạo Sở", "Ban Chỉ đạo ISO"], support: [] });
    expect(names("- Ban chỉ đạo ISO\n- Các phòng trực thuộc Sở\n- Ban chỉ đạo ISO")).toEqual({ lead: ["Ban Chỉ đạo ISO", "Các phòng thuộc Sở"], support: [] });
    expect(names("- Tổ Thư ký ISO - Các phòng trực thuộc Sở")).toEqual({ lead: ["Tổ Thư ký ISO", "Các phòng thuộc Sở"], support: [] });
    expect(names("Văn phòng và Thanh tra Sở")).toEqual({ lead: ["Văn phòng Sở", "Thanh tra Sở"], support: [] });
  });

  it("keeps a registry name that itself holds commas together", () => {
    expect(names("Tổ chức Hành chính, Các phòng, cơ quan và đơn vị")).toEqual({ lead: ["Phòng Tổ chức - Hành chính", "Các đơn vị thuộc Sở"], support: [] });
  });

  it("reads lead and supporting units from the text", () => {
    expect(names("Chủ trì: Văn phòng; Phối hợp: Các phòng chuyên môn, Thanh tra Sở")).toEqual({
      lead: ["Văn phòng Sở"],
      support: ["Các phòng chuyên môn", "Thanh tra Sở"],
    });
    expect(names("Văn phòng (chủ trì)\nPhòng KHTC (phối hợp)")).toEqual({ lead: ["Văn phòng Sở"], support: ["Phòng Kế hoạch - Tài chính"] });
  });

  it("takes the role from the column when the text says nothing", () => {
    expect(names("Các phòng chuyên môn", "support")).toEqual({ lead: [], support: ["Các phòng chuyên môn"] });
  });

  it("separates a 'how' clause from the units", () => {
    const u = parseUnits("Văn phòng rà soát, trình lãnh đạo ký", registry);
    expect(u.lead.map((x) => x.name)).toEqual(["Văn phòng Sở"]);
    expect(u.method).toBe("rà soát; trình lãnh đạo ký");
    const v = parseUnits("Trung tâm GĐYK rà soát và trình lãnh đạo công bố", registry);
    expect(v.lead.map((x) => x.name)).toEqual(["Trung tâm Giám định Y khoa"]);
    expect(v.method).toBe("rà soát và trình lãnh đạo công bố");
  });

  it("keeps an unknown unit as written, unmatched", () => {
    expect(names("Phòng Đào tạo")).toEqual({ lead: ["?Phòng Đào tạo"], support: [] });
  });
});

describe("parseUnits on agency names as real plans write them", () => {
  const written = (text: string) => parseUnits(text, registry).lead.map((u) => u.name ?? u.written);

  it.each([
    ["Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]],
    ["Các sở, ban, ngành", ["Các sở, ban, ngành"]],
    ["UBND các xã, phường", ["UBND các xã, phường"]],
    ["73 cơ quan, đơn vị", ["73 cơ quan, đơn vị"]],
    ["Sở Lao động, Thương binh và Xã hội", ["Sở Lao động, Thương binh và Xã hội"]],
    ["Vụ Kế hoạch, Tài chính", ["Vụ Kế hoạch, Tài chính"]],
    ["Báo và Phát thanh, Truyền hình Đồng Nai", ["Báo và Phát thanh, Truyền hình Đồng Nai"]],
  ])("keeps the official name %j whole", (text, expected) => {
    expect(written(text)).toEqual(expected);
  });

  it("splits a comma where both sides are units", () => {
    expect(written("Các sở, ban, ngành; UBND các phường, xã")).toEqual(["Các sở, ban, ngành", "UBND các phường, xã"]);
    expect(written("Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông")).toEqual([
      "Ban Quản lý Khu kinh tế",
      "Sở Công Thương",
      "các doanh nghiệp viễn thông",
    ]);
    expect(written("Viện, Trường; Doanh nghiệp, Sở, ban, ngành có liên quan")).toEqual(["Viện", "Trường", "Doanh nghiệp", "Sở, ban, ngành có liên quan"]);
    expect(written("Sở KH&CN; các cơ quan, đơn vị liên quan")).toEqual(["Sở Khoa học và Công nghệ", "các cơ quan, đơn vị liên quan"]);
    expect(written("Sở Khoa học và Công nghệ Sở Công Thương")).toEqual(["Sở Khoa học và Công nghệ", "Sở Công Thương"]);
  });

  it("does not take a line broken mid-name for two units", () => {
    expect(written("Cục Phát thanh truyền hình và Thông tin điện\ntử")).toEqual(["Cục Phát thanh truyền hình và Thông tin điện tử"]);
    expect(written("Cục Phát thanh truyền hình và\nThông tin điện tử")).toEqual(["Cục Phát thanh truyền hình và Thông tin điện tử"]);
    expect(written("Sở Công Thương; UBND\ncác phường xã")).toEqual(["Sở Công Thương", "UBND các phường xã"]);
    // A line that starts a new unit stays a new unit.
    expect(written("Văn phòng Sở\nThanh tra Sở")).toEqual(["Văn phòng Sở", "Thanh tra Sở"]);
  });

  it("names each unit of a list 'Các Cục: A, B' or 'Các Cục: A; B; C. Vụ D'", () => {
    expect(written("Các Cục: Di sản văn hóa, Bản quyền tác giả")).toEqual(["Cục Di sản văn hóa", "Cục Bản quyền tác giả"]);
    expect(written("Các Cục: Báo chí; Xuất bản, In và Phát hành; Du lịch Quốc gia Việt Nam. Vụ Kế hoạch, Tài chính.")).toEqual([
      "Cục Báo chí",
      "Cục Xuất bản, In và Phát hành",
      "Cục Du lịch Quốc gia Việt Nam",
      "Vụ Kế hoạch, Tài chính",
    ]);
  });

  it("reads the units a column of persons names through their heads", () => {
    expect(unitsOfHeads("Cục trưởng Cục Du lịch Quốc gia Việt Nam")).toBe("Cục Du lịch Quốc gia Việt Nam");
    expect(unitsOfHeads("(1) Giám đốc Trung tâm Chuyển đổi số;\n(2) Cục trưởng Cục DLQGVN")).toBe("Trung tâm Chuyển đổi số;\nCục DLQGVN");
    expect(unitsOfHeads("Thủ trưởng các đơn vị được giao thực hiện TTHC")).toBe("Các đơn vị được giao thực hiện TTHC");
    expect(unitsOfHeads("Chánh Văn phòng Bộ")).toBe("Văn phòng Bộ");
    expect(unitsOfHeads("Cục trưởng các Cục: Di sản văn hóa. Vụ trưởng Vụ Kế hoạch, Tài chính")).toBe("Các Cục: Di sản văn hóa. Vụ Kế hoạch, Tài chính");
  });
});
