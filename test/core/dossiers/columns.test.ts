import { makeGrid } from "../../../src/core/grid/grid";
import { findListLayout, listRoleScore } from "../../../src/core/dossiers/columns";
import { findAggregateLayout, aggregateColumnKind } from "../../../src/core/dossiers/aggregateColumns";
import { detectDossierInput } from "../../../src/core/dossiers/detect";

describe("list columns found by meaning", () => {
  it("reads the sample export's headers", () => {
    const grid = makeGrid("Export", [
      ["Số hồ sơ", "Tên thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Hạn xử lý", "Ngày trả kết quả", "Trạng thái"],
      ["H1", "Cấp phép", "Dược phẩm", "2024-02-16", "2024-02-28", "2024-02-25", "Đã trả kết quả"],
    ]);
    expect(findListLayout(grid)).toEqual({ headerRow: 0, columns: { field: 2, received: 3, due: 4, result: 5, status: 6 } });
  });

  it("reads headers without diacritics, in capitals, in another order, below title rows", () => {
    const grid = makeGrid("DS", [
      ["DANH SACH HO SO NAM 2024"],
      [""],
      ["STT", "TINH TRANG", "NGAY HOAN THANH", "NGAY HEN TRA", "MA HO SO", "NGAY NHAN", "LINH VUC"],
      ["1", "Dang xu ly", "", "15/03/2024", "X1", "01/03/2024", "My pham"],
      ["2", "Da tra", "10/03/2024", "12/03/2024", "X2", "02/03/2024", "My pham"],
    ]);
    expect(findListLayout(grid)).toEqual({ headerRow: 2, columns: { status: 1, result: 2, due: 3, received: 5, field: 6 } });
  });

  it("reads a two-row header where 'Ngày' groups the dates, with other wording", () => {
    const grid = makeGrid(
      "Sổ theo dõi",
      [
        ["Mã hồ sơ", "Tên lĩnh vực", "Người tiếp nhận", "Ngày", "", "", "Tình trạng xử lý"],
        ["", "", "", "Nộp hồ sơ", "Hẹn trả", "Có kết quả", ""],
        ["A", "Y tế dự phòng", "Chị Lan", "08:30 05/03/2024", "20/03/2024", "18/03/2024 16:00", "Hoàn thành"],
      ],
      { merges: [{ top: 0, left: 3, bottom: 0, right: 5 }] },
    );
    expect(findListLayout(grid)).toEqual({ headerRow: 1, columns: { field: 1, received: 3, due: 4, result: 5, status: 6 } });
  });

  it("prefers 'Ngày có kết quả' to 'Ngày trả kết quả' and keeps 'Thời hạn giải quyết' as the due date", () => {
    const grid = makeGrid("X", [
      ["Lĩnh vực", "Ngày nhận hồ sơ", "Thời hạn giải quyết", "Ngày trả kết quả", "Ngày có kết quả"],
      ["Dược", "2024-01-02", "2024-01-20", "2024-01-19", "2024-01-18"],
    ]);
    expect(findListLayout(grid)?.columns).toEqual({ field: 0, received: 1, due: 2, result: 4 });
  });

  it("scores captions diacritics-insensitively and rejects look-alikes", () => {
    expect(listRoleScore("Ngày hẹn trả kết quả", "result")).toBe(0);
    expect(listRoleScore("Ngày hẹn trả kết quả", "due")).toBeGreaterThan(0);
    expect(listRoleScore("ngay tiep nhan", "received")).toBeGreaterThan(0);
    expect(listRoleScore("Người tiếp nhận", "received")).toBe(0);
    expect(listRoleScore("Số ngày quá hạn", "due")).toBe(0);
    expect(listRoleScore("Hạn giải quyết", "due")).toBeGreaterThan(0);
    expect(listRoleScore("Ngày trả kết quả", "received")).toBe(0);
    expect(listRoleScore("Ngày nhận kết quả", "received")).toBe(0);
    expect(listRoleScore("Ngày nhận kết quả", "result")).toBeGreaterThan(0);
    expect(listRoleScore("Ngày có KQ", "result")).toBeGreaterThan(0);
  });

  it("does not take a header over non-dates for a list", () => {
    const grid = makeGrid("X", [
      ["Lĩnh vực", "Ngày tiếp nhận", "Hạn xử lý"],
      ["Dược", "391", "343"],
    ]);
    expect(findListLayout(grid)).toBeNull();
  });
});

describe("aggregate columns found by meaning", () => {
  it("reads a one-row header with a bare second 'quá hạn' after the pending columns", () => {
    const grid = makeGrid("Bảng", [
      ["Lĩnh vực", "Tiếp nhận", "Trước hạn", "Đúng hạn", "Quá hạn", "Bổ sung", "Rút", "Đang giải quyết trong hạn", "quá hạn"],
      ["Dược", "10", "3", "2", "1", "1", "0", "2", "1"],
    ]);
    expect(findAggregateLayout(grid)?.roles).toEqual({
      received: 1,
      early: 2,
      onTime: 3,
      late: 4,
      supplement: 5,
      withdrawn: 6,
      pendingInTime: 7,
      pendingOverdue: 8,
    });
    expect(findAggregateLayout(grid)?.labelCol).toBe(0);
  });

  it("reads a two-row header without merges (pasted text) and takes the printed on-time rate column", () => {
    const grid = makeGrid("Bảng", [
      ["STT", "Linh vuc", "So ho so nhan", "Da giai quyet", "", "", "Ty le dung han (%)", "Dang giai quyet", ""],
      ["", "", "", "Truoc han", "Dung han", "Tre han", "", "Trong han", "Qua han"],
      ["1", "Duoc", "10", "3", "2", "1", "83", "3", "1"],
    ]);
    const layout = findAggregateLayout(grid);
    expect(layout?.roles).toEqual({ received: 2, early: 3, onTime: 4, late: 5, printedRate: 6, pendingInTime: 7, pendingOverdue: 8 });
    expect(layout?.labelCol).toBe(1);
    expect(layout?.ttCol).toBe(0);
    expect(layout?.dataStart).toBe(2);
  });

  it("classifies single captions", () => {
    expect(aggregateColumnKind({ group: "Đang giải quyết", own: "Quá hạn" })).toBe("pendingOverdue");
    expect(aggregateColumnKind({ group: "Đã giải quyết", own: "Quá hạn" })).toBe("late");
    expect(aggregateColumnKind({ group: "Đã giải quyết", own: "Tổng số" })).toBe("resolved");
    expect(aggregateColumnKind({ group: "Tiếp nhận", own: "Từ kỳ trước" })).toBe("receivedPrevious");
    expect(aggregateColumnKind({ group: "", own: "Trả kết quả trước và đúng hạn" })).toBe("earlyOrOnTime");
    expect(aggregateColumnKind({ group: "", own: "Tỷ lệ trước hạn" })).toBeNull();
  });
});

describe("detectDossierInput", () => {
  it("tells the three inputs apart", () => {
    const list = makeGrid("L", [
      ["Lĩnh vực", "Ngày nhận", "Hạn giải quyết"],
      ["Mỹ phẩm", "01/03/2024", "15/03/2024"],
    ]);
    const aggregate = makeGrid("A", [
      ["Lĩnh vực", "Tiếp nhận", "Đúng hạn", "Quá hạn"],
      ["Mỹ phẩm", "5", "4", "1"],
    ]);
    const numbers = Array.from({ length: 13 }, (_, i) => `(${i + 1})`);
    const form = makeGrid("F", [["TT", "Lĩnh vực"], numbers, ["1", "Mỹ phẩm", ...Array(11).fill("0")]]);
    expect(detectDossierInput(list)).toBe("list");
    expect(detectDossierInput(aggregate)).toBe("aggregate");
    expect(detectDossierInput(form)).toBe("form06a");
    expect(
      detectDossierInput(
        makeGrid("N", [
          ["Nội dung", "Tiến độ"],
          ["Họp", "Quý I"],
        ]),
      ),
    ).toBeNull();
    expect(detectDossierInput(makeGrid("E", []))).toBeNull();
  });
});

describe("list columns checked against their cells", () => {
  it("does not take a number-of-days column for the due date", () => {
    const grid = makeGrid("X", [
      ["Lĩnh vực", "Ngày tiếp nhận", "Thời hạn giải quyết (ngày)", "Ngày hẹn", "Ngày trả kết quả", "Trạng thái"],
      ["Dược", "2024-01-02", "15", "2024-01-23", "2024-01-19", "Đã trả kết quả"],
      ["Dược", "2024-01-03", "15", "2024-01-24", "", "Đang xử lý"],
    ]);
    expect(findListLayout(grid)?.columns).toEqual({ field: 0, received: 1, due: 3, result: 4, status: 5 });
  });
});
