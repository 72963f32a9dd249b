/** A sheet listing findings, each linked to its cell, for printing or working through. */
import type { Finding } from '../core/findings';
import type { SheetSpec } from '../core/sheet/spec';

/** "H17" → H17; "5:9" (a block of rows) → A5; "B4:B9" → B4. */
function anchor(cell: string): string {
  const first = cell.split(':')[0] ?? cell;
  return /^\d+$/.test(first) ? `A${first}` : first;
}

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

export function findingsSheetSpec(sheet: string, what: string, findings: readonly Finding[]): SheetSpec {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return {
    name: `${sheet.slice(0, 24)}（检查）`,
    kind: `validate.${sheet}`,
    blocks: [
      { type: 'title', text: `“${sheet}”检查结果（${what}）` },
      { type: 'lines', lines: [`共 ${findings.length} 条：错误 ${findings.filter((f) => f.severity === 'error').length}，警告 ${findings.filter((f) => f.severity === 'warning').length}，提示 ${findings.filter((f) => f.severity === 'info').length}`] },
      {
        type: 'table',
        columns: [{ header: '级别', width: 6 }, { header: '单元格', width: 10 }, { header: '说明', width: 70, wrap: true }],
        rows: findings.map((f) => [SEVERITY_ZH[f.severity], f.cell ? { text: f.cell, link: `${quoted}!${anchor(f.cell)}` } : '', f.message['zh-CN']]),
        rowStyles: findings.map((f) => (f.severity === 'error' ? 'bad' : f.severity === 'warning' ? 'warn' : 'info')),
        autoFilter: true,
        freezeHeader: true,
      },
    ],
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatHeader: true, footer: '第 &P 页，共 &N 页' },
  };
}
