/**
 * Checks the XSD cannot express: they catch the mistakes that make Office silently refuse
 * or half-load an add-in (an unresolved resid hides the ribbon button, a wrong icon size
 * is rejected by AppSource-style validation, a localhost URL in the deployed manifest
 * points every user at their own machine).
 *
 * Every check returns a list of problem strings; an empty list means it passed.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { allElements } = require("./tiny-xml");
const { pngSize } = require("./png-size");

/** The only dev URL the webpack rewrite knows; kept in one place with webpack.config.js. */
const DEV_URL = "https://localhost:3000/";

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Which resource collection a resid on an element of this local name must point into. */
const RESID_KIND = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/** @typedef {import("./tiny-xml").XmlNode} XmlNode */

/** @param {XmlNode} root */
function checkId(root) {
  const id = root.children.find((n) => n.local === "Id");
  if (!id) return ["<Id> is missing"];
  return GUID.test(id.text.trim()) ? [] : [`<Id> "${id.text.trim()}" is not a GUID (8-4-4-4-12 hex digits)`];
}

/**
 * Resource ids by collection ("Images", "Urls", "ShortStrings", "LongStrings").
 * @param {XmlNode} root
 */
function collectResources(root) {
  /** @type {Record<string, Map<string, XmlNode>>} */
  const byKind = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  const problems = [];
  for (const el of allElements(root)) {
    if (!(el.local in byKind)) continue;
    for (const item of el.children) {
      const id = item.attrs.id;
      if (!id) continue;
      if (byKind[el.local].has(id)) problems.push(`resource id "${id}" is defined twice in bt:${el.local} (line ${item.line})`);
      byKind[el.local].set(id, item);
    }
  }
  return { byKind, problems };
}

/** Every `resid` must name a resource of the right kind. @param {XmlNode} root */
function checkResids(root) {
  const { byKind, problems } = collectResources(root);
  for (const el of allElements(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const kind = RESID_KIND[el.local];
    const found = kind ? byKind[kind].has(resid) : Object.values(byKind).some((m) => m.has(resid));
    if (!found) {
      const where = kind ? `bt:${kind}` : "any resource collection";
      problems.push(`resid "${resid}" on <${el.name}> (line ${el.line}) does not match any id in ${where}`);
    }
  }
  return problems;
}

/**
 * Icons the manifest names, with the pixel size each must have:
 * IconUrl 32, HighResolutionIconUrl 64, every ribbon bt:Image at its `size`.
 * @param {XmlNode} root
 * @returns {{ url: string, size: number, what: string }[]}
 */
function expectedIcons(root) {
  const { byKind } = collectResources(root);
  /** @type {Map<string, { url: string, size: number, what: string }>} */
  const icons = new Map();
  // The ribbon group and button repeat the same images; report each file once.
  const add = (icon) => icons.has(`${icon.url} ${icon.size}`) || icons.set(`${icon.url} ${icon.size}`, icon);
  for (const el of root.children) {
    if (el.local === "IconUrl") add({ url: el.attrs.DefaultValue, size: 32, what: "IconUrl" });
    if (el.local === "HighResolutionIconUrl") add({ url: el.attrs.DefaultValue, size: 64, what: "HighResolutionIconUrl" });
  }
  for (const el of allElements(root)) {
    if (el.local !== "Image" || el.attrs.resid === undefined) continue;
    const image = byKind.Images.get(el.attrs.resid);
    if (image) add({ url: image.attrs.DefaultValue, size: Number(el.attrs.size), what: `bt:Image "${el.attrs.resid}"` });
  }
  return [...icons.values()];
}

/**
 * Each icon URL maps to `<assetsDir>/<file name>`; assetsDir defaults to the manifest's
 * sibling assets/ folder: the repo's assets/ for the dev manifest, dist/assets/ (copied by
 * webpack) for the built one.
 * @param {XmlNode} root
 * @param {string} assetsDir
 */
function checkIcons(root, assetsDir) {
  const problems = [];
  for (const icon of expectedIcons(root)) {
    let fileName;
    try {
      fileName = path.posix.basename(new URL(icon.url).pathname);
    } catch {
      problems.push(`${icon.what}: "${icon.url}" is not an absolute URL`);
      continue;
    }
    const file = path.join(assetsDir, fileName);
    if (!fs.existsSync(file)) {
      problems.push(`${icon.what}: icon file ${path.relative(process.cwd(), file)} does not exist`);
      continue;
    }
    const size = pngSize(fs.readFileSync(file));
    if (!size) problems.push(`${icon.what}: ${fileName} is not a PNG`);
    else if (size.width !== icon.size || size.height !== icon.size) {
      problems.push(`${icon.what}: ${fileName} is ${size.width}×${size.height} px, expected ${icon.size}×${icon.size}`);
    }
  }
  return problems;
}

/** Attribute values and texts that are URLs, with where they are. @param {XmlNode} root */
function urlsIn(root) {
  const urls = [];
  for (const el of allElements(root)) {
    for (const [name, value] of Object.entries(el.attrs)) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue; // namespace names, not fetched
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push({ url: value, where: `<${el.name} ${name}> (line ${el.line})` });
    }
    const text = el.text.trim();
    if (el.children.length === 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test(text)) urls.push({ url: text, where: `<${el.name}> (line ${el.line})` });
  }
  return urls;
}

/**
 * All URLs are https; in the dev manifest, localhost appears only as the exact dev prefix
 * (with trailing slash), because that is the string the webpack rewrite replaces.
 * @param {XmlNode} root
 */
function checkUrls(root) {
  const problems = [];
  for (const { url, where } of urlsIn(root)) {
    if (!url.startsWith("https://")) problems.push(`${where}: URL "${url}" is not https`);
    if (/localhost|127\.0\.0\.1/i.test(url) && !url.startsWith(DEV_URL)) {
      problems.push(`${where}: "${url}" is a local URL that does not start with ${DEV_URL}; the production rewrite would miss it`);
    }
  }
  return problems;
}

/** The deployed manifest must not point at the developer's machine. @param {string} xmlText */
function checkNoLocalhost(xmlText) {
  const problems = [];
  xmlText.split("\n").forEach((line, i) => {
    if (/localhost|127\.0\.0\.1/i.test(line)) problems.push(`line ${i + 1}: production manifest still contains a local URL: ${line.trim()}`);
  });
  return problems;
}

module.exports = { DEV_URL, checkId, checkResids, checkIcons, checkUrls, checkNoLocalhost };
