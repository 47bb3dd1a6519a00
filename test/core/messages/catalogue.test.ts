import { findingMessages, planText, reportText, uiText, workbookText } from "../../../src/core/messages/catalogue";
import { renderFinding } from "../../../src/core/messages/render";

/** Parameters every template might read, so each renders fully. */
const params = new Proxy({} as Record<string, string | number>, { get: (_t, key) => (typeof key === "string" ? `‹${key}›` : undefined) });

describe("the message catalogue", () => {
  const entries = Object.entries(findingMessages);

  it("has finding codes in lower_snake_case", () => {
    expect(entries.length).toBeGreaterThan(40);
    for (const [code] of entries) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it.each(entries.map(([code, template]) => [code, template]))("%s renders non-empty NFC Vietnamese text without placeholders left", (_code, template) => {
    const text = (template as (p: typeof params) => string)(params);
    expect(text.length).toBeGreaterThan(5);
    expect(text).toBe(text.normalize("NFC"));
    expect(text).not.toMatch(/undefined|\[object|NaN/);
    // Messages follow a location ("Kế hoạch!D7: …"), so they start in lower case.
    expect(text[0]).toBe(text[0].toLocaleLowerCase("vi"));
  });

  it("renders a finding with its sheet and cell first", () => {
    expect(renderFinding({ severity: "error", code: "timing_unreadable", sheet: "Kế hoạch", cell: "D7", params: { text: "Tháng XIII" } })).toBe(
      'Kế hoạch!D7: không hiểu thời gian "Tháng XIII"',
    );
  });

  it("keeps every command-line text NFC", () => {
    for (const template of Object.values(uiText)) {
      const text = (template as (p: typeof params) => string)(params);
      expect(text).toBe(text.normalize("NFC"));
    }
  });

  describe.each([
    ["workbookText", workbookText],
    ["reportText", reportText],
    ["planText", planText],
  ] as const)("%s", (_name, texts) => {
    it.each(leaves(texts))("%s is non-empty NFC text without placeholders left", (_path, text) => {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).toBe(text.normalize("NFC"));
      expect(text).not.toMatch(/undefined|\[object|NaN|\$\{/);
    });
  });

  it("writes the sheet and report texts with their diacritics", () => {
    expect(workbookText.sheetNames.dossiers).toBe("Hồ sơ TTHC");
    expect(workbookText.total).toBe("Tổng cộng");
    expect(workbookText.budget.grantedTitle({ year: 2024 })).toBe("A. KINH PHÍ ĐƯỢC CẤP VÀ ĐÃ GIẢI NGÂN NĂM 2024");
    expect(reportText.nation).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(reportText.nextYear.contents({ year: 2025, following: 2026 }).map((line) => line.slice(0, 3))).toEqual(["a) ", "b) ", "c) ", "d) ", "đ) ", "e) ", "g) "]);
  });
});

/**
 * Every text of a nested catalogue object as [path, text]: strings as they are, templates
 * rendered with sample params (a template may return a list of pieces: each piece is checked).
 */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const rendered: unknown = (value as (p: typeof params) => unknown)(params);
    return Array.isArray(rendered) ? rendered.flatMap((piece, i) => leaves(piece, `${path}()[${i}]`)) : leaves(rendered, `${path}()`);
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  return [[path, String(value)]];
}

describe("the old-browser notice", () => {
  it("is NFC Vietnamese, as injected into taskpane.html", () => {
    const { legacyBrowserText } = jest.requireActual("../../../src/core/messages/catalogue");
    for (const text of [legacyBrowserText.title, legacyBrowserText.body]) {
      expect(text.length).toBeGreaterThan(20);
      expect(text).toBe(text.normalize("NFC"));
    }
  });
});
