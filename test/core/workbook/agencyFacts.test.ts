import { makeGrid } from "../../../src/core/grid/grid";
import { findingText } from "../../../src/core/messages/render";
import { specToGrid } from "../../../src/core/sheet/specGrid";
import { buildAgencySheet, emptyAgencyInfo, readAgencyGrid, type AgencyInfo } from "../../../src/core/workbook/agencySheet";
import {
  agencyChecks,
  asOfDate,
  confirmFacts,
  fillBlankFacts,
  isBlankFact,
  periodConfirmed,
  planAbbreviation,
  proposeFacts,
  reproposeFacts,
  typeFacts,
  unconfirmedFacts,
} from "../../../src/core/workbook/agencyFacts";

/** A 2025 Sở Tư pháp with everything typed (confirmed). */
function typed(): AgencyInfo {
  return {
    ...emptyAgencyInfo(2025),
    governingBody: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
    agencyName: "SỞ TƯ PHÁP",
    agencyShortName: "Sở Tư pháp",
    abbreviation: "STP",
    placeName: "Đồng Tháp",
    signingAuthority: "KT. GIÁM ĐỐC",
    signerTitle: "PHÓ GIÁM ĐỐC",
    signerName: "Lê Thị Hoa",
    periodStart: "2024-12-15",
    periodEnd: "2025-12-14",
    asOf: "2025-12-14",
    planReference: "Kế hoạch số 45/KH-STP ngày 20/01/2025 của Sở Tư pháp",
    proposed: [],
  };
}

describe("proposals and confirmed facts in “Thông tin”", () => {
  it("a new workbook proposes its defaults; the as-of date is unset and the period unconfirmed", () => {
    const info = emptyAgencyInfo(2025);
    // By hand: the six defaults of a new workbook (period, Kính gửi, signer's title, Nơi nhận, drafting unit).
    expect(unconfirmedFacts(info)).toEqual(["periodStart", "periodEnd", "recipientTo", "signerTitle", "recipients", "draftingUnit"]);
    expect(periodConfirmed(info)).toBe(false);
    expect(asOfDate(info)).toBe("2025-12-31");
  });

  it("writes “Đề xuất” / “Đã xác nhận” in column D and reads them back", () => {
    const info = { ...typed(), recipientTo: "Ủy ban nhân dân tỉnh", proposed: ["recipientTo" as const] };
    const spec = buildAgencySheet(info);
    const grid = specToGrid(spec);
    expect(grid.rows[0]).toEqual(["Mục", "Giá trị", "Ghi chú", "Xác nhận"]);
    const row = (label: string) => grid.rows.find((r) => r[0] === label)!;
    expect(row("Kính gửi")[3]).toBe("Đề xuất");
    expect(row("Tên cơ quan (viết hoa)")[3]).toBe("Đã xác nhận");
    expect(row("Số văn bản")[3]).toBe(""); // blank value: nothing to confirm
    const read = readAgencyGrid(grid, 2000);
    expect(read.findings).toEqual([]);
    expect(read.info).toEqual(info);
    // Row 13 by hand: header row 1, fields from row 2, "Kính gửi" is the 12th field.
    expect(read.cells.recipientTo).toBe("B13");
    expect(read.cells.asOf).toBe("B12");
  });

  it("reads a sheet without the “Xác nhận” column (made before it) as all confirmed, however its column D is filled", () => {
    const grid = makeGrid("Thông tin", [
      ["Mục", "Giá trị", "Ghi chú"],
      ["Kính gửi", "Sở Khoa học và Công nghệ", "Đề xuất"], // a hint that happens to say so: not the column
      ["Số liệu từ ngày", "01/01/2024"],
      ["Số liệu đến ngày", "31/10/2024"],
    ]);
    const { info } = readAgencyGrid(grid, 2024);
    expect(info.proposed).toEqual(["signerTitle", "recipients", "draftingUnit"]); // rows the sheet lacks keep the default, proposed
    expect(info.periodEnd).toBe("2024-10-31");
    expect(info.asOf).toBe(""); // no row: the period's end is the as-of date
    expect(asOfDate(info)).toBe("2024-10-31");
  });

  it("reads “Đề xuất — cần xác nhận” and “đề xuất” as proposals, anything else beside a value as confirmed", () => {
    const grid = makeGrid("Thông tin", [
      ["Mục", "Giá trị", "Ghi chú", "Xác nhận"],
      ["Kính gửi", "Sở Khoa học và Công nghệ", "", "Đề xuất — cần xác nhận"],
      ["Chức vụ người ký", "GIÁM ĐỐC", "", "de xuat"],
      ["Nơi nhận", "Như trên", "", "ok"],
      ["Họ và tên người ký", "", "", "Đề xuất"], // blank value: nothing to confirm
    ]);
    const { info } = readAgencyGrid(grid, 2024);
    expect(info.proposed.filter((k) => ["recipientTo", "signerTitle", "recipients", "signerName"].includes(k))).toEqual(["recipientTo", "signerTitle"]);
  });

  it("proposeFacts fills blanks only, as proposals; typeFacts replaces and confirms; confirmFacts confirms what holds a value", () => {
    const base = { ...emptyAgencyInfo(2025), signerName: "Lê Thị Hoa", proposed: [] as AgencyInfo["proposed"] };
    const { info, filled } = proposeFacts(base, { agencyName: "SỞ TƯ PHÁP", signerName: "Trần Văn Nam", abbreviation: "" });
    expect(filled).toEqual(["agencyName"]);
    expect(info.signerName).toBe("Lê Thị Hoa"); // typed before: never replaced
    expect(info.proposed).toEqual(["agencyName"]);

    const { info: after, invalid } = typeFacts(info, { agencyName: "SỞ TƯ PHÁP TỈNH", periodEnd: "14/12/2025", reportDate: "31/02/2025" });
    expect(invalid).toEqual(["reportDate"]);
    expect([after.agencyName, after.periodEnd, after.reportDate]).toEqual(["SỞ TƯ PHÁP TỈNH", "2025-12-14", ""]);
    expect(after.proposed).toEqual([]);

    const withDefaults = emptyAgencyInfo(2025);
    expect(confirmFacts(withDefaults).proposed).toEqual([]);
    expect(confirmFacts({ ...withDefaults, recipientTo: "" }).proposed).toEqual(["recipientTo"]); // nothing to confirm in a blank
    expect(confirmFacts(withDefaults, ["recipientTo"]).proposed).toEqual(["periodStart", "periodEnd", "signerTitle", "recipients", "draftingUnit"]);
  });

  it("reproposeFacts replaces proposals, never a confirmed value", () => {
    const info = { ...emptyAgencyInfo(2025), periodEnd: "2025-12-31", proposed: ["periodStart" as const] };
    const next = reproposeFacts(info, { periodStart: "2024-12-15", periodEnd: "2025-12-14", asOf: "2025-12-14" });
    expect([next.periodStart, next.periodEnd, next.asOf]).toEqual(["2024-12-15", "2025-12-31", "2025-12-14"]);
    expect(next.proposed).toEqual(["periodStart", "asOf"]);
  });
});

describe("checks at the fields", () => {
  const cells = { recipientTo: "B13", signerTitle: "B15", abbreviation: "B5", asOf: "B12", periodEnd: "B11", periodStart: "B10" };
  const codes = (info: AgencyInfo, today?: string) => agencyChecks(info, cells, { today }).map((f) => `${f.code}@${f.cell}`);

  it("a confirmed, consistent record has none", () => {
    expect(codes(typed(), "2025-12-15")).toEqual([]);
  });

  it("groups the proposals into one warning at the first one's cell", () => {
    const [f] = agencyChecks({ ...typed(), proposed: ["recipientTo", "signerTitle"] }, cells);
    expect(f.cell).toBe("B13");
    expect(findingText(f)).toBe(
      "2 mục là giá trị đề xuất, chưa được xác nhận (Kính gửi: Sở Khoa học và Công nghệ; Chức vụ người ký: PHÓ GIÁM ĐỐC); báo cáo còn là bản nháp cho đến khi bạn xác nhận hoặc sửa các mục này",
    );
  });

  it("Kính gửi is not the agency itself, compared by meaning", () => {
    const sokhcn = { ...typed(), agencyName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", agencyShortName: "Sở KH&CN", abbreviation: "SKHCN", planReference: "" };
    expect(codes({ ...sokhcn, recipientTo: "Sở Khoa học và Công nghệ" })).toEqual(["agency_recipient_is_self@B13"]);
    expect(codes({ ...sokhcn, recipientTo: "Ủy ban nhân dân tỉnh Đồng Tháp" })).toEqual([]);
  });

  it("the signer's title fits the signing authority (KT., Q., TM., none)", () => {
    expect(codes({ ...typed(), signingAuthority: "KT. GIÁM ĐỐC", signerTitle: "GIÁM ĐỐC" })).toEqual(["agency_signer_title_mismatch@B15"]);
    expect(codes({ ...typed(), signingAuthority: "", signerTitle: "PHÓ GIÁM ĐỐC" })).toEqual(["agency_signer_title_mismatch@B15"]);
    expect(codes({ ...typed(), signingAuthority: "", signerTitle: "GIÁM ĐỐC" })).toEqual([]);
    expect(codes({ ...typed(), signingAuthority: "Q. GIÁM ĐỐC", signerTitle: "GIÁM ĐỐC" })).toEqual(["agency_signer_title_mismatch@B15"]);
    expect(codes({ ...typed(), signingAuthority: "Q. GIÁM ĐỐC", signerTitle: "PHÓ GIÁM ĐỐC" })).toEqual([]);
    expect(codes({ ...typed(), signingAuthority: "TM. GIÁM ĐỐC", signerTitle: "PHÓ GIÁM ĐỐC" })).toEqual(["agency_signer_title_mismatch@B15"]);
    expect(codes({ ...typed(), signingAuthority: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", signerTitle: "PHÓ CHỦ TỊCH" })).toEqual([]);
    const [f] = agencyChecks({ ...typed(), signingAuthority: "KT. GIÁM ĐỐC", signerTitle: "GIÁM ĐỐC" }, cells);
    expect(findingText(f)).toContain('thường ghi "PHÓ GIÁM ĐỐC"');
  });

  it("the abbreviation is the plan number's", () => {
    expect(planAbbreviation("Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế")).toBe("SYT");
    expect(planAbbreviation("Kế hoạch số 3885/KH-SLĐTBXH ngày 31/12/2022")).toBe("SLĐTBXH");
    expect(planAbbreviation("")).toBeNull();
    expect(codes({ ...typed(), abbreviation: "SNV" })).toEqual(["agency_abbreviation_mismatch@B5"]);
  });

  it("refuses a future as-of date and one outside the period", () => {
    expect(codes({ ...typed(), asOf: "2025-12-20" }, "2025-12-15")).toEqual(["as_of_future@B12"]);
    expect(codes({ ...typed(), asOf: "2024-12-01" }, "2025-12-15")).toEqual(["as_of_outside_period@B12"]);
    expect(codes({ ...typed(), periodEnd: "2024-12-01", asOf: "" })).toEqual(["period_end_before_start@B11"]);
    const [f] = agencyChecks({ ...typed(), asOf: "2025-12-20" }, cells, { today: "2025-12-15" });
    expect(f.severity).toBe("error");
    expect(findingText(f)).toContain("ngày chốt số liệu 20/12/2025 chưa đến (hôm nay là 15/12/2025)");
  });
});

describe("fillBlankFacts: one rule for the facts another record fills", () => {
  it("a blank fact or an unconfirmed default takes the other record's value and status; typed or confirmed facts stay", () => {
    const base = emptyAgencyInfo(2025);
    // The user typed the signer and confirmed "Kính gửi" at its usual value.
    const current: AgencyInfo = { ...base, signerName: "Nguyễn Văn A", proposed: base.proposed.filter((k) => k !== "recipientTo") };
    const last: AgencyInfo = {
      ...base,
      agencyName: "SỞ Y TẾ",
      signerName: "Bùi Văn Kỳ",
      recipientTo: "Sở Khoa học và Công nghệ tỉnh Ninh Thuận",
      signerTitle: "PHÓ GIÁM ĐỐC",
      proposed: [...base.proposed, "agencyName", "signerName"],
    };
    const filled = fillBlankFacts(current, last);
    expect(filled.agencyName).toBe("SỞ Y TẾ"); // blank
    expect(filled.signerTitle).toBe("PHÓ GIÁM ĐỐC"); // the usual value, never confirmed
    expect(filled.signerName).toBe("Nguyễn Văn A"); // typed
    expect(filled.recipientTo).toBe("Sở Khoa học và Công nghệ"); // confirmed, though the usual value
    expect([...filled.proposed].sort()).toEqual(["agencyName", "draftingUnit", "periodEnd", "periodStart", "recipients", "signerTitle"]);
    expect(isBlankFact(current, "recipientTo")).toBe(false);
    expect(isBlankFact(current, "signerTitle")).toBe(true);
    expect(isBlankFact(current, "signerName")).toBe(false);
    expect(isBlankFact(current, "agencyName")).toBe(true);
  });
});
