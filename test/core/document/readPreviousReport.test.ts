import { readPreviousReport } from "../../../src/core/document/readPreviousReport";
import { sampleText, seeds } from "../../helpers";

/** Seed 001 (Sở Y tế Ninh Thuận, report on 2024): expected values read off the seed by hand. */
describe("readPreviousReport on seed 001", () => {
  const report = readPreviousReport(sampleText(seeds.report2024).split("\n"))!;

  it("recognises a year-end report about 2024, signed by Bùi Văn Kỳ for Sở Y tế", () => {
    expect(report).not.toBeNull();
    expect(report.year).toBe(2024);
    expect(report.header.agencyShortName).toBe("Sở Y tế");
    expect(report.header.signerName).toBe("Bùi Văn Kỳ");
  });

  it("reads the scope and the 2025 estimate (Duy trì 3.000.000), without the total row", () => {
    expect(report.scope).toBe(
      "Lĩnh vực khám chữa bệnh; Lĩnh vực Mỹ phẩm; Lĩnh vực Trang thiết bị và công trình y tế; Lĩnh vực Y tế dự phòng; Lĩnh vực Dược phẩm; Lĩnh vực Đào tạo và nghiên cứu khoa học; Lĩnh vực Tổ chức cán bộ; Lĩnh vực y, dược cổ truyền.",
    );
    expect(report.estimate).toEqual([{ item: "Duy trì", category: "maintenance", amount: 3_000_000, explanation: "Tiếp tục duy trì, áp dụng HTQLCL" }]);
  });

  it("reads every narrative block of sections II–IV", () => {
    const n = report.narrative;
    expect(n.dossierComment).toMatch(/^Nhìn chung qua thời gian triển khai thực hiện ISO 9001:2015 tại Sở Y tế/);
    expect(n.management.split("\n")).toHaveLength(2);
    expect(n.management).toMatch(/^\+ Ngày 18\/4\/2024, Sở Y tế ban hành Công văn số 1548\/SYT-VP/);
    expect(n.oneStop).toMatch(/^Gắn kết với việc thực hiện quy chế “một cửa”.*khảo sát ý kiến của cá nhân, tổ chức\.\.\.$/);
    expect(n.advantages.split("\n")).toHaveLength(3);
    expect(n.advantages.split("\n")[0]).toBe(
      "- Được sự quan tâm của cơ quan cấp trên trong việc hỗ trợ xây dựng và áp dụng thông qua công tác tập huấn cho đội ngũ cán bộ, công chức.",
    );
    const obstacles = n.obstacles.split("\n");
    expect(obstacles).toHaveLength(4);
    expect(obstacles[0]).toMatch(/^Bên cạnh những thuận lợi trên/);
    // The paragraph cut by the page break ("thời gian tập" / "trung chỉ đạo") is one line again.
    expect(obstacles[3]).toContain("thời gian tập trung chỉ đạo, kiểm tra giám sát chưa thường xuyên");
    const next = n.nextYear.split("\n");
    expect(next).toHaveLength(7);
    expect(next[0]).toBe(
      "a) Tiếp tục duy trì, cải tiến và mở rộng áp dụng Hệ thống quản lý chất lượng TCVN ISO 9001:2015 gắn với thực hiện thủ tục hành chính tại Phòng chuyên môn của Sở;",
    );
    expect(next[4]).toBe("đ) Họp xem xét của lãnh đạo;");
    expect(next[6]).toBe("g) Báo cáo kết quả triển khai ISO năm 2025 và dự trù kinh phí năm 2026.");
    expect(n.proposals).toBe("Không.");
    expect(report.findings).toEqual([]);
  });
});

describe("readPreviousReport on other text", () => {
  it("is null for a plan (seed 003) and for a task table", () => {
    expect(readPreviousReport(sampleText(seeds.ldtbxh2023).split("\n"))).toBeNull();
    expect(readPreviousReport(["TT\tNội dung", "1\tXây dựng kế hoạch"])).toBeNull();
  });
});
