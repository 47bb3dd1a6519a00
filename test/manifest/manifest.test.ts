/**
 * The offline manifest validator (tools/validate-manifest.js) must pass the real manifest and
 * fail a broken copy with a message that names the problem. Each broken copy changes one
 * thing, so a check that stopped working would make its test fail.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

type Validate = (file: string, options?: { production?: boolean; assetsDir?: string }) => Promise<{ problems: string[] }>;

const root = path.resolve(__dirname, "..", "..");
const validator = path.join(root, "tools", "validate-manifest.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require(validator) as { validateManifest: Validate };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require(path.join(root, "webpack.config.js")) as { rewriteManifest: (xml: string, url: string) => string };

const manifestPath = path.join(root, "manifest.xml");
const manifestText = fs.readFileSync(manifestPath, "utf8");
const assetsDir = path.join(root, "assets");

let tmpDir: string;
beforeAll(() => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-test-"));
});
afterAll(() => fs.rmSync(tmpDir, { recursive: true, force: true }));

/** Writes a copy of manifest.xml with one text replacement and returns its path. */
function brokenCopy(name: string, from: string, to: string): string {
  expect(manifestText).toContain(from); // guard: the edit must really happen
  const file = path.join(tmpDir, name);
  fs.writeFileSync(file, manifestText.replace(from, to));
  return file;
}

describe("validateManifest", () => {
  it("accepts manifest.xml in development mode", async () => {
    expect((await validateManifest(manifestPath)).problems).toEqual([]);
  });

  it("rejects a Version that does not match the schema pattern", async () => {
    const file = brokenCopy("bad-version.xml", "<Version>1.0.0.0</Version>", "<Version>1.0.0.0.0</Version>");
    const { problems } = await validateManifest(file, { assetsDir });
    expect(problems).toEqual([expect.stringMatching(/^XSD: line \d+: .*Version.*\[facet 'pattern'\].*'1\.0\.0\.0\.0'/)]);
  });

  it("rejects a resid that names no resource of its kind", async () => {
    const file = brokenCopy("bad-resid.xml", '<Label resid="Group.Label"/>', '<Label resid="Group.Nhan"/>');
    const { problems } = await validateManifest(file, { assetsDir });
    expect(problems).toEqual([expect.stringMatching(/^resid "Group\.Nhan" on <Label> \(line \d+\) does not match any id in bt:ShortStrings$/)]);
  });

  it("rejects a resid that points into the wrong collection", async () => {
    // A URL id used as a button label: the id exists, but not among the short strings.
    const file = brokenCopy("wrong-kind.xml", '<Label resid="TaskpaneButton.Label"/>', '<Label resid="Taskpane.Url"/>');
    const { problems } = await validateManifest(file, { assetsDir });
    expect(problems).toEqual([expect.stringContaining('resid "Taskpane.Url" on <Label>')]);
  });

  it("rejects a GUID-less Id", async () => {
    const file = brokenCopy("bad-id.xml", "<Id>01a93c1a-991b-4541-8394-e597c671a456</Id>", "<Id>{01a93c1a-991b-4541-8394-e597c671a456}</Id>");
    const { problems } = await validateManifest(file, { assetsDir });
    expect(problems).toEqual(['<Id> "{01a93c1a-991b-4541-8394-e597c671a456}" is not a GUID (8-4-4-4-12 hex digits)']);
  });

  it("rejects an icon whose pixel size does not match its declared size", async () => {
    const wrongAssets = path.join(tmpDir, "wrong-assets");
    fs.mkdirSync(wrongAssets, { recursive: true });
    for (const f of fs.readdirSync(assetsDir)) fs.copyFileSync(path.join(assetsDir, f), path.join(wrongAssets, f));
    fs.copyFileSync(path.join(assetsDir, "icon-16.png"), path.join(wrongAssets, "icon-80.png"));
    const { problems } = await validateManifest(manifestPath, { assetsDir: wrongAssets });
    expect(problems).toEqual(['bt:Image "Icon.80x80": icon-80.png is 16×16 px, expected 80×80']);
  });

  it("rejects http URLs and localhost URLs that the production rewrite would miss", async () => {
    const file = brokenCopy(
      "bad-urls.xml",
      '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<SupportUrl DefaultValue="http://localhost:3000/taskpane.html"/>',
    );
    const { problems } = await validateManifest(file, { assetsDir });
    expect(problems).toEqual([
      expect.stringMatching(/<SupportUrl DefaultValue> .*"http:\/\/localhost:3000\/taskpane\.html" is not https$/),
      expect.stringMatching(/does not start with https:\/\/localhost:3000\/; the production rewrite would miss it$/),
    ]);
  });

  it("rejects localhost anywhere in a production manifest", async () => {
    const { problems } = await validateManifest(manifestPath, { production: true });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => /production manifest still contains a local URL/.test(p))).toBe(true);
  });

  it("reports every problem of a copy broken three ways (Version, resid, localhost in production)", async () => {
    const file = path.join(tmpDir, "broken-three-ways.xml");
    fs.writeFileSync(
      file,
      manifestText
        .replace("<Version>1.0.0.0</Version>", "<Version>1.0-beta</Version>")
        .replace('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Missing"/>'),
    );
    const { problems } = await validateManifest(file, { production: true, assetsDir });
    expect(problems).toContainEqual(expect.stringMatching(/^XSD: line \d+: .*Version.*'1\.0-beta'/));
    expect(problems).toContainEqual(expect.stringMatching(/^resid "Taskpane\.Missing" on <SourceLocation> \(line \d+\) does not match any id in bt:Urls$/));
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^line \d+: production manifest still contains a local URL: <SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane\.html"\/>$/,
      ),
    );
  });

  it("accepts the production rewrite of manifest.xml", async () => {
    const file = path.join(tmpDir, "prod.xml");
    fs.writeFileSync(file, rewriteManifest(manifestText, "https://so-noi-vu.example.gov.vn/iso/"));
    expect((await validateManifest(file, { production: true, assetsDir })).problems).toEqual([]);
  });
});

describe("rewriteManifest (webpack.config.js)", () => {
  it("rewrites the dev URL with and without the trailing slash", () => {
    const xml = '<AppDomain>https://localhost:3000</AppDomain><Url DefaultValue="https://localhost:3000/taskpane.html"/>';
    expect(rewriteManifest(xml, "https://iso.example.gov.vn/tro-ly-iso/")).toBe(
      '<AppDomain>https://iso.example.gov.vn/tro-ly-iso</AppDomain><Url DefaultValue="https://iso.example.gov.vn/tro-ly-iso/taskpane.html"/>',
    );
  });
});

describe("tools/validate-manifest.js command line", () => {
  it("exits 1 and names the failing file and problem", () => {
    const file = brokenCopy("cli-bad.xml", "<Version>1.0.0.0</Version>", "<Version>v1</Version>");
    const result = spawnSync(process.execPath, [validator, file], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`✖ ${file} (development)`);
    expect(result.stderr).toMatch(/Version.*'v1'/);
  });

  it("exits 0 for manifest.xml and skips a missing --if-present file", () => {
    const result = spawnSync(process.execPath, [validator, "manifest.xml", "no/such/manifest.xml", "--production", "--if-present"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("✔ manifest.xml (development)");
    expect(result.stdout).toContain("- no/such/manifest.xml: not present, skipped");
  });
});
