/**
 * Offline checks of manifest.xml against what Office requires of an add-in only manifest
 * (office-addin-manifest's `validate` calls a web service, so it is not used): the fields its
 * reader extracts, plus the XML itself parsed with xml2js — element order, resources, strings,
 * URLs, icons and the ribbon's link to the command code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ManifestInfo } from 'office-addin-manifest';
import type { Configuration } from 'webpack';
import { DEV_BASE_URL, manifestUrls } from '../../scripts/manifest-url.cjs';
import { RIBBON_ACTIONS } from '../../src/commands/ribbon-actions';
import { METADATA_FILES } from '../../src/functions/metadata';
import { childrenNamed, only, parseXml, path, walk, type XmlElement } from './xml-tree';

const ROOT = join(__dirname, '..', '..');
const MANIFEST_PATH = join(ROOT, 'manifest.xml');
const MANIFEST = readFileSync(MANIFEST_PATH, 'utf8');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const RESID_MAX = 32;
const ICON_SIZES_REQUIRED = [16, 32, 80];
const ICON_SIZES_ALLOWED = [16, 20, 24, 32, 40, 48, 64, 80];

/**
 * Children order per the manifest XSDs (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0,
 * OfficeAppBasicTypesV1_0). Keys are element names, with the xsi:type in brackets where it decides.
 */
const CHILD_ORDER: Record<string, readonly string[]> = {
  OfficeApp: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
    'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
    'AllowSnapshot', 'VersionOverrides'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
  'Host[Workbook]': ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  'ExtensionPoint[CustomFunctions]': ['Script', 'Page', 'Metadata', 'Namespace'],
  'ExtensionPoint[PrimaryCommandSurface]': ['OfficeTab', 'CustomTab'],
  CustomTab: ['Group', 'Label'],
  Group: ['Label', 'Icon', 'Control'],
  'Control[Button]': ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  'Action[ExecuteFunction]': ['FunctionName'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
};

const REQUIRED_OFFICEAPP_CHILDREN = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];

type ResourceKind = 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings';

/** Which resource table a `resid` on each element refers to. */
const RESID_KIND: Record<string, ResourceKind> = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  Runtime: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Namespace: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

/** Elements whose DefaultValue (and Override values) are URLs. */
const URL_ELEMENTS = new Set(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'bt:Image', 'bt:Url']);

interface Resource {
  readonly kind: ResourceKind;
  readonly id: string;
  readonly defaultValue: string;
  readonly overrides: Readonly<Record<string, string>>;
}

function xsiType(e: XmlElement): string | undefined {
  return e.attributes['xsi:type'];
}

function orderKey(e: XmlElement): string {
  const type = xsiType(e);
  return type && CHILD_ORDER[`${e.name}[${type}]`] ? `${e.name}[${type}]` : e.name;
}

function overridesOf(e: XmlElement): Record<string, string> {
  return Object.fromEntries(
    e.children.filter((c) => c.name === 'Override' || c.name === 'bt:Override').map((c) => [c.attributes.Locale ?? '', c.attributes.Value ?? '']),
  );
}

/** Office's reader, run in plain Node: its ESM-only dependencies cannot load inside Jest's CommonJS module system. */
function readWithOfficeAddinManifest(file: string): ManifestInfo {
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    '.then((info) => process.stdout.write(JSON.stringify(info)), (e) => { console.error(e); process.exit(1); })';
  return JSON.parse(execFileSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' })) as ManifestInfo;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repository file a manifest URL serves (the build copies assets/ as is). */
function assetFile(url: string): string {
  expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  const relative = url.slice(DEV_BASE_URL.length);
  expect(relative.startsWith('assets/')).toBe(true);
  return join(ROOT, relative);
}

let info: ManifestInfo;
let root: XmlElement;
let resources: Map<string, Resource>;

beforeAll(async () => {
  info = readWithOfficeAddinManifest(MANIFEST_PATH);
  root = await parseXml(MANIFEST);
  resources = new Map();
  for (const table of path(root, 'VersionOverrides', 'Resources').children) {
    for (const e of table.children) {
      const id = e.attributes.id ?? '';
      expect(resources.has(id)).toBe(false);
      resources.set(id, { kind: table.name as ResourceKind, id, defaultValue: e.attributes.DefaultValue ?? '', overrides: overridesOf(e) });
    }
  }
});

function resource(resid: string, kind: ResourceKind): Resource {
  const found = resources.get(resid);
  if (!found || found.kind !== kind) throw new Error(`resid "${resid}" is not defined in ${kind}`);
  return found;
}

describe('what office-addin-manifest reads', () => {
  test('identity: GUID id, four-part version, provider, default locale', () => {
    expect(info.manifestType).toBe('xml');
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.id).toMatch(GUID);
    expect(info.version).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    expect(info.providerName?.trim()).toBeTruthy();
    expect((info.providerName ?? '').length).toBeLessThanOrEqual(SHORT_STRING_MAX);
    expect(info.defaultLocale).toBe('zh-CN');
  });

  test('display name and description within their limits', () => {
    expect(info.displayName).toBe('台账助手');
    expect((info.displayName ?? '').length).toBeLessThanOrEqual(SHORT_STRING_MAX);
    expect(info.description?.trim()).toBeTruthy();
    expect((info.description ?? '').length).toBeLessThanOrEqual(LONG_STRING_MAX);
  });

  test('Excel only, read-write document permission only, no extra app domains', () => {
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.appDomains ?? []).toEqual([]);
  });

  test('task pane source is the shared-runtime page', () => {
    expect(info.defaultSettings?.sourceLocation).toBe(resource('Taskpane.Url', 'bt:Urls').defaultValue);
  });
});

describe('structure', () => {
  test('every element with a schema-defined order has its children in that order', () => {
    for (const { element, ancestors } of walk(root)) {
      const order = CHILD_ORDER[orderKey(element)];
      // The base manifest's <Hosts><Host Name=…/> has no children; only the VersionOverrides Host is ordered.
      if (!order) continue;
      const indexes = element.children.map((c) => order.indexOf(c.name));
      const where = [...ancestors, element.name].join(' > ');
      expect({ where, unknown: element.children.filter((_, i) => indexes[i] === -1).map((c) => c.name) }).toEqual({ where, unknown: [] });
      expect({ where, sorted: indexes.every((v, i) => i === 0 || (indexes[i - 1] ?? 0) <= v) }).toEqual({ where, sorted: true });
    }
  });

  test('required OfficeApp elements are present, once', () => {
    for (const name of REQUIRED_OFFICEAPP_CHILDREN) expect(childrenNamed(root, name)).toHaveLength(1);
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
  });

  test('permissions are exactly ReadWriteDocument', () => {
    expect(only(root, 'Permissions').text).toBe('ReadWriteDocument');
  });

  test('requires ExcelApi 1.9 to activate', () => {
    const sets = path(root, 'Requirements', 'Sets').children;
    expect(sets.map((s) => s.attributes)).toEqual([{ Name: 'ExcelApi', MinVersion: '1.9' }]);
  });

  test('VersionOverrides 1.0 (the only version a TaskPaneApp supports) requires SharedRuntime 1.1', () => {
    const overrides = only(root, 'VersionOverrides');
    expect(overrides.attributes['xsi:type']).toBe('VersionOverridesV1_0');
    expect(overrides.attributes.xmlns).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    const sets = path(overrides, 'Requirements', 'bt:Sets').children;
    expect(sets.map((s) => s.attributes)).toEqual([{ Name: 'SharedRuntime', MinVersion: '1.1' }]);
  });

  test('one long-lived shared runtime runs the task pane, the commands and the custom functions', () => {
    const host = path(root, 'VersionOverrides', 'Hosts', 'Host');
    expect(host.attributes['xsi:type']).toBe('Workbook');
    const runtime = path(host, 'Runtimes', 'Runtime');
    expect(runtime.attributes).toEqual({ resid: 'Taskpane.Url', lifetime: 'long' });
    expect(path(host, 'DesktopFormFactor', 'FunctionFile').attributes.resid).toBe('Taskpane.Url');

    const functions = path(host, 'AllFormFactors', 'ExtensionPoint');
    expect(xsiType(functions)).toBe('CustomFunctions');
    expect(path(functions, 'Page', 'SourceLocation').attributes.resid).toBe('Taskpane.Url');
    expect(path(functions, 'Script', 'SourceLocation').attributes.resid).toBe('Functions.Script.Url');
    expect(path(functions, 'Metadata', 'SourceLocation').attributes.resid).toBe('Functions.Metadata.Url');
    expect(resource(only(functions, 'Namespace').attributes.resid ?? '', 'bt:ShortStrings').defaultValue).toBe('TAIZHANG');
  });
});

describe('resources and strings', () => {
  test('every resid resolves to a resource of the right kind, and ids fit in 32 characters', () => {
    const references = walk(root).filter(({ element }) => element.attributes.resid !== undefined);
    expect(references.length).toBeGreaterThan(0);
    for (const { element, ancestors } of references) {
      const kind = RESID_KIND[element.name];
      const where = [...ancestors, element.name].join(' > ');
      expect({ where, kind }).toEqual({ where, kind: expect.any(String) });
      const resid = element.attributes.resid ?? '';
      expect(resid.length).toBeLessThanOrEqual(RESID_MAX);
      expect(() => resource(resid, kind as ResourceKind)).not.toThrow();
    }
    for (const id of resources.keys()) expect(id.length).toBeLessThanOrEqual(RESID_MAX);
  });

  test('every resource is used', () => {
    const used = new Set(walk(root).map(({ element }) => element.attributes.resid).filter((r) => r !== undefined));
    expect([...resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test('short strings ≤ 125 and long strings ≤ 250 characters, never empty, in every language', () => {
    const limits: [ResourceKind, number][] = [['bt:ShortStrings', SHORT_STRING_MAX], ['bt:LongStrings', LONG_STRING_MAX]];
    for (const [kind, max] of limits) {
      for (const r of [...resources.values()].filter((x) => x.kind === kind)) {
        for (const value of [r.defaultValue, ...Object.values(r.overrides)]) {
          expect({ id: r.id, ok: value.trim().length > 0 && value.length <= max }).toEqual({ id: r.id, ok: true });
        }
      }
    }
  });

  test('display name, description and every string resource have an en-US override', () => {
    for (const name of ['DisplayName', 'Description']) {
      const element = only(root, name);
      expect(Object.keys(overridesOf(element))).toEqual(['en-US']);
    }
    expect((overridesOf(only(root, 'DisplayName'))['en-US'] ?? '').length).toBeLessThanOrEqual(SHORT_STRING_MAX);
    expect((overridesOf(only(root, 'Description'))['en-US'] ?? '').length).toBeLessThanOrEqual(LONG_STRING_MAX);
    const strings = [...resources.values()].filter((r) => r.kind === 'bt:ShortStrings' || r.kind === 'bt:LongStrings');
    expect(strings.length).toBeGreaterThan(0);
    for (const r of strings) expect({ id: r.id, locales: Object.keys(r.overrides) }).toEqual({ id: r.id, locales: ['en-US'] });
  });
});

describe('URLs', () => {
  const xmlUrls = () =>
    walk(root)
      .filter(({ element, ancestors }) => URL_ELEMENTS.has(element.name) || (/Override$/.test(element.name) && URL_ELEMENTS.has(ancestors.at(-1) ?? '')))
      .map(({ element }) => element.attributes.DefaultValue ?? element.attributes.Value ?? '')
      .filter((u) => u !== '');

  test('the build rewrite sees exactly the URLs the XML has', () => {
    expect(manifestUrls(MANIFEST).sort()).toEqual(xmlUrls().sort());
  });

  test('every URL is https on the one configured origin', () => {
    const urls = xmlUrls();
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) {
      const parsed = new URL(u);
      expect(parsed.protocol).toBe('https:');
      expect(u.startsWith(DEV_BASE_URL)).toBe(true);
    }
    expect(new Set(urls.map((u) => new URL(u).origin)).size).toBe(1);
  });

  test('pages, scripts and metadata are files the build writes', () => {
    // The webpack config names what it emits; the manifest must point at those names.
    const load = createRequire(__filename);
    const factory = load('../../webpack.config.js') as (env: unknown, argv: { mode: string }) => Configuration;
    const saved = process.env.TAIZHANG_URL;
    delete process.env.TAIZHANG_URL;
    const config = factory({}, { mode: 'production' });
    if (saved !== undefined) process.env.TAIZHANG_URL = saved;

    expect(config.output?.filename).toBe('[name].js');
    const pages = (config.plugins ?? []).map((p) => (p as { userOptions?: { filename?: string } }).userOptions?.filename).filter((f) => f !== undefined);
    const emitted = new Set([...pages, ...Object.keys(config.entry as object).map((name) => `${name}.js`), ...Object.values(METADATA_FILES)]);

    const served = (resid: string) => resource(resid, 'bt:Urls').defaultValue.slice(DEV_BASE_URL.length);
    for (const resid of ['Taskpane.Url', 'Functions.Script.Url', 'Functions.Metadata.Url', 'GetStarted.LearnMoreUrl']) {
      expect(emitted).toContain(served(resid));
    }
    const metadata = resource('Functions.Metadata.Url', 'bt:Urls');
    expect(metadata.defaultValue).toBe(`${DEV_BASE_URL}${METADATA_FILES['zh-CN']}`);
    expect(metadata.overrides).toEqual({ 'en-US': `${DEV_BASE_URL}${METADATA_FILES['en-US']}` });
    expect(emitted).toContain((only(root, 'SupportUrl').attributes.DefaultValue ?? '').slice(DEV_BASE_URL.length));
  });
});

describe('icons', () => {
  test('add-in icons: 32 px IconUrl and 64 px HighResolutionIconUrl, real PNGs in assets/', () => {
    for (const [name, size] of [['IconUrl', 32], ['HighResolutionIconUrl', 64]] as const) {
      const file = assetFile(only(root, name).attributes.DefaultValue ?? '');
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test('every icon reference has the sizes Office needs and points at a PNG of that exact size', () => {
    const icons = walk(root).filter(({ element }) => element.name === 'Icon');
    expect(icons.length).toBe(6); // the group and five buttons
    for (const { element } of icons) {
      const sizes = element.children.map((c) => Number(c.attributes.size));
      expect(new Set(sizes).size).toBe(sizes.length);
      for (const s of ICON_SIZES_REQUIRED) expect(sizes).toContain(s);
      for (const s of sizes) expect(ICON_SIZES_ALLOWED).toContain(s);
      for (const image of element.children) {
        const file = assetFile(resource(image.attributes.resid ?? '', 'bt:Images').defaultValue);
        expect(existsSync(file)).toBe(true);
        const size = Number(image.attributes.size);
        expect({ file, ...pngSize(file) }).toEqual({ file, width: size, height: size });
      }
    }
  });
});

describe('ribbon', () => {
  const surface = () => path(root, 'VersionOverrides', 'Hosts', 'Host', 'DesktopFormFactor', 'ExtensionPoint');

  test('one custom tab 台账助手 (en-US Taizhang) with one group of five buttons', () => {
    expect(xsiType(surface())).toBe('PrimaryCommandSurface');
    expect(childrenNamed(surface(), 'OfficeTab')).toHaveLength(0);
    const tab = only(surface(), 'CustomTab');
    const label = resource(only(tab, 'Label').attributes.resid ?? '', 'bt:ShortStrings');
    expect(label.defaultValue).toBe('台账助手');
    expect(label.overrides['en-US']).toBe('Taizhang');
    const controls = childrenNamed(only(tab, 'Group'), 'Control');
    expect(controls.map(xsiType)).toEqual(['Button', 'Button', 'Button', 'Button', 'Button']);
    expect(controls.map((c) => resource(only(c, 'Label').attributes.resid ?? '', 'bt:ShortStrings').defaultValue)).toEqual([
      '台账模板', '账物核对', '损坏赔偿', '月度计划', '统计报表',
    ]);
    expect(new Set(controls.map((c) => c.attributes.id)).size).toBe(5);
  });

  test('each button runs a function the commands register, in the same order', () => {
    const controls = childrenNamed(path(surface(), 'CustomTab', 'Group'), 'Control');
    const actions = controls.map((c) => only(c, 'Action'));
    expect(actions.map(xsiType)).toEqual(controls.map(() => 'ExecuteFunction'));
    expect(actions.map((a) => only(a, 'FunctionName').text)).toEqual(RIBBON_ACTIONS.map((a) => a.functionName));
  });

  test('every button has a tooltip (supertip title and description) in both languages', () => {
    for (const control of childrenNamed(path(surface(), 'CustomTab', 'Group'), 'Control')) {
      const tip = only(control, 'Supertip');
      const title = resource(only(tip, 'Title').attributes.resid ?? '', 'bt:ShortStrings');
      const description = resource(only(tip, 'Description').attributes.resid ?? '', 'bt:LongStrings');
      for (const r of [title, description]) expect(r.overrides['en-US']?.trim()).toBeTruthy();
    }
  });
});
