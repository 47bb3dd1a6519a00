import { paramsOf } from "../../../src/core/findings/finding";
import { tsvToGrid } from "../../../src/core/grid/tsv";
import { dedupeRecipients, isExternalUnit } from "../../../src/core/nextYear/isoPlan";
import { nextYear } from "../../../src/core/nextYear/nextYear";
import { buildPlanDocument } from "../../../src/core/nextYear/planDocument";
import { renderFinding } from "../../../src/core/messages/render";
import { importPlan } from "../../../src/core/plan/importPlan";
import { requiredActivityFindings } from "../../../src/core/plan/requiredActivities";
import { emptyNarrative, narrativeKeys } from "../../../src/core/report/narrative";
import type { TrackingRead } from "../../../src/core/report/readTracking";
import { resolveItems } from "../../../src/core/report/reportItems";
import type { NarrativeRows } from "../../../src/core/report/resolveNarrative";
import { runsText, type TableBlock } from "../../../src/core/report/model";
import { emptyAgencyInfo } from "../../../src/core/workbook/agencySheet";

/**
 * A Sở Công Thương's 2025 plan of 19 tasks in two groups, as the issue describes the one a new user
 * tried: it lacks five of the yearly activities (internal audit, management review, satisfaction
 * survey, updating procedures, re-announcement), three tasks are led by other bodies (Sở Tài chính,
 * Sở Giáo dục và Đào tạo, a business association), one led by the association has a unit of the Sở
 * supporting; the 2026 estimate is 30.000.000 đồng for maintenance; "Nơi nhận" names the People's
 * Committee twice.
 */
const table = `TT\tNội dung/Nhiệm vụ\tSản phẩm\tThời gian\tĐơn vị thực hiện
I\tXÂY DỰNG, DUY TRÌ HTQLCL\t\t\t
1\tBan hành Kế hoạch áp dụng, duy trì HTQLCL năm 2025\tKế hoạch\tTháng 01/2025\tVăn phòng Sở
2\tXây dựng mục tiêu chất lượng năm 2025 của Sở\tQuyết định\tTháng 01/2025\tVăn phòng Sở
3\tKiện toàn Ban Chỉ đạo ISO\tQuyết định\tTháng 02/2025\tVăn phòng Sở
4\tPhổ biến, đào tạo HTQLCL cho công chức\tLớp tập huấn\tQuý II/2025\tVăn phòng Sở
5\tÁp dụng các quy trình đã ban hành\tHồ sơ công việc\tThường xuyên\tCác phòng thuộc Sở
6\tSố hóa hồ sơ giải quyết thủ tục hành chính\tHồ sơ điện tử\tQuý III/2025\tVăn phòng Sở
7\tĐăng tải tài liệu HTQLCL trên cổng thông tin điện tử của Sở\tTrang thông tin\tQuý I/2025\tVăn phòng Sở
8\tKiểm tra việc thực hiện quy trình tại các phòng\tBiên bản kiểm tra\tQuý III/2025\tThanh tra Sở
9\tTiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính\tSổ theo dõi\tThường xuyên\tVăn phòng Sở
10\tBáo cáo kết quả áp dụng HTQLCL năm 2025\tBáo cáo\tTháng 12/2025\tVăn phòng Sở
II\tHỖ TRỢ DOANH NGHIỆP ÁP DỤNG HỆ THỐNG QUẢN LÝ\t\t\t
11\tHướng dẫn doanh nghiệp xây dựng hệ thống quản lý\tTài liệu hướng dẫn\tQuý II/2025\tChủ trì: Hiệp hội Doanh nghiệp tỉnh; Phối hợp: Phòng Quản lý Công nghiệp
12\tBố trí kinh phí hỗ trợ doanh nghiệp\tQuyết định giao kinh phí\tQuý I/2025\tSở Tài chính
13\tĐào tạo nguồn nhân lực quản lý chất lượng cho doanh nghiệp\tLớp đào tạo\tQuý III/2025\tSở Giáo dục và Đào tạo
14\tTổ chức hội thảo năng suất, chất lượng\tHội thảo\tQuý III/2025\tHiệp hội Doanh nghiệp tỉnh
15\tKhảo sát nhu cầu áp dụng hệ thống quản lý của doanh nghiệp\tBáo cáo khảo sát\tQuý II/2025\tPhòng Quản lý Công nghiệp
16\tXây dựng mô hình điểm áp dụng công cụ cải tiến\tMô hình\tQuý III/2025\tPhòng Quản lý Công nghiệp
17\tTuyên truyền về năng suất, chất lượng\tTin bài\tThường xuyên\tVăn phòng Sở
18\tTổng hợp kết quả hỗ trợ doanh nghiệp\tBáo cáo tổng hợp\tTháng 11/2025\tPhòng Quản lý Công nghiệp
19\tĐề xuất nhiệm vụ hỗ trợ năm sau\tVăn bản đề xuất\tTháng 12/2025\tPhòng Quản lý Công nghiệp`;

function read2025(): TrackingRead {
  const plan = importPlan([tsvToGrid("Nhiệm vụ", table)], { year: 2025 })!;
  return {
    agency: {
      ...emptyAgencyInfo(2025),
      governingBody: "UBND TỈNH ĐỒNG THÁP",
      agencyName: "SỞ CÔNG THƯƠNG",
      agencyShortName: "Sở Công Thương",
      abbreviation: "SCT",
      placeName: "Đồng Tháp",
      recipientTo: "Sở Khoa học và Công nghệ",
      recipients: ["Ủy ban nhân dân tỉnh Đồng Tháp", "UBND tỉnh (b/c)", "Giám đốc, các Phó Giám đốc Sở", "Các phòng, đơn vị thuộc Sở"],
      signingAuthority: "GIÁM ĐỐC",
      signerTitle: "",
      signerName: "Nguyễn Văn A",
    },
    tasks: plan.tasks,
    dossiers: {} as TrackingRead["dossiers"],
    dossierFields: [],
    budget: {
      granted: [{ item: "Duy trì", category: "maintenance", granted: 10_000_000, disbursed: 10_000_000, note: "" }],
      estimate: [{ item: "Duy trì, cải tiến HTQLCL", category: "maintenance", amount: 30_000_000, explanation: "" }],
    },
    refs: {} as TrackingRead["refs"],
    findings: plan.findings,
    // No "Nhận xét" sheet: next year's blocks are drafted from next year's figures.
    narrative: emptyNarrative(),
    narrativeRows: Object.fromEntries(narrativeKeys.map((k) => [k, { text: "", mark: "", note: "" }])) as NarrativeRows,
    narrativeBlocks: [],
    narrativeCells: {},
    narrativeDrafted: true,
    items: [],
    itemRows: resolveItems(null, []).rows,
    places: { agency: {}, items: {} },
  };
}

describe("next year's plan is an ISO plan (2025 → 2026)", () => {
  const read = read2025();
  const next = nextYear(read, []);
  const plan = buildPlanDocument(next.data);
  const appendix = plan.appendix!.blocks[0] as TableBlock;
  const rows = appendix.rows.map((r) => r.map(runsText));

  it("starts from a plan the product warns lacks five yearly activities", () => {
    expect(requiredActivityFindings(read.tasks, "Nhiệm vụ").map((f) => paramsOf(f).activity)).toEqual([
      "đánh giá nội bộ",
      "xem xét của lãnh đạo",
      "đo lường sự hài lòng của khách hàng",
      "cập nhật quy trình khi văn bản quy phạm pháp luật thay đổi",
      "công bố lại HTQLCL khi điều chỉnh phạm vi áp dụng",
    ]);
  });

  it("adds each missing activity to the Phụ lục, marked 'bổ sung theo quy định', in a group of its own numbered on", () => {
    const added = next.data.tasks.filter((t) => t.task.endsWith("(bổ sung theo quy định)"));
    // 19 tasks less the 3 dropped, renumbered 1–16 without gaps; the added ones 17–21.
    expect(next.data.tasks.slice(0, 16).map((t) => t.no)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(added.map((t) => [t.no, t.group])).toEqual([
      ["17", "III. NHIỆM VỤ BỔ SUNG THEO QUY ĐỊNH"],
      ["18", "III. NHIỆM VỤ BỔ SUNG THEO QUY ĐỊNH"],
      ["19", "III. NHIỆM VỤ BỔ SUNG THEO QUY ĐỊNH"],
      ["20", "III. NHIỆM VỤ BỔ SUNG THEO QUY ĐỊNH"],
      ["21", "III. NHIỆM VỤ BỔ SUNG THEO QUY ĐỊNH"],
    ]);
    expect(requiredActivityFindings(next.data.tasks, "Nhiệm vụ")).toEqual([]);
    expect(added[0].task).toBe("Tổ chức đánh giá nội bộ HTQLCL năm 2026; khắc phục các điểm không phù hợp (bổ sung theo quy định)");
    expect(added[0].units.lead.map((u) => u.name)).toEqual(["Ban Chỉ đạo ISO"]);
    expect(added[0].note).toContain("Quyết định 19/2014/QĐ-TTg");
    expect(rows.some((r) => r[1] === "III. NHIỆM VỤ BỔ SUNG THEO QUY ĐỊNH")).toBe(true);
    const finding = next.findings.find((f) => f.code === "next_year_supplemented")!;
    expect(renderFinding(finding)).toContain("bổ sung 5 nhiệm vụ bắt buộc hằng năm");
  });

  it("keeps a task led outside the Sở only where a unit of the Sở supports it, and lists the others", () => {
    const texts = next.data.tasks.map((t) => t.task);
    expect(texts).toContain("Hướng dẫn doanh nghiệp xây dựng hệ thống quản lý"); // Hiệp hội chủ trì, Phòng Quản lý Công nghiệp phối hợp
    expect(texts).not.toContain("Bố trí kinh phí hỗ trợ doanh nghiệp");
    expect(texts).not.toContain("Đào tạo nguồn nhân lực quản lý chất lượng cho doanh nghiệp");
    expect(texts).not.toContain("Tổ chức hội thảo năng suất, chất lượng");
    const dropped = next.findings.find((f) => f.code === "next_year_external_dropped")!;
    expect(renderFinding(dropped)).toContain(
      "3 nhiệm vụ do đơn vị ngoài cơ quan chủ trì không được đưa vào kế hoạch năm 2026: 12 (Sở Tài chính); 13 (Sở Giáo dục và Đào tạo); 14 (Hiệp hội Doanh nghiệp tỉnh)",
    );
    // A plan numbered again in each section names each task by its section ("II.1"), never "1 (…); 1 (…)".
    const sections = nextYear(
      {
        ...read,
        tasks: read.tasks.map((t) =>
          t.no === "12"
            ? { ...t, no: "1", group: "II. HỖ TRỢ DOANH NGHIỆP" }
            : t.no === "13" || t.no === "14"
              ? { ...t, no: String(Number(t.no) - 11), group: "II. HỖ TRỢ DOANH NGHIỆP" }
              : { ...t, group: "I. NHIỆM VỤ CỦA CƠ QUAN" },
        ),
      },
      [],
    );
    expect(renderFinding(sections.findings.find((f) => f.code === "next_year_external_dropped")!)).toContain(
      ": II.1 (Sở Tài chính); II.2 (Sở Giáo dục và Đào tạo); II.3 (Hiệp hội Doanh nghiệp tỉnh)",
    );
    // The user's "giữ trong kế hoạch" keeps one.
    const kept = nextYear({ ...read, tasks: read.tasks.map((t) => (t.no === "12" ? { ...t, note: "Giữ trong kế hoạch" } : t)) }, []);
    expect(kept.data.tasks.map((t) => t.task)).toContain("Bố trí kinh phí hỗ trợ doanh nghiệp");
  });

  it("dates every task in 2026", () => {
    for (const t of next.data.tasks) {
      if (t.timing.start) expect(t.timing.start.slice(0, 4)).toBe("2026");
      if (t.timing.end) expect(t.timing.end.slice(0, 4)).toBe("2026");
    }
  });

  it("is a DỰ THẢO naming the excess over TT 116/2015's 15.000.000 đồng a year for maintenance", () => {
    expect(plan.draft).toBe(true);
    expect(plan.missing).toContain(
      "Kinh phí: 30.000.000 đồng duy trì, cải tiến HTQLCL vượt mức tối đa 15.000.000 đồng/năm (khoản 6 Điều 4 Thông tư số 116/2015/TT-BTC) là 15.000.000 đồng",
    );
    const within = buildPlanDocument({ ...next.data, budget: { ...next.data.budget, granted: [{ ...next.data.budget.granted[0], granted: 15_000_000 }] } });
    expect(within.missing.some((m) => m.includes("vượt mức"))).toBe(false);
  });

  it("lists each recipient once by meaning, the (b/c) form kept", () => {
    expect(plan.footer.recipients).toEqual([
      "- Sở Khoa học và Công nghệ;",
      "- Ủy ban nhân dân tỉnh Đồng Tháp (b/c);",
      "- Giám đốc, các Phó Giám đốc Sở;",
      "- Các phòng, đơn vị thuộc Sở;",
      "- Lưu: VT, VP.",
    ]);
  });

  it("keeps each group heading row with the row after it", () => {
    // By hand: group I, tasks 1–10, group II, tasks 11 and 15–19 (12–14 dropped), group III.
    expect(appendix.boldRows).toEqual([0, 11, 18]);
    expect(appendix.keepWithNextRows).toEqual([0, 11, 18]);
    expect(rows[11][1]).toBe("II. HỖ TRỢ DOANH NGHIỆP ÁP DỤNG HỆ THỐNG QUẢN LÝ");
  });

  it("cites the bases in force in 2026 (NĐ 118/2025 for the one-stop mechanism)", () => {
    const bases = plan.blocks.flatMap((b) => (b.kind === "paragraph" && b.style === "basis" ? [runsText(b.runs)] : []));
    expect(bases.join("\n")).toContain("Nghị định số 118/2025/NĐ-CP");
    expect(bases.join("\n")).not.toContain("61/2018");
  });

  it("from 2027: a task to follow the move to ISO 9001:2026, without a conversion deadline", () => {
    const y2026: TrackingRead = { ...read2025(), agency: { ...read2025().agency, year: 2026 }, tasks: next.data.tasks };
    const n2027 = nextYear(y2026, []);
    const follow = n2027.data.tasks.filter((t) => t.task.includes("ISO 9001:2026"));
    expect(follow).toHaveLength(1);
    expect(follow[0].timing).toMatchObject({ start: "2027-01-01", end: "2027-12-31" });
    expect(follow[0].task).toMatch(/khi có Tiêu chuẩn quốc gia TCVN tương ứng và hướng dẫn của Bộ Khoa học và Công nghệ/u);
    expect(`${follow[0].task} ${follow[0].output}`).not.toMatch(/trước ngày|hạn chót|thời hạn chuyển đổi/iu);
    // Not for 2026, and not twice.
    expect(next.data.tasks.some((t) => t.task.includes("9001:2026"))).toBe(false);
    expect(
      nextYear({ ...y2026, agency: { ...y2026.agency, year: 2027 }, tasks: n2027.data.tasks }, []).data.tasks.filter((t) => t.task.includes("9001:2026")),
    ).toHaveLength(1);
  });
});

describe("who is outside the agency; which recipients are one", () => {
  const agency = { ...emptyAgencyInfo(2026), agencyName: "SỞ Y TẾ", agencyShortName: "Sở Y tế" };
  it.each([
    ["Sở Tài chính", true],
    ["UBND huyện Ninh Hải", true],
    ["Hiệp hội Doanh nghiệp tỉnh", true],
    ["Sở Y tế", false],
    ["Văn phòng Sở", false],
    ["Bộ phận Một cửa", false],
    ["Hội đồng thẩm định", false],
    ["Ban Chỉ đạo ISO", false],
  ] as const)("%s → %s", (name, external) => {
    expect(isExternalUnit(name, agency)).toBe(external);
  });

  it("merges abbreviations and the province's name, keeps distinct bodies", () => {
    expect(dedupeRecipients(["UBND tỉnh (b/c)", "Ủy ban nhân dân tỉnh Khánh Hòa"], "Khánh Hòa")).toEqual(["Ủy ban nhân dân tỉnh Khánh Hòa (b/c)"]);
    expect(dedupeRecipients(["Sở KH&CN", "Sở Khoa học và Công nghệ (để b/c)"], "")).toEqual(["Sở Khoa học và Công nghệ (để b/c)"]);
    expect(dedupeRecipients(["UBND tỉnh", "HĐND tỉnh", "Sở Tài chính"], "Đồng Tháp")).toEqual(["UBND tỉnh", "HĐND tỉnh", "Sở Tài chính"]);
  });
});
