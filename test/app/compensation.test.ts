/**
 * The compensation use cases on fixture registers through the file adapter, against amounts worked
 * out by hand (test/fixtures/compensation-*.compensation.json).
 */
import {
  computeCompensation,
  createPolicySheet,
  loadPolicy,
  outcomeJson,
  writeCompensationResults,
  type CompensationOutcome,
} from '../../src/app/compensation';
import { isUserError } from '../../src/core/errors';
import { formatFen } from '../../src/core/money';
import { noticesFor, settleMonthly, type IncidentResult, type SettlementLine } from '../../src/core/compensation';
import { cellText, type Grid } from '../../src/core/sheet/grid';
import { newXlsx, openXlsx } from '../../src/workbook/file';
import { netIncidents, openFixture, policyDoc, registerDoc, type ExpectedIncident } from './compensation-fixtures';

function asExpected(r: IncidentResult, keys: readonly string[]): Record<string, unknown> {
  const all: Record<string, unknown> = {
    row: r.row,
    item: r.item,
    nature: r.nature,
    rule: r.rule,
    base: formatFen(r.base),
    multiplier: r.multiplier,
    amount: formatFen(r.amount),
    amountInWords: r.amountInWords,
    payers: r.payers.map((p) => ({ name: p.name, kind: p.kind, amount: formatFen(p.amount) })),
    disposition: r.disposition,
    paid: formatFen(r.paid),
    outstanding: formatFen(r.outstanding),
    dueDate: r.dueDate,
    overdue: r.overdue,
  };
  return Object.fromEntries(keys.map((k) => [k, all[k]]));
}

function expectIncidents(outcome: CompensationOutcome, expected: readonly ExpectedIncident[]): void {
  expect(outcome.results.map((r) => r.row)).toEqual(expected.map((e) => e.row));
  for (const e of expected) {
    const r = outcome.results.find((x) => x.row === e.row);
    expect(r && asExpected(r, Object.keys(e))).toEqual(e);
  }
}

const compensationFindings = (o: CompensationOutcome) =>
  o.findings.filter((f) => f.code.startsWith('compensation.')).map((f) => ({ cell: f.cell, severity: f.severity, code: f.code }));

const lineJson = (l: SettlementLine) => ({
  name: l.name,
  unit: l.unit,
  incidents: l.incidents,
  due: formatFen(l.due),
  paid: formatFen(l.paid),
  outstanding: formatFen(l.outstanding),
  broughtForward: formatFen(l.broughtForward),
  totalOutstanding: formatFen(l.totalOutstanding),
  overdue: formatFen(l.overdue),
});

function allText(grid: Grid): string {
  return grid.rows.map((r) => r.map((c) => cellText(c)).join('\t')).join('\n');
}

describe('compensation-register (default policy)', () => {
  const doc = registerDoc;
  let outcome: CompensationOutcome;
  beforeAll(async () => {
    outcome = await computeCompensation(await openFixture(doc.workbook), { asOf: doc.asOf });
  });

  it('finds the register by its columns and uses the default policy when the workbook has none', () => {
    expect(outcome.sheet).toBe(doc.sheet);
    expect(outcome.policySource).toBe('default');
    expect(outcome.basis).toBe('original');
    expect(outcome.incidents.map((i) => i.row)).toEqual(Array.from({ length: 14 }, (_, i) => i + 4));
  });

  it('computes every incident to the fen with the rule that produced it', () => {
    expectIncidents(outcome, doc.original.incidents);
  });

  it('reports the unclear nature, the negative value and the hidden row where they are, and charges nothing for them', () => {
    expect(compensationFindings(outcome)).toEqual(doc.original.findings);
    expect(outcome.results.some((r) => r.row === 11 || r.row === 16)).toBe(false);
  });

  it('summarizes as the issue shows', () => {
    const json = outcomeJson(outcome, 'zh-CN');
    expect(json.summary).toMatchObject(doc.original.summary);
    expect(outcome.results.filter((r) => r.amount > 0).length).toBe(doc.original.summary.chargeable);
  });

  it('gives one notice per payer for what is still owed', () => {
    const notices = noticesFor(outcome.results).map((n) => ({ payer: n.payer, kind: n.kind, unit: n.unit, rows: n.lines.map((l) => l.result.row), toPay: formatFen(n.toPay) }));
    expect(notices).toEqual(doc.original.notices);
  });

  it('settles the month by class and by person, bringing forward what October left unpaid', () => {
    const s = settleMonthly(outcome.results, doc.month);
    expect(s.byUnit.map(lineJson)).toEqual(doc.original.settlement.byUnit);
    expect(s.byPerson.map(lineJson)).toEqual(doc.original.settlement.byPerson);
    expect(lineJson(s.total)).toEqual(doc.original.settlement.total);
  });

  it('lists natural damage that cannot be repaired for write-off', () => {
    const json = outcomeJson(outcome, 'zh-CN');
    expect(json.writeOffRows).toEqual(doc.original.writeOffs.map((w) => ({ row: w.row, code: w.code, item: w.item, quantity: w.quantity, originalTotal: w.originalTotal })));
  });

  it('previews the 应赔金额 cells it would fill, with what they hold now', () => {
    expect(outcome.amountDue.column).toBe(doc.original.amountDue.column);
    expect(outcome.amountDue.unchanged).toBe(doc.original.amountDue.unchanged);
    expect(outcome.amountDue.edits.map((e) => ({ address: e.address, value: formatFen(e.fen), previous: e.previous }))).toEqual(doc.original.amountDue.edits);
  });

  it('writes results, notices, the settlement and the write-off rows to sheets of its own', async () => {
    const port = await openFixture(doc.workbook);
    const before = await port.readGrid(doc.sheet);
    const computed = await computeCompensation(port, { asOf: doc.asOf });
    const written = await writeCompensationResults(port, computed, { notices: { date: '2025-12-01', paper: 'A5' }, month: doc.month, now: new Date('2025-12-01T08:00:00Z') });
    expect(written.results.name).toBe('赔偿计算结果');
    expect(written.notices?.name).toBe('赔偿通知单');
    expect(written.noticeCount).toBe(doc.original.notices.length);
    expect(written.settlement.name).toBe('赔偿兑现2025-11');
    expect(written.writeOffs?.name).toBe('待报损注销');
    // The register itself is untouched; the file, saved and opened again, holds the new sheets.
    expect(await port.readGrid(doc.sheet)).toEqual(before);
    const saved = await openXlsx(await port.save(), 'out.xlsx');

    const results = allText(await saved.readGrid('赔偿计算结果'));
    for (const e of doc.original.incidents) expect(results).toContain(e.amountInWords);
    const notices = allText(await saved.readGrid('赔偿通知单'));
    for (const n of doc.original.notices) expect(notices).toContain(n.payer);
    expect(notices).toContain('人民币柒仟叁佰陆拾元整');
    expect(notices.match(/损坏公物赔偿通知单/g)).toHaveLength(doc.original.notices.length);
    const settlement = allText(await saved.readGrid('赔偿兑现2025-11'));
    for (const l of doc.original.settlement.byUnit) expect(settlement).toContain(l.name);

    const writeOffs = await saved.readGrid('待报损注销');
    const w = doc.original.writeOffs[0];
    const row = writeOffs.rows.find((r) => r.some((c) => c === w?.code));
    expect(row).toBeDefined();
    expect(row).toEqual(expect.arrayContaining([w?.code, w?.item, w?.spec, w?.quantity, Number(w?.originalTotal), Number(w?.netValue), { date: w?.acquiredOn }, '自然损耗，无法修复']));
    expect(allText(writeOffs)).toContain('损坏赔偿登记“损坏赔偿登记”第6行（教务处）');
  });

  it('replaces only its own sheets on a re-run', async () => {
    const port = await openFixture(doc.workbook);
    const computed = await computeCompensation(port, { asOf: doc.asOf });
    await writeCompensationResults(port, computed);
    const again = await writeCompensationResults(port, computed);
    expect(again.results.replaced).toBe(true);
    expect((await port.listSheets()).filter((s) => s.name.startsWith('赔偿计算结果'))).toHaveLength(1);
  });
});

describe('compensation-register on the net basis (--basis net)', () => {
  const doc = registerDoc;
  let outcome: CompensationOutcome;
  beforeAll(async () => {
    outcome = await computeCompensation(await openFixture(doc.workbook), { asOf: doc.asOf, basis: 'net' });
  });

  it('values old items at their depreciated value', () => {
    expect(outcome.basis).toBe('net');
    expectIncidents(outcome, netIncidents());
    expect(outcomeJson(outcome, 'zh-CN').summary).toMatchObject(doc.net.summary);
  });

  it('falls back to the original value for an incident without an acquisition date, and says so', () => {
    expect(compensationFindings(outcome)).toEqual(expect.arrayContaining(doc.net.extraFindings));
    const r = outcome.results.find((x) => x.row === 12);
    expect(r?.rule).toBe('original');
    expect(r?.valuation).toMatchObject({ rule: 'original', fallback: 'noAcquisitionDate' });
    expect(r?.explanation['zh-CN']).toMatch(/购置日期|取得日期/);
  });
});

describe('compensation-policy (a school’s own policy sheet)', () => {
  const doc = policyDoc;

  it('reads the policy sheet; each bad cell is a finding pointing at it and its default stands', async () => {
    const loaded = await loadPolicy(await openFixture(doc.workbook));
    expect(loaded.source).toBe('sheet');
    expect(loaded.sheet).toBe(doc.policySheet);
    expect(loaded.policy).toMatchObject({ schoolName: doc.policy.schoolName, collector: doc.policy.collector, multipliers: doc.policy.multipliers, dueDays: doc.policy.dueDays });
    expect(loaded.policy.overdue.enabled).toBe(doc.policy.overdueEnabled);
    expect(loaded.policy.priceList.map((p) => p.name)).toEqual(doc.policy.priceList);
    expect(loaded.findings.map((f) => ({ cell: f.cell, severity: f.severity, code: f.code }))).toEqual(doc.policyFindings);
    expect(loaded.findings.every((f) => f.sheet === doc.policySheet)).toBe(true);
    expect(loaded.findings[0]?.message['zh-CN']).toContain('照价');
  });

  it('computes the register by the school’s policy', async () => {
    const outcome = await computeCompensation(await openFixture(doc.workbook), { asOf: doc.asOf });
    expect(outcome.sheet).toBe(doc.sheet);
    expect(outcome.policySource).toBe('sheet');
    expectIncidents(outcome, doc.original.incidents);
    expect(outcomeJson(outcome, 'zh-CN').summary).toMatchObject(doc.original.summary);
    // The policy's findings are among the outcome's, so the clerk sees them with the results.
    expect(outcome.findings.filter((f) => f.sheet === doc.policySheet)).toHaveLength(doc.policyFindings.length);
  });

  it('lets a given policy override the sheet', async () => {
    const loaded = await loadPolicy(await openFixture(doc.workbook));
    const outcome = await computeCompensation(await openFixture(doc.workbook), {
      asOf: doc.asOf,
      policy: { ...loaded.policy, multipliers: { ...loaded.policy.multipliers, deliberate: 2 } },
    });
    expect(outcome.policySource).toBe('given');
    expect(outcome.results.find((r) => r.row === 3)?.amount).toBe(10000);
    expect(outcome.findings.some((f) => f.sheet === doc.policySheet)).toBe(false);
  });
});

describe('the policy sheet', () => {
  it('round-trips through the real file adapter: write → save → reopen → read', async () => {
    const port = newXlsx('policy.xlsx');
    const own = {
      ...(await loadPolicy(port)).policy,
      schoolName: '青山县第二中学',
      multipliers: { natural: 0, accidental: 1, deliberate: 3, lost: 1.5 },
      basis: 'net' as const,
      dueDays: 14,
      overdue: { enabled: true, days: 15, multiplier: 2 },
    };
    const written = await createPolicySheet(port, { policy: own });
    expect(written.name).toBe('赔偿办法');
    const reopened = await openXlsx(await port.save(), 'policy.xlsx');
    const loaded = await loadPolicy(reopened);
    expect(loaded).toEqual({ policy: own, findings: [], source: 'sheet', sheet: '赔偿办法' });
  });

  it('re-creating it replaces Taizhang’s own sheet, never a user’s sheet of that name', async () => {
    const port = newXlsx('policy.xlsx');
    await port.writeSheet({ name: '赔偿办法', kind: 'user', blocks: [{ type: 'lines', lines: ['学校的赔偿制度全文……'] }] });
    expect((await loadPolicy(port)).source).toBe('default');
    const first = await createPolicySheet(port);
    expect(first.name).toBe('赔偿办法 (2)');
    const second = await createPolicySheet(port, { locale: 'en-US' });
    expect(second).toEqual({ name: '赔偿办法 (2)', replaced: true });
    expect((await port.readGrid('赔偿办法')).rows[0]?.[0]).toBe('学校的赔偿制度全文……');
    expect((await loadPolicy(port)).sheet).toBe('赔偿办法 (2)');
  });
});

describe('registers Taizhang does not recognize', () => {
  it('a named sheet without the nature and item columns is a clear error listing what was looked for', async () => {
    const port = newXlsx('x.xlsx');
    await port.writeSheet({
      name: '课表',
      kind: 'user',
      blocks: [{ type: 'table', columns: [{ header: '星期' }, { header: '节次' }, { header: '课程' }], rows: [['一', 1, '语文']] }],
    });
    const err = await computeCompensation(port, { sheet: '课表', asOf: '2025-11-30' }).catch((e: unknown) => e);
    expect(isUserError(err)).toBe(true);
    if (isUserError(err)) {
      expect(err.code).toBe('compensation.register.unrecognized');
      expect(err.localized['zh-CN']).toContain('损坏性质');
      expect(err.localized['zh-CN']).toContain('课表');
      expect(err.localized['en-US']).toContain('damage register');
    }
  });

  it('a workbook without any register says which sheets it checked', async () => {
    const port = newXlsx('x.xlsx');
    await port.writeSheet({ name: '说明', kind: 'user', blocks: [{ type: 'lines', lines: ['本工作簿记录食堂采购。'] }] });
    const err = await computeCompensation(port, { asOf: '2025-11-30' }).catch((e: unknown) => e);
    expect(isUserError(err) && err.code).toBe('compensation.register.none');
    expect(isUserError(err) && err.localized['zh-CN']).toContain('“说明”');
  });
});
