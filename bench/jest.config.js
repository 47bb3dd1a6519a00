/** Benchmarks that need the TypeScript test fakes: `npx jest -c bench/jest.config.js`. Not part of `npm test`. */
const base = require("../jest.config");
module.exports = { ...base, rootDir: "..", roots: ["<rootDir>/bench"], testMatch: ["**/*.bench.ts"], testTimeout: 600000 };
