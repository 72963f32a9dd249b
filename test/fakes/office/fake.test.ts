/** The fake must be at least as strict as Excel where adapters go wrong; these tests hold it to that. */
import type { ExcelContext } from '../../../src/workbook/office/excel-api';
import { FakeExcel, RichApiError } from './index';

function seeded(apiMinor?: number): FakeExcel {
  const excel = new FakeExcel({ apiMinor });
  excel.model.seed({ name: 'Sheet1', rows: [['资产名称', 12], ['课桌', true]], merges: ['A3:B3'] });
  return excel;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RichApiError) return e.code;
    if (e instanceof Error) return `${e.name}: ${e.message}`;
  }
  return 'no error';
}

describe('Office.js fake: load and sync discipline', () => {
  it('fails a read of a property that was never loaded', async () => {
    const excel = seeded();
    const code = await codeOf(
      excel.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
        await ctx.sync();
        return range.values;
      }),
    );
    expect(code).toBe('PropertyNotLoaded');
  });

  it('fails a read after load but before sync, and succeeds after the sync', async () => {
    const excel = seeded();
    const result = await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').load('values,valueTypes');
      let before = 'read';
      try {
        void range.values;
      } catch (e) {
        before = e instanceof RichApiError ? e.code : 'other';
      }
      await ctx.sync();
      return { before, values: range.values, types: range.valueTypes };
    });
    expect(result.before).toBe('PropertyNotLoaded');
    expect(result.values).toEqual([
      ['资产名称', 12],
      ['课桌', true],
    ]);
    expect(result.types).toEqual([
      ['String', 'Double'],
      ['String', 'Boolean'],
    ]);
  });

  it('knows isNullObject only after the sync that resolves the object', async () => {
    const excel = seeded();
    const r = await excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('nope');
      const present = ctx.workbook.worksheets.getItemOrNullObject('sheet1');
      let early = 'read';
      try {
        void missing.isNullObject;
      } catch (e) {
        early = e instanceof RichApiError ? e.code : 'other';
      }
      await ctx.sync();
      return { early, missing: missing.isNullObject, present: present.isNullObject };
    });
    expect(r).toEqual({ early: 'PropertyNotLoaded', missing: true, present: false });
  });

  it('fails getItem of a missing sheet at sync time', async () => {
    const excel = seeded();
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('nope').load('name');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });

  it('applies queued writes only at sync, and counts each sync as one round trip', async () => {
    const excel = seeded();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('C1').values = [[5]];
      expect(excel.model.sheet('Sheet1')?.get(1, 3)).toBeUndefined();
      await ctx.sync();
    });
    expect(excel.model.sheet('Sheet1')?.get(1, 3)).toBe(5);
    expect(excel.stats.syncs).toBe(1);
  });

  it('rejects a batch that ends with queued work, and objects used after their batch', async () => {
    const excel = seeded();
    expect(
      await codeOf(
        excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Sheet1').getRange('C1').values = [[5]];
        }),
      ),
    ).toMatch(/never synced/);
    const range = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await ctx.sync();
      return r;
    });
    expect(() => range.values).toThrow(/outside the Excel.run batch/);
  });

  it('rejects a write whose dimensions do not match the range', async () => {
    const excel = seeded();
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});

describe('Office.js fake: limits', () => {
  it('rejects a request over the payload limit without applying it', async () => {
    const excel = new FakeExcel({ limits: { requestBytes: 10_000 } });
    excel.model.seed({ name: 'S', rows: [['x']] });
    const big = Array.from({ length: 200 }, (_, i) => [`row ${i} ${'x'.repeat(50)}`]);
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:A200').values = big;
        await ctx.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.model.sheet('S')?.get(2, 1)).toBeUndefined();
    expect(excel.stats.maxRequestBytes).toBeGreaterThan(10_000);
  });

  it('rejects a response over the payload limit and a read over the cell limit', async () => {
    const excel = new FakeExcel({ limits: { responseBytes: 5_000, cellsRead: 1_000 } });
    const s = excel.model.seed({ name: 'S', rows: [] });
    for (let r = 1; r <= 100; r++) s.set(r, 1, 'y'.repeat(100));
    expect(
      await codeOf(
        excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('S').getRange('A1:A100').load('values');
          await ctx.sync();
        }),
      ),
    ).toBe('ResponsePayloadSizeLimitExceeded');
    expect(
      await codeOf(
        excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('S').getRange('A1:K100').load('valueTypes');
          await ctx.sync();
        }),
      ),
    ).toBe('RangeExceedsLimit');
  });

  it('has no getMergedAreasOrNullObject below ExcelApi 1.13', async () => {
    const old = seeded(12);
    expect(old.isSetSupported('1.13')).toBe(false);
    expect(old.isSetSupported('1.9')).toBe(true);
    expect(
      await codeOf(
        old.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B3').getMergedAreasOrNullObject();
          await ctx.sync();
        }),
      ),
    ).toMatch(/TypeError/);
    const current = seeded(13);
    const merged = await current.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B3').getMergedAreasOrNullObject().load('areas/items/address');
      await ctx.sync();
      return areas.areas.items.map((a) => a.address);
    });
    expect(merged).toEqual(['Sheet1!A3:B3']);
  });
});

describe('Office.js fake: Excel parses written strings like typed input', () => {
  const cases: Array<[string, unknown]> = [
    ['=1+1', 2],
    ["'=1+1", '=1+1'],
    ['+86', 86],
    ['-5', -5],
    ['0012', 12],
    ['1,280.00', 1280],
    ['TRUE', true],
    ['#N/A', '#N/A'],
    ['50%', 0.5],
    ['2019-9-1', 43709],
    ['-abc', '#NAME?'],
    ['台式计算机', '台式计算机'],
  ];
  it.each(cases)('%s reads back as %p', async (input, expected) => {
    const excel = seeded();
    const value = await excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem('Sheet1').getRange('D1');
      cell.values = [[input]];
      cell.load('values');
      await ctx.sync();
      return cell.values[0]?.[0];
    });
    expect(value).toEqual(expected);
  });

  it('keeps typed text in a text-formatted cell', async () => {
    const excel = seeded();
    const value = await excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem('Sheet1').getRange('D1');
      cell.numberFormat = '@';
      cell.values = [['0012']];
      cell.load('values');
      await ctx.sync();
      return cell.values[0]?.[0];
    });
    expect(value).toBe('0012');
  });
});

describe('Office.js fake: user formats and protection', () => {
  it('seeds number formats as a user set them, and keeps an apostrophe typed into a text cell', async () => {
    const excel = new FakeExcel();
    excel.model.seed({ name: '台账', rows: [['ZX-1', 5]], numberFormats: { 'A1:A9': '@', B1: '#,##0.00' } });
    const [formats, stored] = await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('台账').getRange('A1:B1').load('numberFormat');
      ctx.workbook.worksheets.getItem('台账').getRange('A2').values = [["'0012"]];
      await ctx.sync();
      return [range.numberFormat, excel.model.sheet('台账')?.get(2, 1)];
    });
    expect(formats).toEqual([['@', '#,##0.00']]);
    expect(stored).toBe("'0012");
  });

  it('refuses writes to the cells of a protected sheet', async () => {
    const excel = new FakeExcel();
    excel.model.seed({ name: '锁定', rows: [['x']], protected: true });
    const attempts: Array<(ctx: ExcelContext) => void> = [
      (ctx) => (ctx.workbook.worksheets.getItem('锁定').getRange('A1').values = [['y']]),
      (ctx) => (ctx.workbook.worksheets.getItem('锁定').getRange('A1').formulas = [['=1']]),
      (ctx) => (ctx.workbook.worksheets.getItem('锁定').getRange('A1').numberFormat = '@'),
    ];
    for (const attempt of attempts) {
      expect(
        await codeOf(
          excel.run(async (ctx) => {
            attempt(ctx);
            await ctx.sync();
          }),
        ),
      ).toBe('AccessDenied');
    }
    expect(excel.model.sheet('锁定')?.get(1, 1)).toBe('x');
  });
});
