import { evidenceMessages } from "../../../src/core/messages/vi/evidence";
import { budgetMessages } from "../../../src/core/messages/vi/budget";

/** Every param any budget or evidence message reads, with a sample value. */
const params = {
  amount: 18_000_000,
  field: "granted",
  item: "Mở rộng",
  granted: 18_000_000,
  disbursed: 19_000_000,
  stated: 20_000_000,
  computed: 21_000_000,
  subject: "duy trì, cải tiến HTQLCL",
  year: 2025,
  items: "Duy trì",
  ceiling: 15_000_000,
  basis: "khoản 6 Điều 4 Thông tư số 116/2015/TT-BTC",
  agencyClass: "cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh",
  consultancy: 45_000_000,
  ownWork: 50_000_000,
  agency: "UBND HUYỆN NINH HẢI",
  reason: "cơ quan cấp huyện không còn từ ngày 01/7/2025",
  text: "Mục tiêu chất lượng 2024",
  reference: "Kế hoạch số 733/KH-SYT ngày 28/02/2024",
  date: "2024-02-28",
  written: "Kế hoạch",
  symbol: "QĐ-SYT",
  typeName: "Quyết định",
  no: "1",
  timing: "Quý I",
  end: "2024-03-31",
  asOf: "2024-10-31",
};

describe.each([
  ["budget", budgetMessages],
  ["evidence", evidenceMessages],
])("%s messages", (_area, messages) => {
  it.each(Object.entries(messages))("%s renders NFC Vietnamese starting lower case, quoting values", (_code, template) => {
    const text = template(params);
    expect(text).toBe(text.normalize("NFC"));
    expect(text).toMatch(/^\p{Ll}/u);
    expect(text).toMatch(/"[^"]+"/);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });
});
