/** `taizhang template …`, `adopt`, `validate` through the CLI's main with captured output. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/context';

function capture(): CliIO & { out_: string[]; err_: string[] } {
  const out_: string[] = [];
  const err_: string[] = [];
  return { out_, err_, out: (t) => out_.push(t), err: (t) => err_.push(t) };
}

describe('taizhang template and validate', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'taizhang-cli-'));

  it('lists the templates as JSON', async () => {
    const io = capture();
    expect(await main(['template', 'list', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out_.join('')) as { templates: Array<{ key: string }> };
    expect(json.templates.map((t) => t.key)).toContain('writeOffRegister');
    expect(json.templates).toHaveLength(12);
  });

  it('creates a register with samples and validates it clean', async () => {
    const file = path.join(dir, 'a.xlsx');
    expect(await main(['template', 'create', 'assetRegister', '--out', file, '--sample', '6', '--as-of', '2025-12-31'], capture())).toBe(0);
    const io = capture();
    expect(await main(['validate', file, '--template', 'assetRegister', '--today', '2026-01-10', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out_.join(''))).toMatchObject({ template: 'assetRegister', rows: 6, findings: [] });
  });

  it('refuses an unknown template with the list of keys, exit 1', async () => {
    const io = capture();
    expect(await main(['template', 'create', 'nope', '--out', path.join(dir, 'b.xlsx')], io)).toBe(1);
    expect(io.err_.join('')).toContain('assetRegister');
  });

  it('never overwrites an --out file it cannot read', async () => {
    const file = path.join(dir, 'broken.xlsx');
    writeFileSync(file, 'not a workbook');
    const io = capture();
    expect(await main(['template', 'create', 'assetRegister', '--out', file], io)).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('not a workbook');
  });
});
