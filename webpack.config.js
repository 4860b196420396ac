/**
 * The add-in as a static site in dist/addin/: taskpane.html at its root, the
 * pane's bundle and its on-demand chunks, the file-mode worker, the Word
 * templates, the icons, office.js from @microsoft/office-js (intranets have
 * no CDN) and manifest.xml pointing at the deployment address.
 *
 *   npm run build                                   production build (CLI + add-in)
 *   BEIAN_ADDIN_URL=https://intranet/beian/ npm run build   manifest for that address
 *   npm start                                       https dev server + sideload (office-addin-debugging)
 */
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const { deployUrl, rewriteManifest } = require('./scripts/addin-manifest');

const OUT = path.resolve(__dirname, 'dist', 'addin');
const OFFICE_JS = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
/** office.js loads its Excel host scripts and string tables from its own folder; other hosts' files and debug builds are not needed. */
const OFFICE_JS_SKIP = ['**/*.debug.js', '**/*.d.ts', '**/office-vsdoc.js', '**/outlook*', '**/word*', '**/powerpoint*', '**/onenote*', '**/project*', '**/access-*'];

module.exports = async (env, argv) => {
  const dev = argv.mode === 'development';
  const url = deployUrl();
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: { taskpane: './addin/taskpane/index.tsx', 'save-dialog': './addin/office/save-dialog.ts' },
    output: {
      path: OUT,
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, loader: 'ts-loader', options: { configFile: path.resolve(__dirname, 'addin/tsconfig.json'), transpileOnly: true } }],
    },
    performance: { hints: false },
    // esbuild's lint of a dependency's own code (`x === NaN` in exceljs); nothing for this build to act on.
    ignoreWarnings: [{ message: /Floating-point equality/ }],
    // esbuild minifies in seconds what terser takes minutes for (exceljs alone is a megabyte); the output is equivalent.
    optimization: {
      minimizer: [
        new TerserPlugin({
          // office.js is Microsoft's, served as shipped.
          exclude: /^office-js\//,
          minify: TerserPlugin.esbuildMinify,
          // Each file in a function of its own. esbuild puts the helpers it needs (class fields, for es2020) at the top of
          // a file, and every chunk of the page, or of a worker, runs in one global scope: a chunk loaded later whose
          // `var ae = Object.defineProperty` replaced the worker's own `ae` helper broke the annotated copy in file mode.
          terserOptions: { target: 'es2020', format: 'iife' },
        }),
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: './addin/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
      // The dialog Excel for Mac saves files through (addin/office/save.ts).
      new HtmlWebpackPlugin({ template: './addin/office/save-dialog.html', filename: 'save-dialog.html', chunks: ['save-dialog'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'addin/assets/*.png', to: 'assets/[name][ext]' },
          { from: 'addin/taskpane/help.html', to: 'help.html' },
          // Plain ES5 for IE and old Edge: copied as written, never minified to newer syntax.
          { from: 'addin/taskpane/old-webview.js', to: 'old-webview.js', info: { minimized: true } },
          { from: 'templates/*.docx', to: 'templates/[name][ext]' },
          { from: '**/*', context: OFFICE_JS, to: 'office-js/', globOptions: { ignore: OFFICE_JS_SKIP } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString(), url),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE ? await devServer() : undefined,
  };
};

/** Only `npm start` needs the localhost certificates; the build and the tests never touch them. */
async function devServer() {
  const devCerts = require('office-addin-dev-certs');
  const https = await devCerts.getHttpsServerOptions();
  return {
    port: Number(process.env.npm_package_config_dev_server_port || 3000),
    server: { type: 'https', options: { ca: https.ca, key: https.key, cert: https.cert } },
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    hot: false,
  };
}
