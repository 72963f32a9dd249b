import { checkLayout, findLayout, LABEL_LAYOUTS, labelBoxes, type LabelLayout } from '../../../src/core/labels';

function layout(value: string): LabelLayout {
  const r = findLayout(value);
  if (!r.ok) throw new Error(`${value}: ${r.problem.kind}`);
  return r.layout;
}

describe('label layouts', () => {
  test.each(LABEL_LAYOUTS.map((l) => [l.key, l] as const))('%s: every label lies on the page and none overlap', (_key, l) => {
    expect(checkLayout(l).ok).toBe(true);
    const [page] = labelBoxes(l, l.columns * l.rows);
    expect(page).toHaveLength(l.columns * l.rows);
    for (const b of page ?? []) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(l.page.width + 1e-9);
      expect(b.y + b.height).toBeLessThanOrEqual(l.page.height + 1e-9);
    }
    for (const a of page ?? []) for (const b of page ?? []) {
      if (a === b) continue;
      const apart = a.x + a.width <= b.x + 1e-9 || b.x + b.width <= a.x + 1e-9 || a.y + a.height <= b.y + 1e-9 || b.y + b.height <= a.y + 1e-9;
      expect(apart).toBe(true);
    }
  });

  test('A4 3×8 boxes in mm, row by row, a new page after 24', () => {
    const pages = labelBoxes(layout('a4-3x8'), 26);
    expect(pages.map((p) => p.length)).toEqual([24, 2]);
    expect(pages[0]?.[0]).toEqual({ x: 7.2, y: 12.9, width: 63.5, height: 33.9 });
    expect(pages[0]?.[1]).toEqual({ x: 73.2, y: 12.9, width: 63.5, height: 33.9 });
    expect(pages[0]?.[3]).toEqual({ x: 7.2, y: 46.8, width: 63.5, height: 33.9 });
    expect(pages[0]?.[23]).toEqual({ x: 139.2, y: 250.2, width: 63.5, height: 33.9 });
    expect(pages[1]?.[0]).toEqual(pages[0]?.[0]);
  });

  test('thermal layouts are one label a page, page = label', () => {
    for (const key of ['thermal-50x30', 'thermal-40x30', 'thermal-60x40']) {
      const l = layout(key);
      const pages = labelBoxes(l, 3);
      expect(pages).toHaveLength(3);
      expect(pages[2]).toEqual([{ x: 0, y: 0, width: l.page.width, height: l.page.height }]);
    }
    expect(layout('thermal-60x40').page).toEqual({ width: 60, height: 40 });
  });

  test('a custom grid in mm: margins, pitch, label size, page', () => {
    const l = layout('custom:cols=4,rows=12,label=48x21,pitch=50x22,margin=5x10');
    expect(l.page).toEqual({ width: 210, height: 297 });
    const [page] = labelBoxes(l, 48);
    expect(page?.[5]).toEqual({ x: 55, y: 32, width: 48, height: 21 });
    expect(page?.[47]).toEqual({ x: 155, y: 252, width: 48, height: 21 });
    expect(layout('custom:cols=1,rows=1,label=70x50,page=70x50').kind).toBe('thermal');
    expect(layout('custom:cols=2,rows=2,label=30x20').pitch).toEqual({ x: 30, y: 20 });
  });

  test('bad layouts are refused with the reason', () => {
    const problem = (v: string): string | undefined => {
      const r = findLayout(v);
      return r.ok ? undefined : r.problem.kind;
    };
    expect(problem('a5-9x9')).toBe('unknown');
    expect(problem('custom:cols=3')).toBe('badCustom');
    expect(problem('custom:cols=x,rows=2,label=10x10')).toBe('badCustom');
    expect(problem('custom:cols=4,rows=8,label=63.5x33.9,pitch=66x33.9')).toBe('doesNotFit');
    expect(problem('custom:cols=3,rows=2,label=60x30,pitch=50x30')).toBe('overlap');
    expect(problem('A4-3X8')).toBeUndefined();
  });
});
