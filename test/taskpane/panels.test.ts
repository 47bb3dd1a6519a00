/** @jest-environment jsdom */
import { taskpaneText } from "../../src/core/messages/catalogue";
import { mountApp } from "../../src/taskpane/app";
import { createAppState, type HostMode } from "../../src/taskpane/state";

function mounted(mode: HostMode) {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById("app")!;
  const state = createAppState();
  state.mode = mode;
  mountApp(root, state);
  return { root, state };
}

describe.each<HostMode>(["excel", "standalone"])("the %s panel", (mode) => {
  it("has unique ids, labelled inputs and real buttons", () => {
    const { root } = mounted(mode);
    const ids = [...root.querySelectorAll("[id]")].map((e) => e.id);
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
    for (const input of root.querySelectorAll("input, textarea")) {
      expect(root.querySelector(`label[for="${input.id}"]`)?.textContent?.trim()).toBeTruthy();
    }
    for (const button of root.querySelectorAll("button")) {
      expect(button.getAttribute("type")).toBe("button");
      expect(button.textContent?.trim()).toBeTruthy();
    }
    const status = root.querySelector("#status")!;
    expect([status.getAttribute("role"), status.getAttribute("aria-live")]).toEqual(["status", "polite"]);
  });

  it("switches to English and back, keeping what the user typed", () => {
    const { root, state } = mounted(mode);
    const year = root.querySelector<HTMLInputElement>("#year")!;
    year.value = "2024";
    year.dispatchEvent(new Event("input"));
    root.querySelector<HTMLButtonElement>("#language")!.click();
    expect(state.lang).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    expect(root.querySelector("label[for=year]")?.textContent).toBe(taskpaneText.en.yearLabel());
    expect(root.querySelector<HTMLInputElement>("#year")!.value).toBe("2024");
    expect(document.activeElement?.id).toBe("language");
    root.querySelector<HTMLButtonElement>("#language")!.click();
    expect(root.querySelector("h1")?.textContent).toBe("Trợ lý ISO");
    expect(root.querySelector("label[for=year]")?.textContent).toBe("Năm");
  });

  it("disables every command while one runs, and marks the panel busy", async () => {
    const { root, state } = mounted(mode);
    const { runCommand } = await import("../../src/taskpane/command");
    const { buildShell } = await import("../../src/taskpane/views/shell");
    // The shell mounted by mountApp is the command view; rebuild one bound to the same root to drive it.
    const shell = buildShell(taskpaneText.vi, state, () => undefined);
    root.replaceChildren(shell.element);
    shell.setPanel(document.createElement("div"));
    let release = () => {};
    const running = runCommand(state, shell, () => new Promise((resolve) => (release = () => resolve("xong"))));
    expect(root.querySelector("#panel")!.getAttribute("aria-busy")).toBe("true");
    expect((root.querySelector("#language") as HTMLButtonElement).disabled).toBe(true);
    release();
    await running;
    expect(root.querySelector("#panel")!.getAttribute("aria-busy")).toBe("false");
    expect(root.querySelector("#status .status-text")?.textContent).toBe("xong");
  });
});
