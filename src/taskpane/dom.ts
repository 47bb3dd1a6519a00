/**
 * The one way the task pane builds DOM: `h(tag, props, ...children)`. Strings become text
 * nodes and attribute values go through setAttribute, so imported text (a cell reading
 * `<img src=x onerror=…>`) can only ever be text. There is deliberately no innerHTML path, and
 * event handlers are attached with addEventListener, never as `on…` attributes.
 */

export type Child = Node | string | number | null | undefined | false;

type Handlers = { [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };

export interface Props {
  readonly id?: string;
  readonly className?: string;
  /** Attributes set with setAttribute; `true` sets an empty attribute, `false` leaves it out. */
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly on?: Handlers;
}

/**
 * Creates an element.
 * @example h("button", { attrs: { type: "button" }, on: { click: run } }, t.reportRun())
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.id) element.id = props.id;
  if (props.className) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    // Guard against a handler sneaking in as markup; handlers go through `on`.
    if (/^on/i.test(name)) throw new Error(`h(): use props.on for ${name}`);
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, handler as EventListener);
  }
  append(element, children);
  return element;
}

/** Appends children: strings and numbers as text nodes, nodes as they are, falsy skipped. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}
