import fc from "fast-check";
import { decodeEntities, foldKey, normalizeCellText } from "../../../src/core/text/normalize";

describe("normalizeCellText", () => {
  it("strips <p>, <b>, <i>, <br> and decodes entities", () => {
    expect(normalizeCellText("<p>- Ban chỉ đạo ISO</p> <p>- C&aacute;c ph&ograve;ng &amp; <i>TT</i></p>")).toBe("- Ban chỉ đạo ISO\n- Các phòng & TT");
    expect(normalizeCellText("Quý&nbsp;II<br/>năm 2024")).toBe("Quý II\nnăm 2024");
    expect(normalizeCellText("<b>TT</b>")).toBe("TT");
  });

  it("gives identical output for decomposed (NFD) input", () => {
    const text = "Tổ chức Hành chính, Tiến độ/ Thời gian";
    expect(normalizeCellText(text.normalize("NFD"))).toBe(normalizeCellText(text));
    fc.assert(fc.property(fc.string(), (s) => normalizeCellText(s.normalize("NFD")) === normalizeCellText(s.normalize("NFC"))));
  });

  it("never throws and always returns NFC", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = normalizeCellText(s);
        return out === out.normalize("NFC");
      }),
    );
  });
});

describe("decodeEntities", () => {
  it("decodes numeric references to Vietnamese letters", () => {
    expect(decodeEntities("Ph&#7909; l&#x1EE5;c")).toBe("Phụ lục");
  });
});

describe("foldKey", () => {
  it("removes diacritics and punctuation for meaning-based matching", () => {
    expect(foldKey("Tiến độ/ Thời gian")).toBe("tien do thoi gian");
    expect(foldKey("Đơn vị chủ trì")).toBe("don vi chu tri");
  });
});

describe("stripMarkup keeps text that only looks like markup", () => {
  it("removes Word and clipboard tags but keeps comparisons and hostile text as data", () => {
    expect(normalizeCellText('<p class=MsoNormal><span style="font-size:13pt">Quý II</span><o:p></o:p></p>')).toBe("Quý II");
    expect(normalizeCellText("Tỷ lệ a<b và c>d")).toBe("Tỷ lệ a<b và c>d");
    expect(normalizeCellText("Tỷ lệ đúng hạn < 95% thì báo cáo")).toBe("Tỷ lệ đúng hạn < 95% thì báo cáo");
    expect(normalizeCellText("<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
    expect(normalizeCellText("Báo cáo <Sở KH&CN> trước 15/12")).toBe("Báo cáo <Sở KH&CN> trước 15/12");
  });
});
