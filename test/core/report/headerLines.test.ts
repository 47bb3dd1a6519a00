import { headerLines, headerNames } from "../../../src/core/report/headerLines";
import { textWidthPoints } from "../../../src/core/sheet/textMetrics";

/**
 * The header's names broken where the decree's examples break them: between word groups (after
 * a comma or a dash, before "VÀ" or a place designator, after the name's head), never inside one.
 * Expected lines worked out by hand from the block's 170 pt at 12 pt.
 */
describe("headerLines", () => {
  it.each([
    ["SỞ Y TẾ", "SỞ Y TẾ"],
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SỞ KHOA HỌC\nVÀ CÔNG NGHỆ"],
    ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG"],
    ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SỞ VĂN HÓA,\nTHỂ THAO VÀ DU LỊCH"],
    ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "SỞ LAO ĐỘNG -\nTHƯƠNG BINH VÀ XÃ HỘI"],
    ["TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG"],
    ["BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH ĐỒNG NAI", "BAN QUẢN LÝ\nCÁC KHU CÔNG NGHIỆP\nTỈNH ĐỒNG NAI"],
  ])("%s (12 pt bold)", (name, lines) => {
    expect(headerLines(name, 12, true)).toBe(lines);
    for (const line of lines.split("\n")) expect(textWidthPoints(line, 12, true)).toBeLessThanOrEqual(170);
  });

  it("keeps the lines the user typed and breaks the governing body after 'ỦY BAN NHÂN DÂN' when it must", () => {
    expect(headerLines("SỞ KHOA HỌC\n VÀ CÔNG NGHỆ ", 12, true)).toBe("SỞ KHOA HỌC\nVÀ CÔNG NGHỆ");
    expect(headerLines("UBND TỈNH NINH THUẬN", 12, false)).toBe("UBND TỈNH NINH THUẬN");
    expect(headerLines("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", 12, false)).toBe("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH");
  });

  it("writes both names in capitals", () => {
    expect(headerNames({ governingBody: "UBND tỉnh Đồng Tháp", agencyName: "Sở Khoa học và Công nghệ" })).toEqual({
      governingBody: "UBND TỈNH ĐỒNG THÁP",
      agencyName: "SỞ KHOA HỌC\nVÀ CÔNG NGHỆ",
    });
  });
});
