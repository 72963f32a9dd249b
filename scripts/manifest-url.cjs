/**
 * The manifest's one origin. manifest.xml, as committed, points every URL at the dev server; a build
 * for a real host rewrites that base to the hosting URL (TAIZHANG_URL). Used by webpack.config.js
 * and by the manifest tests, so what is tested is what the build does.
 */
'use strict';

const DEV_BASE_URL = 'https://localhost:3000/';

/** URL-valued attributes of the manifest (DefaultValue / Value); xmlns schema names are not URLs to rewrite. */
const URL_ATTRIBUTE = /\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g;

/**
 * Checks a hosting URL and returns it in canonical form, ending in "/". Office loads add-ins only
 * over https, so anything else fails here rather than at sideload time.
 */
function parseHostingUrl(raw) {
  const text = String(raw ?? '').trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`TAIZHANG_URL is not a URL: "${text}". Example: TAIZHANG_URL=https://addin.example.edu.cn/taizhang/`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`TAIZHANG_URL must use https (Office loads add-ins only over https): "${text}"`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`TAIZHANG_URL must be a plain base URL without credentials, query or fragment: "${text}"`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  const base = url.href;
  if (/[&<>"']/.test(base)) {
    throw new Error(`TAIZHANG_URL contains characters that cannot appear in the manifest: "${text}"`);
  }
  return base;
}

/** Every URL the manifest refers to, in document order. */
function manifestUrls(xml) {
  return [...String(xml).matchAll(URL_ATTRIBUTE)].map((m) => m[1]);
}

/**
 * Rewrites every dev-server URL of the manifest to the hosting URL, and checks that no URL is left
 * elsewhere: the add-in is served from one origin.
 */
function rewriteManifestUrls(xml, hostingUrl) {
  const base = parseHostingUrl(hostingUrl);
  const rewritten = String(xml).split(DEV_BASE_URL).join(base);
  const stray = manifestUrls(rewritten).filter((u) => !u.startsWith(base));
  if (stray.length > 0) {
    throw new Error(`manifest.xml has URLs outside ${DEV_BASE_URL} that the build cannot move to ${base}: ${stray.join(', ')}`);
  }
  return rewritten;
}

module.exports = { DEV_BASE_URL, parseHostingUrl, manifestUrls, rewriteManifestUrls };
