/**
 * The 月度计划 panel's engine calls, run in-process on the real file adapter: a plan made for a month
 * with 国庆 and 调休, edited as the pane edits it (drop, reword, re-date), written, exported and read
 * back by independent readers (ExcelJS, ical.js); register items naming their rows; the library
 * sheet; the calendar settings refused when the dates do not fit; a plan without a workbook. Every
 * answer must survive the worker boundary (structured clone).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { CancelledError, UserError } from '../../src/core/errors';
import { chineseDaysCalendar } from '../../src/core/plan/chinese-days';
import type { EngineApi } from '../../src/taskpane/engine/api';
import { createEngine } from '../../src/taskpane/engine/engine';
import { unwrap, type Result } from '../../src/taskpane/engine/result';
import { planDays, type EditedPlan, type GeneratedPlan } from '../../src/taskpane/plan/engine';
import { redate, reword } from '../../src/taskpane/plan/view-model';
import { openXlsx } from '../../src/workbook/file';

const SAMPLE = path.join(__dirname, '../../assets/sample/台账示例.xlsx');
const REGISTERS = path.join(__dirname, '../fixtures/plan-registers.xlsx');
const cal = chineseDaysCalendar();

function engine(): EngineApi {
  return createEngine({ openWorkbook: (bytes, name) => openXlsx(bytes, name), sendable: (fn) => fn, movable: (b) => b });
}

/** What the pane receives: the value after a structured clone, as the worker sends it. */
async function across<T>(call: Promise<Result<T>>): Promise<T> {
  return unwrap(structuredClone(await call));
}

async function opened(file: string, name: string): Promise<EngineApi> {
  const e = engine();
  unwrap(await e.openFile(new Uint8Array(readFileSync(file)), name));
  return e;
}

function edited(g: GeneratedPlan, items: EditedPlan['items']): EditedPlan {
  return { period: g.plan.period, months: g.plan.months, items, generatedAt: g.plan.generatedAt };
}

describe('a month with 国庆 and 调休 (September 2026) on the sample workbook', () => {
  let e: EngineApi;
  let g: GeneratedPlan;
  beforeAll(async () => {
    e = await opened(SAMPLE, '台账示例.xlsx');
    g = await across(e.planGenerate(1, { kind: 'month', month: '2026-09' }, new Date('2026-08-28T08:00:00Z')));
  });

  test('the holiday duty is dated on a working day before 国庆, and the safety routines are there', () => {
    expect(g.sheetName).toBe('2026年9月工作计划');
    expect(g.fromWorkbook).toBe(true);
    const duty = g.plan.items.find((i) => i.title === '国庆安全保卫工作');
    expect(duty).toMatchObject({ source: 'holiday', due: '2026-09-30' });
    expect(cal.isWorkday(duty!.due)).toBe(true);
    expect(g.plan.items.filter((i) => i.category === '安全').length).toBeGreaterThan(4);
    for (const i of g.plan.items) expect([i.title, cal.isWorkday(i.due)]).toEqual([i.title, true]);
  });

  test('the days of the month: 中秋 and weekends off, the Sunday 9-20 a 调休 working day', () => {
    expect(g.days['2026-09-20']).toEqual({ kind: 'adjusted' });
    expect(g.days['2026-09-25']).toMatchObject({ kind: 'holiday', holiday: { 'zh-CN': '中秋节' } });
    expect(g.days['2026-09-26']?.kind).toBe('holiday');
    expect(g.days['2026-09-05']).toEqual({ kind: 'weekend' });
    expect(g.days['2026-09-30']).toBeUndefined();
    expect(Object.keys(g.days).every((d) => d.startsWith('2026-09-'))).toBe(true);
  });

  test('sources say what the plan came from; no register items in the sample, no plan last month', () => {
    expect(g.plan.sources.map((s) => s['zh-CN'])).toEqual(expect.arrayContaining(['任务库：内置（104项）', '校历：默认学期日期']));
    expect(g.plan.registers?.map((r) => r.sheet)).toEqual(['固定资产明细账']);
    expect(g.plan.previous).toBeNull();
    expect(g.plan.items.some((i) => i.source === 'workbook')).toBe(false);
  });

  test('edited items: written, exported and read back without the dropped one and with the new date', async () => {
    const items = [...g.plan.items];
    const dropped = items.find((i) => i.source === 'library')!;
    const moved = items.find((i) => i.title === '国庆安全保卫工作')!;
    const renamed = items.find((i) => i.source === 'calendar')!;
    const r1 = redate(moved, '2026-09-29', g.plan.months);
    const r2 = reword(renamed, '开学第一周：校舍安全大检查');
    if (!r1.ok || !r2.ok) throw new Error('edit refused');
    const kept = items.filter((i) => i.id !== dropped.id).map((i) => (i.id === moved.id ? r1.item : i.id === renamed.id ? r2.item : i));
    const plan = edited(g, kept);

    const written = await across(e.planWrite(plan, { school: '青山县第一中学' }));
    expect(written).toEqual({ name: '2026年9月工作计划', replaced: false, keptStatuses: 0 });

    const saved = unwrap(await e.save());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(saved.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('2026年9月工作计划')!;
    expect(String(ws.getCell('A1').value)).toBe('青山县第一中学总务处2026年9月工作计划');
    let header = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === '序号') header = r;
    });
    expect((ws.getRow(header).values as unknown[]).slice(1)).toEqual(['序号', '工作内容', '类别', '负责人', '计划日期', '完成情况', '备注']);
    const titles: string[] = [];
    ws.eachRow((row, r) => {
      if (r > header && typeof row.getCell(2).value === 'string') titles.push(row.getCell(2).value as string);
    });
    expect(titles).toContain('开学第一周：校舍安全大检查');
    expect(titles.filter((t) => t === dropped.title).length).toBe(items.filter((i) => i.title === dropped.title).length - 1);
    expect(ws.getCell(header + 1, 6).dataValidation).toMatchObject({ type: 'list' });

    const ics = await across(e.planIcs(plan, { locale: 'zh-CN' }));
    expect(ics.fileName).toBe('2026年9月工作计划.ics');
    const events = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(kept.length);
    expect(events.find((ev) => ev.summary === '国庆安全保卫工作')?.startDate.toString()).toBe('2026-09-29');
    const uids = new Set(events.map((ev) => ev.uid));
    const before = new ICAL.Component(ICAL.parse(unwrap(await e.planIcs(edited(g, g.plan.items), { locale: 'zh-CN' })).text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    // The dropped item's event is the only one missing; the others keep their UIDs.
    expect(before.filter((ev) => !uids.has(ev.uid)).map((ev) => ev.summary)).toEqual([dropped.title]);

    const text = await across(e.planText(plan, { locale: 'zh-CN', withDates: true }));
    expect(text.split('\n')[2]).toBe('九月：');
    expect(text).toMatch(/\n1、.+。\n/);
    expect(text).toContain('国庆安全保卫工作（9月29日）。');
  });

  test('writing again replaces the sheet; October carries September’s undone lines over', async () => {
    const again = await across(e.planWrite(edited(g, g.plan.items), {}));
    expect(again).toMatchObject({ name: '2026年9月工作计划', replaced: true });
    const october = await across(e.planGenerate(4, { kind: 'month', month: '2026-10' }, new Date('2026-09-28T08:00:00Z')));
    const carried = october.plan.items.filter((i) => i.source === 'carryOver');
    expect(october.plan.previous).toMatchObject({ sheet: '2026年9月工作计划', month: '2026-09', rows: g.plan.items.length, carried: carried.length });
    expect(carried.map((i) => i.title)).toContain('国庆安全保卫工作');
    expect(carried.every((i) => i.ref?.startsWith('2026年9月工作计划!') || i.ref?.startsWith("'2026年9月工作计划'!"))).toBe(true);
  });

  test('edits that lost a field are refused in the user’s language', async () => {
    const broken = edited(g, [{ ...g.plan.items[0]!, title: '' }]);
    const result = await e.planWrite(broken, {});
    expect(() => unwrap(result)).toThrow(UserError);
    if (!result.ok && result.error.kind === 'user') expect(result.error.message['zh-CN']).toContain('不完整');
  });
});

describe('the days a re-dated item is checked against', () => {
  test('a year the holiday data does not cover: 国庆 estimated from the festival date; a term spans the new year', () => {
    const days = planDays(['2027-10'], cal);
    expect(days['2027-10-01']).toEqual({ kind: 'holiday', holiday: { 'zh-CN': '国庆节', 'en-US': 'National Day' }, estimated: true });
    expect(days['2027-10-11']).toBeUndefined();
    const term = planDays(['2026-12', '2027-01'], cal);
    expect(term['2026-12-26']).toEqual({ kind: 'weekend' });
    expect(term['2027-01-01']?.kind).toBe('holiday');
    expect(planDays([], cal)).toEqual({});
  });
});

describe('register items name their rows, and the rows can be selected', () => {
  test('open repairs of March 2026 with their refs; locating one selects it in the saved file', async () => {
    const e = await opened(REGISTERS, 'plan-registers.xlsx');
    const g = await across(e.planGenerate(1, { kind: 'month', month: '2026-03' }, new Date('2026-02-27T08:00:00Z')));
    const repairs = g.plan.items.filter((i) => i.id.startsWith('wb:repairs'));
    expect(repairs.map((i) => i.ref).sort()).toEqual(['维修登记!A10', '维修登记!A5', '维修登记!A6', '维修登记!A9']);
    expect(g.plan.registers?.length).toBe(6);

    expect(await across(e.planLocate('维修登记!A9'))).toEqual({ sheet: '维修登记', address: 'A9' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(unwrap(await e.save()).bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet('维修登记')?.views[0]?.activeCell).toBe('A9');
    expect(() => unwrap({ ok: false, error: { kind: 'bug', message: 'x' } })).toThrow();
    await expect(e.planLocate('没有地址').then(unwrap)).rejects.toBeInstanceOf(UserError);
  });
});

describe('the task library sheet', () => {
  test('created on request, kept on a second request, read back; reset puts the built-in one back', async () => {
    const e = await opened(SAMPLE, '台账示例.xlsx');
    expect(await across(e.planLibrary())).toMatchObject({ sheet: null, source: 'builtIn', tasks: 104 });
    expect(await across(e.planCreateLibrary(false))).toEqual({ name: '计划任务库', created: true, replaced: false });
    expect(await across(e.planCreateLibrary(false))).toEqual({ name: '计划任务库', created: false, replaced: false });
    expect(await across(e.planLibrary())).toMatchObject({ sheet: '计划任务库', source: 'sheet', tasks: 104, findings: [] });
    expect(await across(e.planCreateLibrary(true))).toEqual({ name: '计划任务库', created: true, replaced: true });
    const g = await across(e.planGenerate(2, { kind: 'month', month: '2026-03' }, new Date()));
    expect(g.plan.library).toMatchObject({ source: 'sheet', sheet: '计划任务库' });
  });
});

describe('the school calendar settings', () => {
  test('defaults shown; a term ending before it starts is refused with the reason; good dates are saved and planned with', async () => {
    const e = await opened(SAMPLE, '台账示例.xlsx');
    const view = await across(e.planCalendar('2026-autumn'));
    expect(view).toMatchObject({ term: '2026-autumn', stored: false, override: null, problem: null });
    expect(view.defaults.start).toBe('2026-09-01');
    expect(view.current).toEqual(view.defaults);

    const refused = await across(e.planSaveCalendar('2026-autumn', { start: '2026-09-07', end: '2026-09-01' }));
    expect(refused.saved).toBe(false);
    if (!refused.saved) expect(refused.problems.map((p) => p['zh-CN']).join('')).toMatch(/2026-09-07/);
    // Overlapping the spring term after it.
    const overlap = await across(e.planSaveCalendar('2026-autumn', { end: '2027-03-10' }));
    expect(overlap.saved).toBe(false);
    expect((await across(e.planCalendar('2026-autumn'))).stored).toBe(false);

    const saved = await across(e.planSaveCalendar('2026-autumn', { start: '2026-08-31', midtermWeek: { start: '2026-11-16' } }));
    expect(saved.saved).toBe(true);
    if (saved.saved) {
      expect(saved.view.override).toEqual({ start: '2026-08-31', midtermWeek: { start: '2026-11-16' } });
      expect(saved.view.current).toMatchObject({ start: '2026-08-31', midterm: { start: '2026-11-16', end: '2026-11-20' } });
    }
    const g = await across(e.planGenerate(3, { kind: 'month', month: '2026-09' }, new Date()));
    expect(g.plan.calendar.source).toBe('workbook');
    expect(g.plan.terms[0]?.start).toBe('2026-08-31');

    const reset = await across(e.planSaveCalendar('2026-autumn', null));
    expect(reset.saved && reset.view.override).toBeNull();
    await expect(e.planCalendar('2026-winter').then(unwrap)).rejects.toBeInstanceOf(UserError);
  });
});

describe('without a workbook, and cancelled', () => {
  test('a plan is still made from the built-in library, said so; writing needs a workbook', async () => {
    const e = engine();
    const g = await across(e.planGenerate(1, { kind: 'term', term: '2026-autumn' }, new Date()));
    expect(g.fromWorkbook).toBe(false);
    expect(g.plan.registers).toBeNull();
    expect(g.plan.months).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
    expect(g.sheetName).toBe('2026年秋季学期工作计划');
    expect(g.plan.warnings.map((w) => w.code)).toContain('plan.workbook.none');
    expect((await e.planWrite(edited(g, g.plan.items), {})).ok).toBe(false);
    const ics = await across(e.planIcs(edited(g, g.plan.items), { locale: 'en-US' }));
    expect(ics.fileName).toBe('2026年秋季学期工作计划.ics');
  });

  test('a bad month is a message, not a crash; a cancelled run says so', async () => {
    const e = engine();
    const bad = await e.planGenerate(1, { kind: 'month', month: '2026-13' }, new Date());
    expect(() => unwrap(bad)).toThrow(UserError);
    const run = e.planGenerate(2, { kind: 'month', month: '2026-03' }, new Date());
    void e.cancel(2);
    const result = structuredClone(await run);
    expect(() => unwrap(result)).toThrow(CancelledError);
  });
});
