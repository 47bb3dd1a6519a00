// ESLint (flat config): typescript-eslint's type-checked rules on src/, test/ and bench/,
// eslint-plugin-jest on the tests, the recommended JavaScript rules on the Node scripts.
// Rules turned off below each say why they do not fit this code base.
import js from "@eslint/js";
import jest from "eslint-plugin-jest";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", "dist/", "out/", "coverage/", "test-results/", "node_modules/", "tools/xsd/", "samples/"] },
  js.configs.recommended,
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: { globals: { ...globals.node }, sourceType: "commonjs" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module" },
  },
  {
    // The browser-side fake of Office.js used by the Chromium end-to-end tests runs in the page.
    files: ["test/e2e/**/*.js", "assets/**/*.js", "src/taskpane/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.ts"],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: "./tsconfig.test.json", tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused parameters named with a leading underscore document a signature (callbacks, fakes).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Office.js is a global namespace of declared types; its API returns loosely typed proxies.
      "@typescript-eslint/no-namespace": "off",
      // Adapters stringify cell values only after narrowing away objects, through unions the rule cannot follow.
      "@typescript-eslint/no-base-to-string": "off",
      // Office.js and DOM callbacks take async handlers; their promise is handled inside (completeAfter, runCommand).
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
      // The pane's child lists name a sentinel constant next to string for documentation; the union is intended.
      "@typescript-eslint/no-redundant-type-constituents": "off",
      // Async functions implement Promise-returning seams (pane actions, in-memory IO fakes) without always awaiting.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Byte-level checks of legacy encodings and binary files look for control characters on purpose.
    files: ["src/core/text/legacy*.ts", "src/io/inspectFile.ts"],
    rules: { "no-control-regex": "off", "no-misleading-character-class": "off" },
  },
  {
    files: ["test/**/*.ts"],
    ...jest.configs["flat/recommended"],
    rules: {
      ...jest.configs["flat/recommended"].rules,
      // Tests read the CLI's --json output and library internals (exceljs models) as parsed, untyped data.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // Narrowing a job result (`if (!result.ok) …`) and fast-check properties assert under conditions by design.
      "jest/no-conditional-expect": "off",
      // A describe-level helper (`expectWorkbook`, `expectSheet`) asserts on behalf of the tests that call it.
      "jest/no-standalone-expect": "off",
      // Tests assert through helpers (expectFinding, snapshots of fakes): the helper holds the expect.
      "jest/expect-expect": ["error", { assertFunctionNames: ["expect*", "check*", "assert*", "fc.assert"] }],
    },
  },
);
