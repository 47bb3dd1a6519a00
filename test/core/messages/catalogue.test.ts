import { findingMessages, uiText } from "../../../src/core/messages/catalogue";
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
});
