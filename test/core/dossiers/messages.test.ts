import { dossierMessages } from "../../../src/core/messages/vi/dossiers";

const params = {
  asOf: "31/10/2024",
  text: "31/02/2024",
  status: "Đã trả kết quả",
  result: "09/05/2024",
  received: "10/05/2024",
  due: "05/05/2024",
  count: 3,
  firstCell: "D7",
  row: "Mỹ phẩm",
  identity: "(3) = (4) + (5) + (6)",
  leftCells: "C9",
  rightCells: "D9 + E9 + F9",
  left: 80,
  right: 75,
  column: "(6)",
  stated: 25,
  sum: 20,
  from: "15/12/2024",
  to: "14/12/2025",
  header: "Trước và đúng hạn",
  totalCell: "F7",
  cells: "F8:F10",
  printed: "98,63%",
  missing: "số hồ sơ tiếp nhận",
  what: "tỷ lệ quá hạn (quá hạn / đã giải quyết)",
  part: "Trong đó: trực tuyến",
  partCells: "D5",
  partValue: 700,
  whole: "Tiếp nhận",
  wholeCell: "C5",
  wholeValue: 650,
  period: "01/07/2025",
  items: "7 chờ tiếp nhận, 3 không được tiếp nhận",
  A: "98,6%",
  B: "90%",
  C: "95%",
  D: "97%",
  variant: "B — tỷ lệ trên số tiếp nhận",
  formula: "(trước hạn + đúng hạn) / tiếp nhận",
  fields: '"Lý lịch tư pháp"',
};

describe("dossier messages", () => {
  it.each(Object.entries(dossierMessages))("%s renders NFC Vietnamese starting in lower case", (_code, template) => {
    const text = template(params);
    expect(text).toBe(text.normalize("NFC"));
    expect(text).not.toMatch(/undefined|\$\{/);
    expect(text[0]).toBe(text[0].toLowerCase());
    expect(text).toMatch(/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/);
  });

  it("quotes the values it names", () => {
    expect(dossierMessages.dossier_date_unreadable(params)).toBe('không hiểu ngày "31/02/2024"');
    expect(dossierMessages.dossier_status_unknown(params)).toContain('"31/02/2024"');
    expect(dossierMessages.dossier_identity_mismatch(params)).toBe('dòng "Mỹ phẩm": (3) = (4) + (5) + (6) không khớp: C9 là 80 nhưng D9 + E9 + F9 là 75');
  });
});
