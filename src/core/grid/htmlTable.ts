/**
 * Whether a text holds an HTML table: asked on every paste, so it lives apart from the HTML
 * parser (html.ts), which the task pane loads only when a paste is imported.
 * @example containsHtmlTable("<table><tr><td>1</td></tr></table>") === true
 */
export function containsHtmlTable(text: string): boolean {
  return /<table[\s>]/i.test(text);
}
