'use strict';
/**
 * The manifest for a deployment: every dev-server URL (https://localhost:3000/)
 * becomes the address the add-in is served from, as the yo-office templates
 * do for production builds. Used by webpack.config.js.
 */
const DEV_URL = 'https://localhost:3000/';

/** BEIAN_ADDIN_URL as the manifest's base URL (https, ending in /), or null when unset. */
function deployUrl(raw = process.env.BEIAN_ADDIN_URL) {
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`BEIAN_ADDIN_URL 不是有效的网址：${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`BEIAN_ADDIN_URL 必须以 https:// 开头（Office 只加载 https 的加载项）：${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function rewriteManifest(xml, url) {
  return url ? xml.replaceAll(DEV_URL, url) : xml;
}

module.exports = { DEV_URL, deployUrl, rewriteManifest };
