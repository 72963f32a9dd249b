/**
 * The production manifest: the build moves every URL from the dev server to TAIZHANG_URL, and
 * refuses a hosting URL Office could not load.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'webpack';
import { DEV_BASE_URL, manifestUrls, parseHostingUrl, rewriteManifestUrls } from '../../scripts/manifest-url.cjs';
import { parseXml, walk } from './xml-tree';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const HOST = 'https://addin.example.edu.cn/taizhang/';

describe('parseHostingUrl', () => {
  test.each([
    ['https://addin.example.edu.cn/taizhang/', 'https://addin.example.edu.cn/taizhang/'],
    ['https://addin.example.edu.cn/taizhang', 'https://addin.example.edu.cn/taizhang/'],
    ['  https://ADDIN.example.edu.cn  ', 'https://addin.example.edu.cn/'],
    ['https://10.0.0.5:8443/zwc/taizhang', 'https://10.0.0.5:8443/zwc/taizhang/'],
  ])('%s → %s', (raw, expected) => {
    expect(parseHostingUrl(raw)).toBe(expected);
  });

  test.each([
    ['http://addin.example.edu.cn/taizhang/', /https/],
    ['ftp://addin.example.edu.cn/', /https/],
    ['addin.example.edu.cn/taizhang', /not a URL/],
    ['', /not a URL/],
    ['https://user:secret@addin.example.edu.cn/', /credentials/],
    ['https://addin.example.edu.cn/?v=2', /query/],
    ['https://addin.example.edu.cn/#x', /fragment/],
    ["https://addin.example.edu.cn/o'neil/", /characters/],
  ])('rejects %s', (raw, message) => {
    expect(() => parseHostingUrl(raw)).toThrow(message);
  });
});

describe('rewriteManifestUrls', () => {
  test('moves every URL to the hosting URL and changes nothing else', async () => {
    const before = manifestUrls(MANIFEST);
    const rewritten = rewriteManifestUrls(MANIFEST, HOST);
    const after = manifestUrls(rewritten);

    expect(after).toHaveLength(before.length);
    expect(after).toEqual(before.map((u) => HOST + u.slice(DEV_BASE_URL.length)));
    expect(rewritten).not.toContain('localhost:3000');
    expect(rewritten.split(HOST).join(DEV_BASE_URL)).toBe(MANIFEST);

    // Still a manifest: the schema namespaces (http URIs that are names, not addresses) are untouched.
    const root = await parseXml(rewritten);
    expect(root.attributes.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    const values = walk(root).flatMap(({ element }) => [element.attributes.DefaultValue, element.attributes.Value]);
    expect(values.filter((v) => v?.startsWith('http')).every((v) => v?.startsWith(HOST))).toBe(true);
  });

  test('rejects an http hosting URL', () => {
    expect(() => rewriteManifestUrls(MANIFEST, 'http://addin.example.edu.cn/taizhang/')).toThrow(/https/);
  });

  test('refuses a manifest with a URL outside the dev server, which would escape the rewrite', () => {
    const stray = MANIFEST.replace(`<SupportUrl DefaultValue="${DEV_BASE_URL}taskpane.html"/>`, '<SupportUrl DefaultValue="https://example.com/help"/>');
    expect(stray).not.toBe(MANIFEST);
    expect(() => rewriteManifestUrls(stray, HOST)).toThrow(/example\.com\/help/);
  });
});

describe('the webpack build', () => {
  const load = createRequire(__filename);
  const factory = load('../../webpack.config.js') as (env: unknown, argv: { mode: string }) => Configuration;

  function withHostingUrl<T>(value: string | undefined, run: () => T): T {
    const saved = process.env.TAIZHANG_URL;
    if (value === undefined) delete process.env.TAIZHANG_URL;
    else process.env.TAIZHANG_URL = value;
    try {
      return run();
    } finally {
      if (saved === undefined) delete process.env.TAIZHANG_URL;
      else process.env.TAIZHANG_URL = saved;
    }
  }

  interface CopyPattern {
    to?: string;
    transform?: (content: Buffer) => Buffer | string;
  }

  function manifestTransform(config: Configuration): (content: Buffer) => Buffer | string {
    const patterns = (config.plugins ?? []).flatMap((p) => (p as { patterns?: CopyPattern[] }).patterns ?? []);
    const pattern = patterns.find((p) => p.to === 'manifest.xml');
    if (!pattern?.transform) throw new Error('the build does not copy manifest.xml through a transform');
    return pattern.transform;
  }

  test('fails before building when TAIZHANG_URL is not https', () => {
    expect(() => withHostingUrl('http://addin.example.edu.cn/taizhang/', () => factory({}, { mode: 'production' }))).toThrow(/https/);
  });

  test('writes the manifest for TAIZHANG_URL', () => {
    const config = withHostingUrl(HOST, () => factory({}, { mode: 'production' }));
    const written = String(manifestTransform(config)(Buffer.from(MANIFEST)));
    expect(written).toBe(rewriteManifestUrls(MANIFEST, HOST));
  });

  test('keeps the dev-server manifest when TAIZHANG_URL is not set, and warns in production', () => {
    const config = withHostingUrl(undefined, () => factory({}, { mode: 'production' }));
    expect(String(manifestTransform(config)(Buffer.from(MANIFEST)))).toBe(MANIFEST);
    const names = (config.plugins ?? []).map((p) => p?.constructor.name);
    expect(names).toContain('WarningPlugin');
    const dev = withHostingUrl(undefined, () => factory({}, { mode: 'development' }));
    expect((dev.plugins ?? []).map((p) => p?.constructor.name)).not.toContain('WarningPlugin');
  });
});
