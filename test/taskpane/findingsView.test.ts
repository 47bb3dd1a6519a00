/** @jest-environment jsdom */
import type { Finding } from "../../src/core/findings/finding";
import { taskpaneTexts } from "../../src/core/messages/taskpaneLanguages";
import { taskpaneText } from "../../src/core/messages/catalogue";
import { h } from "../../src/taskpane/dom";
import { renderFindings, sortFindings } from "../../src/taskpane/views/findings";

const hostile = ['<img src=x onerror="window.__pwned=1">', '=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0"];

function finding(partial: Partial<Finding> & Pick<Finding, "code" | "params">): Finding {
  return { severity: "warning", sheet: "Nhiệm vụ", cell: "D7", ...partial };
}

describe("renderFindings", () => {
  const t = taskpaneText.vi;

  it("shows hostile cell text as inert text: no element, no handler, the characters verbatim", () => {
    const list = hostile.map((text, i) => finding({ code: "timing_unreadable", cell: `D${7 + i}`, params: { text } }));
    // A hostile sheet name too: locations are imported data as well.
    list.push(finding({ code: "timing_unreadable", sheet: "<b onmouseover=alert(1)>x</b>", params: { text: "<script>alert(1)</script>" } }));
    const root = document.createElement("div");
    document.body.appendChild(root);
    root.appendChild(renderFindings(t, "vi", { list, selectable: true }, () => undefined));

    expect(root.querySelectorAll("img, script, b, a, iframe").length).toBe(0);
    expect([...root.querySelectorAll("*")].flatMap((e) => e.getAttributeNames()).filter((n) => n.startsWith("on"))).toEqual([]);
    for (const text of hostile) expect(root.textContent).toContain(text);
    expect(root.textContent).toContain("<script>alert(1)</script>");
    expect(root.textContent).toContain("<b onmouseover=alert(1)>x</b>!D7");
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("lists errors first with their severity word, location and message", () => {
    const list = [
      finding({ code: "task_units_missing", severity: "warning", cell: "F9", params: { no: "3" } }),
      finding({ code: "timing_unreadable", severity: "error", cell: "D7", params: { text: "Tháng 13/2024" } }),
    ];
    const el = renderFindings(t, "vi", { list, selectable: false }, null);
    const items = [...el.querySelectorAll("li")].map((li) => li.textContent);
    expect(items[0]).toBe('LỗiNhiệm vụ!D7không hiểu thời gian "Tháng 13/2024"');
    expect(items[1]).toMatch(/^Cảnh báoNhiệm vụ!F9nhiệm vụ số "3"/);
    expect(el.querySelector(".findings-count")?.textContent).toBe("1 lỗi, 1 cảnh báo, 0 thông tin");
    expect(sortFindings(list).map((f) => f.severity)).toEqual(["error", "warning"]);
  });

  it("makes located findings real buttons in Excel mode, and plain items otherwise", () => {
    const picked: Finding[] = [];
    const list = [finding({ code: "timing_unreadable", params: { text: "x" } }), finding({ code: "plan_has_no_tasks", sheet: null, cell: null, params: {} })];
    const el = renderFindings(t, "vi", { list, selectable: true }, (f) => picked.push(f));
    const buttons = el.querySelectorAll<HTMLButtonElement>("button");
    expect(buttons.length).toBe(1);
    expect(buttons[0].type).toBe("button");
    expect(buttons[0].title).toBe("Chọn ô Nhiệm vụ!D7 trong sổ");
    buttons[0].click();
    expect(picked).toEqual([list[0]]);

    const standalone = renderFindings(t, "vi", { list, selectable: false }, (f) => picked.push(f));
    expect(standalone.querySelectorAll("button").length).toBe(0);
  });

  it("says so when there is nothing to report, and notes the language in English", () => {
    const el = renderFindings(taskpaneTexts.en, "en", { list: [], selectable: false }, null);
    expect(el.textContent).toContain("No errors or warnings.");
    expect(el.textContent).toContain("written in Vietnamese");
  });
});

describe("h", () => {
  it("inserts strings as text and refuses handler attributes", () => {
    const el = h("p", {}, "<img src=x>");
    expect(el.childNodes[0].nodeType).toBe(Node.TEXT_NODE);
    expect(el.innerHTML).toBe("&lt;img src=x&gt;");
    expect(() => h("img", { attrs: { onerror: "alert(1)" } })).toThrow("use props.on for onerror");
  });
});
