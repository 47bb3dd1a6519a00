import type { PlanTask } from "../../../src/core/plan/plan";
import {
  isNotApplicableReason,
  meaningText,
  reportItemKeys,
  reportItemResults,
  resolveItems,
  tasksForItem,
  type ReportItemKey,
} from "../../../src/core/report/reportItems";
import { textHash, formatMark } from "../../../src/core/report/narrativeMark";

/** A plan task with only what the matcher and the results read. */
const task = (text: string, more: Partial<PlanTask> = {}): PlanTask =>
  ({ no: "1", group: null, task: text, status: "", evidence: "", note: "", ...more }) as unknown as PlanTask;

/** The items a task's wording answers, by key, in the table's order. */
const itemsOf = (text: string): ReportItemKey[] => reportItemKeys.filter((key) => tasksForItem(key, [task(text)]).length > 0);

describe("the eight items found by meaning", () => {
  // The two wordings issue #18 quotes from another agency's 14-task plan: matched to nothing before.
  it("reads 'Công bố lại HTQLCL khi có điều chỉnh, mở rộng phạm vi áp dụng' as item 8", () => {
    expect(itemsOf("Công bố lại HTQLCL khi có điều chỉnh, mở rộng phạm vi áp dụng")).toEqual(["republication"]);
  });

  it("reads 'Rà soát, cập nhật các quy trình nội bộ giải quyết TTHC' as items 3 and 4", () => {
    expect(itemsOf("Rà soát, cập nhật các quy trình nội bộ giải quyết TTHC")).toEqual(["documents", "procedures"]);
  });

  /**
   * Other agencies' wordings, typed from the seeds' plans (seed 002: Sở VHTTDL Quảng Ngãi 2024;
   * seed 003: Sở LĐTBXH Thừa Thiên Huế 2023; seed 000: Sở Y tế Ninh Thuận 2024) and from
   * domain.md's table of the items "as agencies phrase it". Expected items worked out by reading
   * each task as a secretary would.
   */
  it.each<[string, string, ReportItemKey[]]>([
    // seed 002, task 1 (its continuation row holds the re-announcement).
    [
      "002 t1",
      "Xây dựng Kế hoạch áp dụng, duy trì Hệ thống quản lý chất lượng theo tiêu chuẩn Quốc gia TCVN ISO 9001:2015 của Sở Văn hóa, Thể thao và Du lịch năm 2024. Đồng thời, tập trung chỉ đạo các phòng triển khai thực hiện nội dung Kế hoạch\n- Tham mưu Quyết định công bố lại hệ thống quản lý chất lượng tại Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi phù hợp tiêu chuẩn quốc gia TCVN ISO 9001:2015",
      ["plan", "republication"],
    ],
    ["002 t2", "- Xây dựng Chính sách chất lượng, Mục tiêu chất lượng năm 2024 của Sở;\n- Các phòng xây dựng mục tiêu chất lượng của phòng.", ["objectives"]],
    [
      "002 t5",
      "- Rà soát quy trình của các phòng chuyên môn và xây dựng quy trình đối với các TTHC mới ban hành, sửa đổi, bổ sung, bị bãi bỏ thuộc các lĩnh vực;\n- Loại bỏ tài liệu, hồ sơ lỗi thời.",
      ["documents", "procedures"],
    ],
    ["002 t6", "- Xây dựng kế hoạch, chương trình và tổ chức Đánh giá chất lượng nội bộ hệ thống.", ["internalAudit"]],
    ["002 t7", "Tổ chức họp xem xét của lãnh đạo về hệ thống quản lý chất lượng sau đánh giá Lãnh đạo Sở", ["managementReview"]],
    ["002 t8", "Đo lường sự thỏa mãn của khách hàng (lấy nhận xét đánh giá của tổ chức, công dân)", []],
    [
      "003 t1",
      "Xây dựng Kế hoạch xây dựng, áp dụng, duy trì và cải tiến HTQLCL của Sở, các trung tâm thuộc Sở; Mục tiêu chất lượng, Kế hoạch thực hiện Mục tiêu chất lượng năm 2023 của Sở, các phòng, đơn vị, trung tâm thuộc Sở",
      ["plan", "objectives"],
    ],
    // Evaluating the objectives is not setting them; "hiệu lực" without "xác nhận" is not item 7.
    [
      "003 t6",
      "Tổ chức hoạt động đánh giá nội bộ tối thiểu 01 lần/năm trước ngày 30 tháng 8 hằng năm, tổ chức họp xem xét của lãnh đạo ít nhất 02 lần/năm về hiệu lực của HTQLCL, đánh giá Mục tiêu chất lượng năm 2023.",
      ["internalAudit", "managementReview"],
    ],
    ["003 d", "Thực hiện công bố hoặc công bố lại HTQLCL khi có sự điều chỉnh, mở rộng hoặc thu hẹp phạm vi áp dụng.", ["republication"]],
    [
      "000 t4",
      "Rà soát, chỉnh sửa, bổ sung các quy trình, quy định phù hợp với các văn bản quy phạm pháp luật; xây dựng, ban hành lại các quy trình, quy định ISO.",
      ["documents", "procedures"],
    ],
    [
      "000 t5",
      "Thực hiện công bố lại Hệ thống quản lý chất lượng khi có điều chỉnh, mở rộng phạm vi áp dụng Hệ thống quản lý chất lượng (nếu có).",
      ["republication"],
    ],
    // Complying with procedures already written changes no document.
    ["000 t6", "Tuân thủ thực hiện các quy trình, thủ tục đã xây dựng", []],
    ["000 t8", "Xây dựng kế hoạch và tiến hành đánh giá nội bộ.", ["internalAudit"]],
    ["000 t9", "Tổ chức họp xem xét lãnh đạo về Hệ thống quản lý chất lượng.", ["managementReview"]],
    ["000 t12", "Báo cáo kết quả thực hiện, xây dựng áp dụng và duy trì Hệ thống quản lý chất lượng (năm).", []],
    // domain.md §1.2, the items as agencies phrase them, and their abbreviations.
    ["domain 2", "Ban hành/phê duyệt mục tiêu chất lượng năm 2025", ["objectives"]],
    ["domain 7", "Người đứng đầu xác nhận hiệu lực HTQLCL", ["effectiveness"]],
    ["abbrev ĐGNB", "Tổ chức ĐGNB năm 2025", ["internalAudit"]],
    ["abbrev XXLĐ", "Họp XXLĐ 6 tháng cuối năm", ["managementReview"]],
    ["abbrev MTCL", "Phê duyệt MTCL năm 2025 của Trung tâm", ["objectives"]],
  ])("%s: %s", (_, text, expected) => {
    expect(itemsOf(text)).toEqual(expected);
  });

  it("reads a verb with its own clause: 'Công bố' of procedures in one clause is not re-announcing the QMS", () => {
    expect(meaningText("Công bố lại HTQLCL; rà soát TTHC.")).toBe(" cong bo lai he thong quan ly chat luong ; ra soat thu tuc hanh chinh ; ");
  });
});

describe("reportItemResults", () => {
  const plan = "Kế hoạch số 12/KH-STP ngày 10/01/2025 của Sở Tư pháp";

  it("accounts for an item by a matching task's document, or its 'Không thực hiện vì …' note; fills the plan's '(năm)'", () => {
    const results = reportItemResults(
      [
        task("Công bố lại HTQLCL khi có điều chỉnh, mở rộng phạm vi áp dụng", { note: "Không thực hiện vì năm 2025 không điều chỉnh phạm vi" }),
        task("Tổ chức đánh giá nội bộ", { status: "Hoàn thành", evidence: "Báo cáo đánh giá nội bộ (năm)" }),
        task("Họp xem xét của lãnh đạo", { status: "Đang thực hiện", note: "chờ lịch họp" }),
      ],
      plan,
      2025,
    );
    const by = Object.fromEntries(results.map((r) => [r.key, r]));
    expect(by.plan).toMatchObject({ result: plan, found: true });
    expect(by.republication).toMatchObject({ result: "Không thực hiện vì năm 2025 không điều chỉnh phạm vi", found: true });
    expect(by.internalAudit).toMatchObject({ result: "Báo cáo đánh giá nội bộ năm 2025", found: true });
    // A task without a document nor a reason: told by its status and note, not accounted for.
    expect(by.managementReview).toMatchObject({ result: "Đang thực hiện — chờ lịch họp", found: false });
    expect(by.objectives).toMatchObject({ result: "Không có nhiệm vụ tương ứng trong kế hoạch", found: false });
  });

  it("a note that is not a reason ('chờ phê duyệt') does not account for an item", () => {
    expect(isNotApplicableReason("Không thực hiện vì chưa thay đổi phạm vi")).toBe(true);
    expect(isNotApplicableReason("không thực hiện VÌ lý do khác")).toBe(true);
    expect(isNotApplicableReason("Chưa thực hiện")).toBe(false);
    expect(isNotApplicableReason("Sẽ làm. Không thực hiện vì …")).toBe(false);
  });
});

describe("resolveItems", () => {
  const auto = reportItemResults([task("Tổ chức đánh giá nội bộ")], "", 2025);

  it("a row the secretary wrote is the item's result: accounted for with a document number or a reason, not with prose", () => {
    const { results, rows } = resolveItems(
      {
        texts: {
          internalAudit: "Quyết định số 12/QĐ-STP ngày 05/9/2025",
          managementReview: "Đã họp trong tháng 10",
          effectiveness: "Không thực hiện vì chưa đến kỳ",
        },
        marks: {},
      },
      auto,
    );
    const by = Object.fromEntries(results.map((r) => [r.key, r]));
    expect(by.internalAudit).toMatchObject({ result: "Quyết định số 12/QĐ-STP ngày 05/9/2025", found: true });
    expect(by.managementReview).toMatchObject({ result: "Đã họp trong tháng 10", found: false });
    expect(by.effectiveness).toMatchObject({ result: "Không thực hiện vì chưa đến kỳ", found: true });
    expect(rows.internalAudit.mark).toBe("");
  });

  it("a row still holding what the tasks gave follows the tasks again", () => {
    const before = reportItemResults([task("Tổ chức đánh giá nội bộ", { evidence: "Kế hoạch số 3/KH-STP" })], "", 2025);
    const written = resolveItems(null, before).rows.internalAudit;
    expect(written.text).toBe("Kế hoạch số 3/KH-STP");
    expect(written.mark).toBe(formatMark({ kind: "draft", hash: textHash("Kế hoạch số 3/KH-STP"), base: "standard" }));
    const after = reportItemResults([task("Tổ chức đánh giá nội bộ", { evidence: "Báo cáo số 9/BC-STP" })], "", 2025);
    const again = resolveItems({ texts: { internalAudit: written.text }, marks: { internalAudit: written.mark } }, after);
    expect(again.results.find((r) => r.key === "internalAudit")).toMatchObject({ result: "Báo cáo số 9/BC-STP", found: true });
  });
});
