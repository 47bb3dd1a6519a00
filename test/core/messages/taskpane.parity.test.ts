import { severityLabels, taskpaneText, type TaskpaneMessages } from "../../../src/core/messages/catalogue";
import { taskpaneTexts } from "../../../src/core/messages/taskpaneLanguages";

/** Parameters every template might read, so each renders fully (lists for the sheet-name lists). */
const params = new Proxy(
  {},
  {
    get: (_t, key) => (key === "names" ? ["Nhiệm vụ", "Kiểm tra"] : typeof key === "string" ? `‹${key}›` : undefined),
  },
);

function render(messages: TaskpaneMessages): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, template]) => [key, (template as (p: unknown) => string)(params)]));
}

describe("task pane catalogue (vi and en)", () => {
  const vi = render(taskpaneText.vi);
  const en = render(taskpaneTexts.en);

  it("has the same keys in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.keys(vi).length).toBeGreaterThan(80);
  });

  it.each(Object.keys(taskpaneText.vi))("%s is non-empty NFC text in both languages, without placeholders left", (key) => {
    for (const text of [vi[key], en[key]]) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).toBe(text.normalize("NFC"));
      expect(text).not.toMatch(/undefined|\[object|NaN|\$\{/);
    }
  });

  it("uses the Vietnamese severity words of the findings sheet", () => {
    const t = taskpaneText.vi;
    expect([t.severityError(), t.severityWarning(), t.severityInfo()]).toEqual([severityLabels.error, severityLabels.warning, severityLabels.info]);
  });

  it("writes Vietnamese with its diacritics (not an ASCII-folded copy)", () => {
    expect(vi.trackingCreate).toBe("Tạo sổ theo dõi");
    expect(vi.reportRun).toBe("Tạo báo cáo");
    expect(vi.downloadReportDocx).toBe("Tải báo cáo (.docx)");
  });

  it("really translates: most English texts differ from the Vietnamese ones", () => {
    const same = Object.keys(vi).filter((k) => vi[k] === en[k]);
    // Brand name, the download file names and the source name written into the workbook's "Kiểm tra" sheet stay the same on purpose.
    expect(same.sort()).toEqual([
      "appTitle",
      "dossiersPasteSourceName",
      "planDocxFileName",
      "reportDocxFileName",
      "reportXlsmFileName",
      "reportXlsxFileName",
      "trackingFileName",
    ]);
  });
});
