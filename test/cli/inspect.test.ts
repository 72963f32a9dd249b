/** `taizhang inspect` through the CLI's main, and once as the real command a user types. */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { z } from 'zod';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/context';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'sample', '台账示例.xlsx');

/** The shape issue #2 promises (more keys allowed). */
const inspectJson = z.object({
  sheets: z.array(
    z.object({
      name: z.string(),
      headerRows: z.array(z.number().int()),
      firstDataRow: z.number().int(),
      lastDataRow: z.number().int(),
      fields: z.record(z.string(), z.object({ column: z.string().regex(/^[A-Z]+$/), header: z.string(), confidence: z.number().min(0).max(1) })),
      findings: z.array(z.object({ cell: z.string(), severity: z.enum(['error', 'warning', 'info']), message: z.string().min(1) })),
    }),
  ),
});

function capture(): CliIO & { text: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (t) => out.push(t), err: (t) => err.push(t), text: () => out.join('\n'), errText: () => err.join('\n') };
}

describe('taizhang inspect', () => {
  it('prints the promised JSON for the sample', async () => {
    const io = capture();
    expect(await main(['inspect', SAMPLE, '--json'], io)).toBe(0);
    const json = inspectJson.parse(JSON.parse(io.text()));
    const ledger = json.sheets.find((s) => s.name === '固定资产明细账');
    expect(ledger).toMatchObject({ headerRows: [3], firstDataRow: 4, lastDataRow: 157 });
    expect(ledger?.fields.code).toMatchObject({ column: 'B', header: '资产编号' });
    expect(ledger?.findings.some((f) => f.cell === 'E110')).toBe(true);
  });

  it('speaks English when asked', async () => {
    const io = capture();
    expect(await main(['inspect', SAMPLE, '--sheet', '资产盘点表', '--lang', 'en-US'], io)).toBe(0);
    expect(io.text()).toContain('Header rows: 4');
  });

  it('says a missing sheet by name and lists the sheets, exit 1', async () => {
    const io = capture();
    expect(await main(['inspect', SAMPLE, '--sheet', '不存在'], io)).toBe(1);
    expect(io.errText()).toContain('不存在');
    expect(io.errText()).toContain('固定资产明细账');
  });

  it('runs as the installed command', () => {
    const out = execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'bin', 'taizhang.cjs'), 'inspect', SAMPLE, '--sheet', '固定资产明细账', '--json'], { encoding: 'utf8' });
    expect(inspectJson.parse(JSON.parse(out)).sheets[0]?.lastDataRow).toBe(157);
  });
});
