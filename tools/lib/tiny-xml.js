/**
 * A deliberately small XML reader for the manifest checks: elements, attributes, text and
 * line numbers, nothing more (no DTDs, no entities beyond the five predefined ones and
 * numeric references). Well-formedness and grammar are xmllint's job (XSD step); this only
 * gives the custom checks a tree to walk without adding an npm dependency.
 */
"use strict";

const NAME = "[A-Za-z_][\\w.:-]*";
const ATTR = new RegExp(`(${NAME})\\s*=\\s*("([^"]*)"|'([^']*)')`, "g");
const TOKEN = new RegExp(
  `<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>|<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|<!DOCTYPE|</(${NAME})\\s*>|<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>|[^<]+|<`,
  "g",
);

/** @param {string} s */
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e];
  });
}

/**
 * @typedef {{ name: string, local: string, attrs: Record<string,string>, children: XmlNode[], text: string, line: number }} XmlNode
 */

/**
 * Parses `xml` into a tree and returns the root element.
 * @param {string} xml
 * @returns {XmlNode}
 */
function parseXml(xml) {
  /** @type {XmlNode[]} */
  const stack = [];
  /** @type {XmlNode | undefined} */
  let root;
  let line = 1;
  for (const m of xml.matchAll(TOKEN)) {
    const [token, cdata, closeName, openName, attrText, selfClose] = m;
    const tokenLine = line;
    line += (token.match(/\n/g) || []).length;
    if (token === "<" || token === "<!DOCTYPE") throw new Error(`line ${tokenLine}: unsupported or malformed markup`);
    if (closeName) {
      const open = stack.pop();
      if (!open || open.name !== closeName) throw new Error(`line ${tokenLine}: </${closeName}> does not close <${open ? open.name : "?"}>`);
      continue;
    }
    if (openName) {
      const attrs = {};
      for (const a of (attrText || "").matchAll(ATTR)) attrs[a[1]] = decodeEntities(a[3] ?? a[4]);
      const node = { name: openName, local: openName.replace(/^.*:/, ""), attrs, children: [], text: "", line: tokenLine };
      if (stack.length > 0) stack[stack.length - 1].children.push(node);
      else if (root) throw new Error(`line ${tokenLine}: more than one root element`);
      else root = node;
      if (!selfClose) stack.push(node);
      continue;
    }
    const text = cdata !== undefined ? cdata : token.startsWith("<") ? "" : decodeEntities(token);
    if (stack.length > 0) stack[stack.length - 1].text += text;
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element of the tree, depth first. @param {XmlNode} node @returns {XmlNode[]} */
function allElements(node) {
  return [node, ...node.children.flatMap(allElements)];
}

module.exports = { parseXml, allElements };
