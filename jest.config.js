/** Jest runs every test under test/ through ts-jest (CommonJS). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.test.json" }] },
  moduleNameMapper: {
    // office-addin-mock → office-addin-manifest → ESM-only strip-bom breaks Jest's CJS runtime (docs/toolchain.md#office-addin-mock-under-jest).
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  testTimeout: 120000,
};
