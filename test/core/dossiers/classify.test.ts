import { classifyDossier, type DossierFacts } from "../../../src/core/dossiers/classify";
import { statusKind } from "../../../src/core/dossiers/status";

const asOf = "2024-10-31";
const facts = (over: Partial<DossierFacts>): DossierFacts => ({ received: "2024-10-01", due: "2024-10-20", result: null, status: "pending", ...over });
const category = (over: Partial<DossierFacts>) => {
  const c = classifyDossier(facts(over), asOf);
  return c.kind === "counted" ? c.category : c.reason;
};

describe("classifyDossier", () => {
  it("judges a result against the due date", () => {
    expect(category({ status: "done", result: "2024-10-19" })).toBe("early");
    expect(category({ status: "done", result: "2024-10-20" })).toBe("onTime");
    expect(category({ status: "done", result: "2024-10-21" })).toBe("late");
    expect(category({ status: "refused", result: "2024-10-21" })).toBe("late");
  });

  it("judges a pending dossier at the as-of date", () => {
    expect(category({ due: "2024-10-31" })).toBe("pendingInTime");
    expect(category({ due: "2024-11-01" })).toBe("pendingInTime");
    expect(category({ due: "2024-10-30" })).toBe("pendingOverdue");
  });

  it("excludes what was received after the as-of date, and keeps what was received on it", () => {
    expect(category({ received: "2024-11-01", due: "2024-11-15" })).toBe("received_after_as_of");
    expect(category({ received: "2024-10-31", due: "2024-11-15" })).toBe("pendingInTime");
  });

  it("treats an end state dated after the as-of date as pending at that date", () => {
    const c = classifyDossier(facts({ status: "done", due: "2024-10-25", result: "2024-11-02" }), asOf);
    expect(c).toEqual({ kind: "counted", category: "pendingOverdue", endedAfterAsOf: true });
    expect(category({ status: "done", due: "2024-11-05", result: "2024-11-02" })).toBe("pendingInTime");
    expect(category({ status: "done", due: "2024-10-31", result: "2024-10-31" })).toBe("onTime");
  });

  it("counts supplement requests and withdrawals without needing a due date", () => {
    expect(category({ status: "supplement", due: null })).toBe("supplement");
    expect(category({ status: "withdrawn", due: null })).toBe("withdrawn");
  });

  it("decides an empty or unknown status from the result date", () => {
    expect(category({ status: "none", result: "2024-10-20" })).toBe("onTime");
    expect(category({ status: "unknown", result: null, due: "2024-10-01" })).toBe("pendingOverdue");
  });

  it("refuses to guess without the needed dates", () => {
    expect(category({ status: "done", result: null })).toBe("result_missing");
    expect(category({ status: "done", result: "2024-10-02", due: null })).toBe("due_missing");
    expect(category({ status: "pending", due: null })).toBe("due_missing");
  });
});

describe("statusKind", () => {
  it.each([
    ["Đã trả kết quả", "done"],
    ["DA TRA KET QUA", "done"],
    ["Hoàn thành", "done"],
    ["Chờ trả kết quả", "done"],
    ["Chưa trả kết quả", "pending"],
    ["Đang xử lý", "pending"],
    ["Đang giải quyết", "pending"],
    ["Mới tiếp nhận", "pending"],
    ["Đã bổ sung hồ sơ", "pending"],
    ["Yêu cầu bổ sung", "supplement"],
    ["Chờ bổ sung", "supplement"],
    ["Công dân rút hồ sơ", "withdrawn"],
    ["Rút hồ sơ", "withdrawn"],
    ["Từ chối", "refused"],
    ["Dừng xử lý", "stopped"],
    ["Dừng giải quyết hồ sơ", "stopped"],
    ["Từ chối giải quyết", "refused"],
    ["", "none"],
    ["Lưu trữ", "unknown"],
    ["Đã trả lại hồ sơ", "unknown"],
  ])("%j is %s", (text, kind) => {
    expect(statusKind(text)).toBe(kind);
  });
});
