#!/usr/bin/env node
// Trợ lý ISO command line. The TypeScript sources are compiled into build/ by `npm ci` (prepare).
"use strict";
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "build", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("Chưa biên dịch mã nguồn: hãy chạy `npm ci` (hoặc `npm run build:cli`) trong thư mục dự án.\n");
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
