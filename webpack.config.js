/**
 * Bundles the task pane and the ribbon function file, copies icons, CSS and the manifest.
 * Shape follows the Office template (OfficeDev/Office-Addin-TaskPane), with ts-loader instead
 * of Babel and two deliberate differences:
 * - the manifest URL rewrite covers the dev URL with AND without the trailing slash (the
 *   template misses `https://localhost:3000` without it), target from ADDIN_PUBLIC_URL;
 * - office-addin-dev-certs is required lazily and only under `webpack serve` with HTTPS, so
 *   `npm run build` never touches certificates or sudo (docs/toolchain.md#dev-certificates).
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const DEFAULT_PUBLIC_URL = "https://iso.example.gov.vn/tro-ly-iso/";

/** The deployed base URL, always https and always ending with "/". */
function publicUrl() {
  const raw = process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL;
  if (!/^https:\/\/[^/]+/.test(raw)) throw new Error(`ADDIN_PUBLIC_URL must be an https URL, got "${raw}"`);
  return raw.endsWith("/") ? raw : `${raw}/`;
}

/** Rewrites every dev URL in the manifest; the slash-less form last so it cannot split the other. */
function rewriteManifest(xml, targetUrl) {
  return xml.split(DEV_URL).join(targetUrl).split(DEV_URL.slice(0, -1)).join(targetUrl.slice(0, -1));
}

/**
 * HTTPS is only useful where Excel can sideload the add-in (Windows, macOS). Elsewhere the dev
 * server serves plain http and the page runs in standalone mode. DEV_SERVER_PROTOCOL overrides.
 */
function wantsHttps() {
  const forced = process.env.DEV_SERVER_PROTOCOL;
  if (forced === "http" || forced === "https") return forced === "https";
  return process.platform === "win32" || process.platform === "darwin";
}

async function devServer() {
  if (!wantsHttps()) {
    return {
      host: "127.0.0.1",
      port: DEV_PORT,
      server: "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      onListening: () =>
        console.log(
          `[tro-ly-iso] Excel is not available on ${process.platform}; serving the standalone page over http at ` +
            `http://127.0.0.1:${DEV_PORT}/taskpane.html`,
        ),
    };
  }
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    throw new Error("HTTPS dev server needs office-addin-dev-certs: npm i -D office-addin-dev-certs@^3 (or set DEV_SERVER_PROTOCOL=http)");
  }
  return {
    host: "localhost",
    port: DEV_PORT,
    server: { type: "https", options: await devCerts.getHttpsServerOptions() },
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false,
  };
}

const config = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const targetUrl = dev ? DEV_URL : publicUrl();
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      // The file parser, run in a Web Worker by the pane (src/taskpane/parseFile.ts).
      "parse-worker": "./src/taskpane/worker/parseWorker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: path.resolve(__dirname, "tsconfig.webpack.json"), onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The old-browser notice is plain HTML (no bundle runs there); its text is in the catalogue.
        templateParameters: { legacyBrowser: require("./src/core/messages/vi/legacyBrowser.json") },
      }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/taskpane/legacy.js", to: "legacy.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rewriteManifest(content.toString(), targetUrl)),
          },
        ],
      }),
    ],
    performance: { hints: dev ? false : "warning" },
    devServer: serving ? await devServer() : undefined,
  };
};

module.exports = config;
// Exposed for test/manifest/manifest.test.ts; webpack only calls the function itself.
module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_URL = DEV_URL;
