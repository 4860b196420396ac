/*
 * Runs before the pane's bundle, in plain ES5: Excel 2016/2019 on Windows show
 * add-ins in Internet Explorer or the old EdgeHTML webview, which cannot run
 * the pane (React 18, Fluent UI v9). There the clerk gets this explanation
 * instead of an empty pane. Object.fromEntries arrived with the Chromium-based
 * engines the pane needs.
 */
(function () {
  if (typeof Object.fromEntries === 'function') return;
  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('root');
    if (!root) return;
    root.innerHTML =
      '<div style="padding:12px;line-height:1.7">' +
      '<h1 style="font-size:18px">备案检查</h1>' +
      '<p>此版本 Excel 内置的浏览器（Internet Explorer 或旧版 Edge）过旧，无法显示检查面板。</p>' +
      '<p>可以改用 Chrome、Edge 等浏览器打开本页面，以“打开文件”的方式检查工作簿并下载标注和 Word 表格；或升级到 Office 2021、Microsoft 365。</p>' +
      '</div>';
  });
})();
