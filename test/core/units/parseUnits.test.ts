import { parseUnits } from "../../../src/core/units/parseUnits";
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
