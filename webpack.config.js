/**
 * Builds the add-in and the browser workbench: one page, taskpane.html, that runs the task pane,
 * the ribbon commands and the custom functions together (Excel's shared runtime), plus the
 * manifest, the custom functions metadata and the assets.
 *
 *   npm run build                                        production build into dist/
 *   TAIZHANG_URL=https://host/taizhang/ npm run build    ... with manifest.xml pointing at that host
 *   npm run dev-server                                   http://localhost:3000/ (the workbench)
 *   TAIZHANG_HTTPS=1 npm run dev-server                  https://localhost:3000/ (for sideloading in Office)
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DEV_BASE_URL, parseHostingUrl, rewriteManifestUrls } = require('./scripts/manifest-url.cjs');
const { FunctionsMetadataPlugin } = require('./scripts/functions-metadata.cjs');

const DEV_PORT = Number(new URL(DEV_BASE_URL).port);

/**
 * The phone counting page: its own small entry (no React, no Fluent UI) and its service worker,
 * whose file name is fixed because the page registers it by name.
 */
const COUNT_ENTRIES = {
  count: './src/count/main.ts',
  'count-sw': './src/count/sw.ts',
};

/**
 * Entries. The custom functions come first on the page so Excel can register them while the task
 * pane (and its large UI libraries) is still loading. Their file names are fixed: the manifest
 * points at functions.js.
 */
const ENTRIES = {
  functions: './src/functions/functions.ts',
  commands: './src/commands/commands.ts',
  taskpane: './src/taskpane/index.tsx',
};

/** The dev certificate that `npx office-addin-dev-certs install` creates and makes trusted, if present. */
function trustedDevCertificate() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

/**
 * Plain http by default: the workbench runs anywhere. Office refuses http add-ins, so sideloading
 * needs TAIZHANG_HTTPS=1 — with the trusted office-addin-dev-certs certificate when installed,
 * otherwise webpack-dev-server's self-signed one (which the browser and Office must be told to trust).
 */
function devServerTransport() {
  if (process.env.TAIZHANG_HTTPS !== '1') return 'http';
  const certificate = trustedDevCertificate();
  return certificate ? { type: 'https', options: certificate } : { type: 'https' };
}

/** Adds a build warning (shown by webpack, does not fail the build). */
class WarningPlugin {
  constructor(message) {
    this.message = message;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('TaizhangWarning', (compilation) => {
      compilation.warnings.push(new compiler.webpack.WebpackError(this.message));
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  // Validated before anything is built: a manifest pointing at a non-https host is useless.
  const hostingUrl = process.env.TAIZHANG_URL ? parseHostingUrl(process.env.TAIZHANG_URL) : null;

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: { ...ENTRIES, ...COUNT_ENTRIES },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // Type errors are tsc's job (npm run typecheck); the bundle only needs the JavaScript.
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
        {
          // chinese-days ships ES modules in a package marked "commonjs"; let webpack read them as either.
          test: /chinese-days[\\/].*\.js$/,
          type: 'javascript/auto',
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // React and Fluent UI change far less often than the app; only the task pane uses them.
          // functions.js and commands.js stay self-contained, as the manifest loads functions.js by URL.
          vendor: {
            name: 'vendor',
            test: /[\\/]node_modules[\\/]/,
            chunks: (chunk) => chunk.name === 'taskpane',
            enforce: true,
          },
        },
      },
    },
    performance: {
      // The task pane ships React, Fluent UI and exceljs; it is loaded once per session, locally cached.
      maxEntrypointSize: 4 * 1024 * 1024,
      maxAssetSize: 4 * 1024 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: Object.keys(ENTRIES),
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({ template: './src/count/count.html', filename: 'count.html', chunks: ['count'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // zxing-wasm's decoder, served by our own site (the library would fetch it from a CDN).
          { from: 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm', to: 'zxing_reader.wasm' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (hostingUrl ? rewriteManifestUrls(content.toString('utf8'), hostingUrl) : content),
          },
        ],
      }),
      new FunctionsMetadataPlugin(),
      ...(production && !hostingUrl
        ? [new WarningPlugin(`TAIZHANG_URL is not set: dist/manifest.xml still points at ${DEV_BASE_URL}. Set it to the https URL the add-in will be served from.`)]
        : []),
    ],
    devServer: {
      port: DEV_PORT,
      server: devServerTransport(),
      // Everything is served from the compilation (copied assets included), nothing from disk.
      static: false,
      // Excel on the web fetches functions.json and the icons from another origin.
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: { errors: true, warnings: false } },
      setupMiddlewares: (middlewares) => [
        // The workbench's address is simply http://localhost:3000/.
        { name: 'taizhang-home', path: '/', middleware: (req, res, next) => (req.path === '/' ? res.redirect('/taskpane.html') : next()) },
        ...middlewares,
      ],
    },
  };
};

module.exports.ENTRIES = ENTRIES;
