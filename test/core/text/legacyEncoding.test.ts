import fc from "fast-check";
import {
  detectLegacyEncoding,
  isVietnameseSyllable,
  legacyFont,
  tcvn3ToUnicode,
  unicodeToTcvn3,
  unicodeToVni,
  vniToUnicode,
} from "../../../src/core/text/legacyEncoding";
import { convertLegacyDocument } from "../../../src/core/text/legacyContent";

/** Every Vietnamese letter: 12 vowels × 6 tones (level, grave, acute, hook, tilde, dot) and đ. */
const vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const lowerLetters = [...vowels.flatMap((v) => tones.map((t) => (v + t).normalize("NFC"))), "đ"];
const allLetters = [...lowerLetters, ...lowerLetters.map((l) => l.toUpperCase())];

describe("TCVN3 (TCVN 5712:1993, ABC fonts)", () => {
  it("has all 146 letters to convert", () => {
    expect(new Set(allLetters).size).toBe(146);
  });

  it("reads the codes of the standard's table (checked by hand)", () => {
    // 0xB8 á, 0xB5 à, 0xB6 ả, 0xB7 ã, 0xB9 ạ; 0xA8 ă, 0xA9 â, 0xAE đ; 0xE9 ộ; 0xAD ư; 0xA7 Đ.
    expect(tcvn3ToUnicode("\u00b8\u00b5\u00b6\u00b7\u00b9 \u00a8\u00a9\u00ae \u00e9\u00ad\u00a7")).toBe("áàảãạ ăâđ ộưĐ");
    expect(tcvn3ToUnicode("Céng hßa x· héi chñ nghÜa ViÖt Nam")).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam");
    expect(tcvn3ToUnicode("§éc lËp - Tù do - H¹nh phóc")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(tcvn3ToUnicode("KÕ ho¹ch ¸p dông hÖ thèng qu¶n lý chÊt l­îng n¨m 2006")).toBe("Kế hoạch áp dụng hệ thống quản lý chất lượng năm 2006");
  });

  it("writes the capitals font (.VnTimeH) text in upper case", () => {
    expect(tcvn3ToUnicode("kÕ ho¹ch", { upper: true })).toBe("KẾ HOẠCH");
  });

  it.each(lowerLetters)("round-trips %s and its capital", (lower) => {
    const upper = lower.toUpperCase();
    const low = unicodeToTcvn3(lower);
    expect(low).not.toBeNull();
    expect(low!.upper).toBe(false);
    expect(tcvn3ToUnicode(low!.text)).toBe(lower);
    const up = unicodeToTcvn3(upper)!;
    // Plain capitals and Ă Â Ê Ô Ơ Ư Đ have their own code; toned capitals need the capitals font.
    expect(up.upper).toBe(!/^[AĂÂEÊIOÔƠUƯYĐ]$/.test(upper));
    expect(tcvn3ToUnicode(up.text, { upper: up.upper })).toBe(upper);
  });
});

describe("VNI (VNI for Windows)", () => {
  it("reads base letters followed by marks, and the one-character letters (checked by hand)", () => {
    expect(vniToUnicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam");
    expect(vniToUnicode("Ñoäc laäp - Töï do - Haïnh phuùc")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(vniToUnicode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(vniToUnicode("Keá hoaïch naêm 2006; ñôn vò: Sôû Y teá")).toBe("Kế hoạch năm 2006; đơn vị: Sở Y tế");
    expect(vniToUnicode("aê aé aè aú aü aë")).toBe("ă ắ ằ ẳ ẵ ặ");
    expect(vniToUnicode("í ì æ ó ò yù yø yû yõ î")).toBe("í ì ỉ ĩ ị ý ỳ ỷ ỹ ỵ");
  });

  it.each(allLetters)("round-trips %s", (letter) => {
    const vni = unicodeToVni(letter);
    expect(vni).not.toBeNull();
    expect(vniToUnicode(vni!)).toBe(letter);
  });

  it("round-trips whole words in both cases", () => {
    for (const word of ["Nguyễn", "trường", "khuyến", "thuở", "QUYẾT ĐỊNH", "ĐƯỜNG", "Ủy ban", "kỹ thuật"]) {
      expect(vniToUnicode(unicodeToVni(word)!)).toBe(word);
      expect(tcvn3ToUnicode(unicodeToTcvn3(word.toLowerCase())!.text)).toBe(word.toLowerCase());
    }
  });
});

describe("fonts and detection", () => {
  it.each([
    [".VnTime", { encoding: "tcvn3", upper: false }],
    [".VnTimeH", { encoding: "tcvn3", upper: true }],
    [".VnArial NarrowH", { encoding: "tcvn3", upper: true }],
    ["VNI-Times", { encoding: "vni", upper: false }],
    ["VNI-Helve", { encoding: "vni", upper: false }],
    ["Times New Roman", null],
    ["Vni Sans", null],
  ])("font %s → %j", (font, expected) => {
    expect(legacyFont(font)).toEqual(expected);
  });

  it("tells TCVN3 from VNI from Unicode by which reading makes Vietnamese", () => {
    expect(detectLegacyEncoding("KÕ ho¹ch ¸p dông hÖ thèng qu¶n lý chÊt l­îng")).toEqual({ kind: "legacy", encoding: "tcvn3" });
    expect(detectLegacyEncoding("Keá hoaïch aùp duïng heä thoáng quaûn lyù chaát löôïng")).toEqual({ kind: "legacy", encoding: "vni" });
    expect(detectLegacyEncoding("Kế hoạch áp dụng hệ thống quản lý chất lượng")).toEqual({ kind: "unicode" });
    // Vietnamese written with Latin-1 letters only reads well as it is.
    expect(detectLegacyEncoding("Thí điểm: Tháng Bảy")).toEqual({ kind: "unicode" });
    expect(detectLegacyEncoding("Tháng Ý và Pháp")).toEqual({ kind: "unicode" });
    // Too few words to judge: left as it is.
    expect(detectLegacyEncoding("Thµnh")).toEqual({ kind: "unicode" });
  });

  it("checks the shape of syllables, not a dictionary", () => {
    expect(["nghiêng", "khuyến", "giữa", "quý", "trường", "đường", "oanh"].every(isVietnameseSyllable)).toBe(true);
    expect(["hßa", "héi", "chñ", "ảá", "trường1", "nghk"].some(isVietnameseSyllable)).toBe(false);
  });
});

describe("Unicode text is never altered", () => {
  const vietnameseLetter = fc.constantFrom(...allLetters);
  const asciiLetter = fc.constantFrom(..."bcdghklmnpqrstvx".split(""));
  const word = fc.array(fc.oneof(vietnameseLetter, asciiLetter), { minLength: 1, maxLength: 7 }).map((cs) => cs.join(""));
  const text = fc.array(word, { minLength: 1, maxLength: 30 }).map((ws) => ws.join(" "));

  it("leaves any text holding a Vietnamese Unicode letter exactly as it is", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("ă", "đ", "ơ", "ư", "ạ", "ộ", "Ữ", "ĩ", "ũ"), fc.string(), (a, letter, b) => {
        const s = `${a}${letter}${b}`;
        expect(detectLegacyEncoding(s)).toEqual({ kind: "unicode" });
        expect(convertLegacyDocument(s, false).text).toBe(s);
        expect(convertLegacyDocument(`<p>${s}</p>`, true).text).toBe(`<p>${s}</p>`);
      }),
    );
  });

  it("leaves Vietnamese words in Unicode unchanged, however they are mixed", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(convertLegacyDocument(s, false).text).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  it("changes no character outside the legacy tables' range", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abcxyz ,.-/0123456789ĐđộẾ\u4e00€“”".split("")) }), (s) => {
        expect(tcvn3ToUnicode(s)).toBe(s.normalize("NFC"));
      }),
    );
  });
});

describe("convertLegacyDocument", () => {
  it("takes the encoding from a font named in the HTML, however the attribute is quoted", () => {
    for (const style of [`style='font-family:".VnTime"'`, `style="font-family:&quot;.VnTime&quot;"`, `face=".VnTime"`]) {
      const html = `<p ${style}>Tæ chøc</p>`;
      expect(convertLegacyDocument(html, true)).toEqual({ kind: "converted", text: `<p ${style}>Tổ chức</p>`, encoding: "tcvn3", evidence: "font" });
    }
  });

  it("keeps tags and attributes as they are and converts only the text between them", () => {
    const html = `<td class="xl65" style='font-family:"VNI-Times"'>Vaên phoøng <b>Sôû</b></td>`;
    expect(convertLegacyDocument(html, true).text).toBe(`<td class="xl65" style='font-family:"VNI-Times"'>Văn phòng <b>Sở</b></td>`);
  });

  it("says when neither reading makes Vietnamese", () => {
    expect(convertLegacyDocument("Ñ¸ ¸Ñ ÑÑ¸ ¸¸Ñ", false).kind).toBe("undecidable");
  });
});
