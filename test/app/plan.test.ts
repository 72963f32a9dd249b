/**
 * The monthly plan use cases through the file adapter, on fixture workbooks (scripts/fixtures/plan.mjs)
 * whose expected register items were worked out by hand: registers found by their columns or by
 * adoption, open against closed rows, a workbook without registers, a month the holiday data does
 * not cover, the library sheet staff edit, calendar settings, roll-forward from a plan sheet written
 * and then ticked off, and the text, .ics and JSON outputs.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { z } from 'zod';
import {
  CALENDAR_SETTING,
  createLibrarySheet,
  generateMonthlyPlan,
  loadLibrary,
  monthlyPlanJsonSchema,
  planIcs,
  planJson,
  planText,
  refTarget,
  saveCalendarConfig,
  writePlan,
  type MonthlyPlan,
} from '../../src/app/plan';
import { adoptSheet } from '../../src/app/templates';
import { isUserError } from '../../src/core/errors';
import { chineseDaysCalendar } from '../../src/core/plan/chinese-days';
import { builtInLibrary } from '../../src/core/plan/library';
import { readPlanFromGrid } from '../../src/core/plan/plan-sheet';
import { recalculateXlsx, requireLibreOffice } from '../helpers/libreoffice';
import { openXlsx, newXlsx, type FileWorkbook } from '../../src/workbook/file';

const DIR = path.join(__dirname, '..', 'fixtures');
const NOW = new Date('2026-02-27T08:00:00Z');
const cal = chineseDaysCalendar();

const expectedSchema = z.object({
  workbook: z.string(),
  description: z.string(),
  month: z.string(),
  adopt: z.object({ sheet: z.string(), template: z.string(), overrides: z.record(z.string(), z.string()) }).optional(),
  registersBeforeAdoption: z.array(z.object({ register: z.string(), sheet: z.string(), template: z.string(), via: z.string(), rows: z.number() })).optional(),
  registers: z.array(z.object({ register: z.string(), sheet: z.string(), template: z.string(), via: z.string(), rows: z.number() })),
  countBasis: z.string().nullable(),
  warnings: z.array(z.string()),
  findings: z.array(z.object({ sheet: z.string(), cell: z.string(), code: z.string() })),
  items: z.array(z.object({ title: z.string(), category: z.string(), due: z.string(), owner: z.string(), source: z.literal('workbook'), ref: z.string(), refs: z.array(z.string()), note: z.string() })),
});
type Expected = z.infer<typeof expectedSchema>;

function expected(name: string): Expected {
  return expectedSchema.parse(JSON.parse(readFileSync(path.join(DIR, `${name}.plan.json`), 'utf8')));
}

async function open(name: string): Promise<FileWorkbook> {
  return openXlsx(readFileSync(path.join(DIR, `${name}.xlsx`)), `${name}.xlsx`);
}

function workbookItems(plan: MonthlyPlan) {
  return plan.items
    .filter((i) => i.source === 'workbook')
    .map((i) => ({ title: i.title, category: i.category, due: i.due, owner: i.owner, source: i.source, ref: i.ref, refs: i.refs, note: i.note?.['zh-CN'] }))
    .sort((a, b) => (a.title < b.title ? -1 : 1));
}

const sorted = (items: Expected['items']) => [...items].sort((a, b) => (a.title < b.title ? -1 : 1));

describe('plan-registers: every register recognized by its columns (March 2026)', () => {
  const exp = expected('plan-registers');
  let plan: MonthlyPlan;
  beforeAll(async () => {
    plan = await generateMonthlyPlan(await open('plan-registers'), { month: exp.month, now: NOW });
  });

  test('finds each register on its sheet and says how', () => {
    expect(plan.registers).toEqual(exp.registers);
    expect(plan.countBasis).toBe(exp.countBasis);
    expect(plan.sources.map((s) => s['zh-CN'])).toContain('维修登记：工作表“维修登记”（按列名识别，7行）');
  });

  test('lists exactly the open rows, each naming its source rows, as worked out by hand', () => {
    expect(workbookItems(plan)).toEqual(sorted(exp.items));
  });

  test('open vs closed repairs: accepted, repaired-by-date and repaired-by-state rows are left out', () => {
    const refs = plan.items.filter((i) => i.id.startsWith('wb:repairs')).map((i) => i.ref);
    expect(refs).toEqual(expect.arrayContaining(['维修登记!A5', '维修登记!A6', '维修登记!A9', '维修登记!A10']));
    for (const closed of ['维修登记!A4', '维修登记!A7', '维修登记!A8']) expect(refs).not.toContain(closed);
  });

  test('unsettled vs settled compensation; a row without an amount is a finding at its cell, not an item', () => {
    const refs = plan.items.filter((i) => i.id.startsWith('wb:compensations')).flatMap((i) => i.refs ?? []);
    expect(refs.sort()).toEqual(['损坏赔偿登记!A5', '损坏赔偿登记!A6', '损坏赔偿登记!A7']);
    const got = plan.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, code: f.code }));
    expect(got).toEqual(exp.findings);
  });

  test('overdue vs returned loans; shortages awaiting approval; uncounted assets (count sheet matched by code)', () => {
    expect(plan.items.filter((i) => i.id.startsWith('wb:loans')).map((i) => i.ref).sort()).toEqual(['物品借还登记!A3', '物品借还登记!A4', '物品借还登记!A7']);
    expect(plan.items.find((i) => i.id.startsWith('wb:shortages'))?.refs).toEqual(['报损注销登记!A3', '报损注销登记!A4']);
    expect(plan.items.find((i) => i.id === 'wb:assets:uncounted')?.refs).toEqual(['固定资产明细账!A4', '固定资产明细账!A5', '固定资产明细账!A8', '固定资产明细账!A9']);
  });

  test('no warnings; the library and calendar items are there too, all on working days', () => {
    expect(plan.warnings.map((w) => w.code)).toEqual(exp.warnings);
    expect(plan.items.filter((i) => i.source === 'library').length).toBeGreaterThan(5);
    expect(plan.items.some((i) => i.title === '校园绿化带护理和补种' && i.due === '2026-03-12')).toBe(true);
    for (const i of plan.items) expect([i.title, cal.isWorkday(i.due)]).toEqual([i.title, true]);
    expect(plan.library).toEqual({ source: 'builtIn', sheet: null, tasks: builtInLibrary().length, enabled: builtInLibrary().filter((t) => t.enabled).length });
  });
});

describe('plan-adopted: a register under other column names counts once it is adopted', () => {
  const exp = expected('plan-adopted');
  const adopt = exp.adopt!;

  test('before adoption only the ledger is found; after, the repair book too', async () => {
    const port = await open('plan-adopted');
    const before = await generateMonthlyPlan(port, { month: exp.month, now: NOW });
    expect(before.registers).toEqual(exp.registersBeforeAdoption);
    expect(before.items.filter((i) => i.id.startsWith('wb:repairs'))).toEqual([]);

    await adoptSheet(port, adopt.sheet, adopt.template, adopt.overrides);
    const after = await generateMonthlyPlan(port, { month: exp.month, now: NOW });
    expect(after.registers).toEqual(exp.registers);
    expect(after.countBasis).toBe(exp.countBasis);
    expect(workbookItems(after)).toEqual(sorted(exp.items));
    expect(after.warnings.map((w) => w.code)).toEqual(exp.warnings);
    expect(after.findings).toEqual([]);
  });
});

describe('a workbook without the registers', () => {
  const exp = expected('plan-no-registers');

  test('the plan comes from the library and calendar, and says so once', async () => {
    const plan = await generateMonthlyPlan(await open('plan-no-registers'), { month: exp.month, now: NOW });
    expect(plan.registers).toEqual(exp.registers);
    expect(plan.warnings.map((w) => w.code)).toEqual(exp.warnings);
    expect(plan.warnings[0]?.message['zh-CN']).toContain('计划只来自任务库和校历');
    expect(workbookItems(plan)).toEqual(exp.items);
    expect(plan.items.length).toBeGreaterThan(5);
  });

  test('no workbook at all: planned from the built-in library, and said so', async () => {
    const plan = await generateMonthlyPlan(null, { month: '2026-03', now: NOW });
    expect(plan.registers).toBeNull();
    expect(plan.previous).toBeNull();
    expect(plan.warnings.map((w) => w.code)).toEqual(['plan.workbook.none']);
    expect(plan.items.length).toBeGreaterThan(5);
  });
});

describe('a month outside the holiday data', () => {
  test('the plan is still made, with a warning; register items fall on weekdays', async () => {
    const plan = await generateMonthlyPlan(await open('plan-registers'), { month: '2027-03', now: NOW });
    expect(plan.warnings.map((w) => [w.code, w.month])).toContainEqual(['plan.holidays.uncovered', '2027-03']);
    expect(plan.warnings[0]?.message['zh-CN']).toContain('2027');
    // 1 March 2027 is a Monday; 31 March a Wednesday.
    const repairs = plan.items.filter((i) => i.id.startsWith('wb:repairs'));
    expect(repairs.map((i) => i.due)).toEqual(['2027-03-01', '2027-03-01', '2027-03-01', '2027-03-01']);
    expect(plan.items.filter((i) => i.id.startsWith('wb:compensations')).map((i) => i.due)).toEqual(['2027-03-31', '2027-03-31']);
    // The 投影幕布 loan, due in March 2026, is now long overdue.
    expect(plan.items.find((i) => i.ref === '物品借还登记!A4')?.due).toBe('2027-03-01');
    // By the end of March 2027 every asset has gone twelve months without a count.
    expect(plan.items.find((i) => i.id === 'wb:assets:uncounted')?.refs).toHaveLength(6);
  });
});

// ---- roll-forward ------------------------------------------------------------------------------------

async function tick(bytes: Uint8Array, sheet: string, marks: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  let titleCol = 0;
  let statusCol = 0;
  ws.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (cell.value === '工作内容') titleCol = col;
      if (cell.value === '完成情况') statusCol = col;
    });
  });
  const seen = new Set<string>();
  ws.eachRow((row) => {
    const title = row.getCell(titleCol).value;
    if (typeof title !== 'string') return;
    const mark = marks.get(title);
    // Only the first line of a title: a weekly task has more lines, and the rest stay undone.
    if (mark === undefined || seen.has(title)) return;
    seen.add(title);
    row.getCell(statusCol).value = mark;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('roll-forward from a plan sheet written and then ticked off', () => {
  test('April carries March’s undone lines; done and cancelled ones stay; register lines come afresh from the registers', async () => {
    const port = await open('plan-registers');
    const march = await generateMonthlyPlan(port, { month: '2026-03', now: NOW });
    const written = await writePlan(port, march, { now: NOW });
    expect(written).toMatchObject({ name: '2026年3月工作计划', replaced: false, keptStatuses: 0 });

    const once = (t: string) => march.items.filter((i) => i.title === t).length === 1;
    const library = march.items.filter((i) => i.source !== 'workbook');
    const single = library.filter((i) => once(i.title));
    const weekly = library.find((i) => !once(i.title));
    expect(single.length).toBeGreaterThan(3);
    expect(weekly).toBeDefined();
    const done = single[0]!.title;
    const cancelled = single[1]!.title;
    const started = single[2]!.title;
    const marks = new Map([
      [done, '已完成'],
      [cancelled, '取消'],
      [started, '进行中'],
      [weekly!.title, '√'],
      ['完成报修：水龙头漏水（二楼卫生间）', '已完成'],
    ]);
    const edited = await openXlsx(await tick(await port.save(), '2026年3月工作计划', marks), 'edited.xlsx');

    const april = await generateMonthlyPlan(edited, { month: '2026-04', now: NOW });
    const carried = april.items.filter((i) => i.source === 'carryOver');
    const expectedTitles = [...new Set(library.map((i) => i.title))].filter((t) => t !== done && t !== cancelled).sort();
    expect(carried.map((i) => i.title).sort()).toEqual(expectedTitles);
    for (const c of carried) expect(c.due).toBe('2026-04-01');
    expect(carried.find((i) => i.title === started)?.status).toBe('进行中');
    // The weekly task had one of its lines ticked: the others come along as one line with their dates.
    const weeklyDates = march.items.filter((i) => i.title === weekly!.title).map((i) => i.due).slice(1);
    expect(carried.find((i) => i.title === weekly!.title)?.note?.['zh-CN']).toBe(`上月未完成，原计划日期：${weeklyDates.join('、')}`);
    // Register lines are not carried: the registers are read again, and still-open repairs are listed from them.
    expect(carried.some((i) => i.title.startsWith('完成报修'))).toBe(false);
    expect(april.items.filter((i) => i.id.startsWith('wb:repairs'))).toHaveLength(4);
    expect(april.previous).toEqual({
      sheet: '2026年3月工作计划',
      month: '2026-03',
      rows: march.items.length,
      carried: expectedTitles.length,
      fromRegisters: march.items.filter((i) => i.source === 'workbook').length,
    });

    // The April sheet goes beside March's.
    const aprilSheet = await writePlan(edited, april, { now: NOW });
    expect(aprilSheet.name).toBe('2026年4月工作计划');
    expect((await edited.listSheets()).map((s) => s.name)).toEqual(expect.arrayContaining(['2026年3月工作计划', '2026年4月工作计划']));
  });

  test('re-writing a month’s plan replaces its sheet and keeps what was ticked', async () => {
    const port = await open('plan-registers');
    const march = await generateMonthlyPlan(port, { month: '2026-03', now: NOW });
    await writePlan(port, march);
    const title = march.items.find((i) => i.source === 'calendar')!.title;
    const edited = await openXlsx(await tick(await port.save(), '2026年3月工作计划', new Map([[title, '已完成']])), 'edited.xlsx');
    const again = await writePlan(edited, await generateMonthlyPlan(edited, { month: '2026-03', now: NOW }));
    expect(again).toEqual({ name: '2026年3月工作计划', replaced: true, keptStatuses: 1 });
    const grid = await edited.readGrid('2026年3月工作计划');
    const row = grid.rows.find((r) => r.includes(title));
    expect(row).toContain('已完成');
  });
});

// ---- the library sheet ---------------------------------------------------------------------------------

describe('the library sheet staff edit', () => {
  test('written once, kept on later calls; edits, switched-off lines and a bad schedule cell are honoured', async () => {
    const port = newXlsx('lib.xlsx');
    const created = await createLibrarySheet(port, { now: NOW });
    expect(created).toEqual({ name: '计划任务库', created: true, replaced: false });
    expect(await createLibrarySheet(port)).toEqual({ name: '计划任务库', created: false, replaced: false });
    const loaded = await loadLibrary(port);
    expect(loaded.source).toBe('sheet');
    expect(loaded.tasks.map((t) => t.id)).toEqual(builtInLibrary().map((t) => t.id));

    // Staff switch off 植树节 greening, add their own line and type a schedule nobody can read.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await port.save()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('计划任务库')!;
    let headerRow = 0;
    let last = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(2).value === '工作内容') headerRow = r;
      if (row.getCell(2).value === '校园绿化带护理和补种') row.getCell(6).value = '否';
      if (typeof row.getCell(2).value === 'string') last = r;
    });
    expect(headerRow).toBeGreaterThan(0);
    ws.getRow(last + 1).values = ['X-01', '校园广播系统检修', '综合', '每月15日', '电工', '是'];
    ws.getRow(last + 2).values = ['X-02', '食堂排烟道清洗', '食堂', '每逢下雨', '食堂管理员', '是'];
    const edited = await openXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'lib.xlsx');

    const plan = await generateMonthlyPlan(edited, { month: '2026-03', now: NOW });
    expect(plan.library).toMatchObject({ source: 'sheet', sheet: '计划任务库', tasks: builtInLibrary().length + 1 });
    expect(plan.items.some((i) => i.title === '校园绿化带护理和补种')).toBe(false);
    // 15 March 2026 is a Sunday: the Friday before.
    expect(plan.items.find((i) => i.title === '校园广播系统检修')).toMatchObject({ due: '2026-03-13', owner: '电工', category: '综合' });
    expect(plan.items.some((i) => i.title === '食堂排烟道清洗')).toBe(false);
    const bad = plan.findings.find((f) => f.code === 'plan.schedule.unknown');
    expect(bad).toMatchObject({ sheet: '计划任务库', cell: `D${last + 2}` });
    expect(bad?.message['zh-CN']).toContain('每逢下雨');
  });

  test('tasks adjusted in the pane for one plan are used as given', async () => {
    const greening = builtInLibrary().find((t) => t.text === '校园绿化带护理和补种')!;
    const before = await generateMonthlyPlan(null, { month: '2026-03', now: NOW });
    expect(before.items.some((i) => i.taskId === greening.id)).toBe(true);
    const tasks = builtInLibrary().map((t) => (t.id === greening.id ? { ...t, enabled: false } : t));
    const plan = await generateMonthlyPlan(null, { month: '2026-03', now: NOW, library: tasks });
    expect(plan.library).toEqual({ source: 'given', sheet: null, tasks: tasks.length, enabled: before.library.enabled - 1 });
    expect(plan.items.some((i) => i.taskId === greening.id)).toBe(false);
    expect(plan.sources[0]?.['zh-CN']).toMatch(/^任务库：本次调整过的任务/);
  });

  test('a library sheet without its header falls back to the built-in library, saying so', async () => {
    const port = newXlsx();
    await port.writeSheet({ name: '计划任务库', kind: 'user', blocks: [{ type: 'lines', lines: ['（表头被删掉了）'] }] });
    const plan = await generateMonthlyPlan(port, { month: '2026-03', now: NOW });
    expect(plan.library.source).toBe('builtIn');
    expect(plan.warnings.map((w) => w.code)).toContain('plan.library.unreadable');
    expect(plan.findings.map((f) => f.code)).toContain('plan.library.noHeader');
  });
});

// ---- calendar settings ----------------------------------------------------------------------------------

describe('calendar settings', () => {
  const spring = { terms: { '2026-spring': { start: '2026-03-02', end: '2026-07-03' } } };

  test('kept in the workbook and used; settings given for the run win', async () => {
    const port = newXlsx();
    await saveCalendarConfig(port, spring);
    const stored = await generateMonthlyPlan(port, { month: '2026-03', now: NOW });
    expect(stored.calendar.source).toBe('workbook');
    expect(stored.terms[0]).toMatchObject({ start: '2026-03-02', end: '2026-07-03' });
    const given = await generateMonthlyPlan(port, { month: '2026-03', now: NOW, config: { terms: { '2026-spring': { start: '2026-02-24' } } } });
    expect(given.calendar.source).toBe('given');
    expect(given.terms[0]?.start).toBe('2026-02-24');
  });

  test('overlapping terms: findings and no items; a setting that is not valid is an error naming where it came from', async () => {
    const overlap = { terms: { '2025-autumn': { start: '2025-09-01', end: '2026-03-06' }, '2026-spring': { start: '2026-03-02' } } };
    const blocked = await generateMonthlyPlan(null, { month: '2026-03', now: NOW, config: overlap });
    expect(blocked.blocked).toBe(true);
    expect(blocked.items).toEqual([]);
    expect(blocked.findings.map((f) => f.code)).toContain('plan.calendar.termOverlap');

    const port = newXlsx();
    await port.writeSetting(CALENDAR_SETTING, '{"terms": {"2026-spring": {"start": "2026-02-30"}}}');
    const err = await generateMonthlyPlan(port, { month: '2026-03', now: NOW }).catch((e: unknown) => e);
    expect(isUserError(err) && err.code).toBe('plan.badConfig');
    expect(isUserError(err) && err.localized['zh-CN']).toContain('工作簿中保存的设置');
    await expect(saveCalendarConfig(port, { terms: { spring: {} } })).rejects.toMatchObject({ code: 'plan.badConfig' });
  });
});

// ---- the period and the outputs -------------------------------------------------------------------------------

describe('the period asked for', () => {
  test.each([
    [{ month: '2026-13' }],
    [{ term: '2026-summer' }],
    [{ month: '2026-03', term: '2026-spring' }],
    [{}],
  ])('%j is refused with a message', async (period) => {
    const err = await generateMonthlyPlan(null, { ...period, now: NOW }).catch((e: unknown) => e);
    expect(isUserError(err) && err.code).toBe('plan.badPeriod');
  });

  test('a whole term: one block per month, register items in its first month', async () => {
    const port = await open('plan-registers');
    const plan = await generateMonthlyPlan(port, { term: '2026-spring', now: NOW });
    expect(plan.months).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
    expect(new Set(plan.items.filter((i) => i.source === 'workbook').map((i) => i.month))).toEqual(new Set(['2026-02']));
    const written = await writePlan(port, plan);
    expect(written.name).toBe('2026年春季学期工作计划');
    const text = planText(plan);
    for (const head of ['二月：', '三月：', '八月：']) expect(text).toContain(head);
  });
});

describe('source rows', () => {
  test.each([
    ['维修登记!A5', { sheet: '维修登记', address: 'A5' }],
    ["'2026年3月工作计划'!B7", { sheet: '2026年3月工作计划', address: 'B7' }],
    ["'O''Brien 的表'!$C$3", { sheet: "O'Brien 的表", address: 'C3' }],
    ['没有地址', null],
  ])('%s → the cell to select', (ref, target) => {
    expect(refTarget(ref)).toEqual(target);
  });
});

describe('outputs', () => {
  let plan: MonthlyPlan;
  beforeAll(async () => {
    plan = await generateMonthlyPlan(await open('plan-registers'), { month: '2026-03', now: NOW });
  });

  test('the seed-style text', () => {
    const text = planText(plan, { school: '青山县第一中学' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('青山县第一中学总务处2026年3月工作计划');
    expect(lines[2]).toBe('三月：');
    expect(lines[3]).toMatch(/^1、.+。$/);
    expect(text).toContain('完成报修：水龙头漏水（二楼卫生间）。');
    expect(planText(plan, { locale: 'en-US' })).toContain('March:');
  });

  test('the .ics file, read back by ical.js, stamped with the time the plan was made', () => {
    const ics = planIcs(plan);
    const root = new ICAL.Component(ICAL.parse(ics));
    const events = root.getAllSubcomponents('vevent');
    expect(events).toHaveLength(plan.items.length);
    expect(String(events[0]?.getFirstPropertyValue('dtstamp'))).toBe('2026-02-27T08:00:00Z');
    const repair = events.map((e) => new ICAL.Event(e)).find((e) => e.summary === '完成报修：门锁损坏（教学楼305）');
    expect(repair?.startDate.toString()).toBe('2026-03-02');
    expect(repair?.description).toContain('维修登记!A9');
  });

  test('the JSON, validated by its schema and by the issue’s shape', () => {
    const json = JSON.parse(JSON.stringify(planJson(plan))) as unknown;
    monthlyPlanJsonSchema.parse(json);
    const issueShape = z.object({
      month: z.literal('2026-03'),
      items: z.array(z.object({ title: z.string(), category: z.string(), due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), owner: z.string(), source: z.enum(['library', 'holiday', 'calendar', 'workbook', 'carryOver']), ref: z.string().optional() })),
      warnings: z.array(z.unknown()),
    });
    const parsed = issueShape.parse(json);
    expect(parsed.items.find((i) => i.ref === '维修登记!A5')?.title).toBe('完成报修：水龙头漏水（二楼卫生间）');
    expect(planJson(plan, 'en-US').sources[0]).toMatch(/^Task library: built in/);
  });
});

describe('LibreOffice opens what the plan writes', () => {
  beforeAll(requireLibreOffice);

  test('a term plan and the library sheet, saved by LibreOffice, read back the same', async () => {
    const port = newXlsx();
    await createLibrarySheet(port);
    const plan = await generateMonthlyPlan(null, { term: '2026-autumn', now: NOW });
    await writePlan(port, plan);
    const back = await openXlsx(await recalculateXlsx(await port.save()), 'lo.xlsx');
    const rows = readPlanFromGrid(await back.readGrid('2026年秋季学期工作计划')).rows;
    expect(rows.map((r) => [r.title, r.due, r.status])).toEqual(plan.items.map((i) => [i.title, i.due, i.status]));
    const library = await loadLibrary(back);
    expect(library.findings).toEqual([]);
    expect(library.tasks.map((t) => [t.id, t.text, t.enabled])).toEqual(builtInLibrary().map((t) => [t.id, t.text, t.enabled]));
  });
});
