import fc from "fast-check";
import { makeGrid, type CellRange } from "../../../src/core/grid/grid";
import { importDossiers, detectDossierInput, dossierReportJson } from "../../../src/core/dossiers";

/** Cells drawn from dossier-like vocabulary as well as arbitrary text, so the importers' paths are reached. */
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "",
    "Lĩnh vực",
    "Ngày tiếp nhận",
    "Hạn xử lý",
    "Ngày trả kết quả",
    "Trạng thái",
    "Tiếp nhận",
    "Trước hạn",
    "Đúng hạn",
    "Quá hạn",
    "Bổ sung",
    "Rút",
    "Đang giải quyết",
    "Trong hạn",
    "Đã giải quyết",
    "Tổng số",
    "Tổng cộng",
    "(1)",
    "I",
    "Đã trả kết quả",
    "Đang xử lý",
    "Yêu cầu bổ sung",
    "Rút hồ sơ",
    "31/02/2024",
    "2024-10-31",
    "08:30 05/03/2024",
    "12",
    "1.447",
    "-",
    "Toàn tỉnh",
    "Cộng",
    "Lũy kế",
    "Tỷ lệ đúng hạn (%)",
    "Tỷ lệ (%)",
    "98,63%",
    "99,6 %",
    "0.9863",
    "Kỳ trước chuyển sang",
    "Mới tiếp nhận",
    "Trực tuyến",
    "Trực tiếp",
    "Bưu chính",
    "Quá hạn chưa có kết quả",
    "Trước hạn và đúng hạn",
    "54.575",
    "Cấp tỉnh",
  ),
  fc.integer({ min: 0, max: 500 }).map(String),
  fc.date({ min: new Date("2023-01-01"), max: new Date("2025-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const numbering = fc.constant(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
const row = fc.oneof({ weight: 8, arbitrary: fc.array(cell, { maxLength: 14 }) }, { weight: 1, arbitrary: numbering });
const merge: fc.Arbitrary<CellRange> = fc
  .tuple(fc.nat(6), fc.nat(14), fc.nat(3), fc.nat(4))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

describe("importDossiers on arbitrary grids", () => {
  it("never throws and keeps its counts consistent", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 25 }),
        fc.array(merge, { maxLength: 3 }),
        fc.constantFrom("2024-10-31", "2024-12-31", "bad"),
        (rows, merges, asOf) => {
          const grid = makeGrid("P", rows, { merges });
          detectDossierInput(grid);
          const result = importDossiers(grid, { asOf });
          JSON.stringify(dossierReportJson(result));
          const t = result.total;
          for (const rate of [t.onTimeRate, t.goodRateC, t.rates.A, t.rates.B, t.rates.C, t.rates.D])
            if (rate !== null) expect(Number.isFinite(rate)).toBe(true);
          expect(t.rates.A).toBe(t.onTimeRate);
          expect(t.rates.C).toBe(t.goodRateC);
          if (t.sourceRate) expect(t.sourceRate.variant === null ? [] : [t.sourceRate.variant]).toEqual(t.sourceRate.matches.slice(0, 1));
          if (result.input === "list") {
            expect(t.received).toBe(t.early + t.onTime + t.late + t.supplement + t.withdrawn + t.pendingInTime + t.pendingOverdue);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("importDossiers on generated dossier lists", () => {
  const day = fc.integer({ min: 0, max: 729 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
  const asText = (iso: string, style: number) => {
    const [y, m, d] = iso.split("-");
    return style === 0 ? iso : style === 1 ? `${d}/${m}/${y}` : `08:30 ${Number(d)}-${Number(m)}-${y}`;
  };
  const dossier = fc.record({
    field: fc.constantFrom("Dược phẩm", "Mỹ phẩm", "Y tế dự phòng"),
    received: day,
    dueDays: fc.integer({ min: 0, max: 40 }),
    resultDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    status: fc.constantFrom("Đã trả kết quả", "Đang xử lý", "Yêu cầu bổ sung", "Rút hồ sơ", ""),
    style: fc.integer({ min: 0, max: 2 }),
  });
  const plus = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

  it("counts every dossier received by the as-of date exactly once", () => {
    fc.assert(
      fc.property(fc.array(dossier, { minLength: 1, maxLength: 40 }), day, (list, asOf) => {
        const rows = list.map((d) => {
          const status = d.status === "Đã trả kết quả" && d.resultDays === null ? "Đang xử lý" : d.status;
          const result = d.resultDays === null ? "" : asText(plus(d.received, d.resultDays), d.style);
          return [d.field, asText(d.received, d.style), asText(plus(d.received, d.dueDays), d.style), result, status];
        });
        const grid = makeGrid("Hồ sơ", [["Lĩnh vực", "Ngày nhận", "Ngày hẹn trả", "Ngày có kết quả", "Tình trạng"], ...rows]);
        const result = importDossiers(grid, { asOf });
        expect(result.input).toBe("list");
        const t = result.total;
        expect(t.received).toBe(list.filter((d) => d.received <= asOf).length);
        expect(t.received).toBe(t.early + t.onTime + t.late + t.supplement + t.withdrawn + t.pendingInTime + t.pendingOverdue);
        expect(result.byField.reduce((s, f) => s + f.received, 0)).toBe(t.received);
        expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
