import fc from 'fast-check';
import { designLabel, DOT_MM, MIN_QR_MODULE_MM, MIN_TEXT_MM, qrRuns, textEm, type LabelLine, type QrMatrix } from '../../../src/core/labels';

/** A deterministic pseudo-random matrix of the given size. */
function matrix(size: number, seed = 7): QrMatrix & { cells: boolean[] } {
  const cells: boolean[] = [];
  let s = seed;
  for (let i = 0; i < size * size; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    cells.push(s % 3 === 0);
  }
  return { size, cells, isDark: (r, c) => cells[r * size + c] === true };
}

const LINES: LabelLine[] = [
  { role: 'school', text: '青山县第一中学' },
  { role: 'name', text: '台式计算机' },
  { role: 'code', text: 'ZX-2021-0001' },
  { role: 'place', text: '办公室 / 行政楼302' },
  { role: 'date', text: '取得 2021-03-18' },
];

describe('designLabel', () => {
  test('QR runs cover exactly the dark modules, each once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 1_000_000 }), (size, seed) => {
        const m = matrix(size, seed);
        const covered = new Array<number>(size * size).fill(0);
        for (const r of qrRuns(m)) for (let y = r.row; y < r.row + r.height; y++) for (let x = r.col; x < r.col + r.width; x++) covered[y * size + x] = (covered[y * size + x] ?? 0) + 1;
        return covered.every((n, i) => n === (m.cells[i] ? 1 : 0));
      }),
    );
  });

  test('modules are whole 203-dpi dots of at least 3 dots, the QR and text stay inside the label', () => {
    const box = { x: 7.2, y: 12.9, width: 63.5, height: 33.9 };
    const r = designLabel(box, { qr: matrix(25) }, LINES);
    if (!r.ok) throw new Error(r.problem.kind);
    const { qr, shapes } = r.drawing;
    expect(qr.module).toBeGreaterThanOrEqual(MIN_QR_MODULE_MM);
    expect(Math.abs(qr.module / DOT_MM - Math.round(qr.module / DOT_MM))).toBeLessThan(1e-6);
    expect(qr.width).toBeCloseTo(25 * qr.module, 9);
    // Two modules of quiet zone inside the label on every side.
    expect(qr.x - 2 * qr.module).toBeGreaterThanOrEqual(box.x);
    expect(qr.y - 2 * qr.module).toBeGreaterThanOrEqual(box.y);
    expect(qr.y + qr.height + 2 * qr.module).toBeLessThanOrEqual(box.y + box.height);
    for (const s of shapes) {
      if (s.kind === 'rect') {
        expect(s.x).toBeGreaterThanOrEqual(qr.x - 1e-9);
        expect(s.x + s.width).toBeLessThanOrEqual(qr.x + qr.width + 1e-9);
      } else {
        expect(s.size).toBeGreaterThanOrEqual(MIN_TEXT_MM);
        expect(s.x).toBeGreaterThan(qr.x + qr.width);
        expect(s.x + textEm(s.text) * s.size).toBeLessThanOrEqual(box.x + box.width + 1e-9);
        expect(s.y).toBeLessThanOrEqual(box.y + box.height);
        expect(s.y - s.size).toBeGreaterThanOrEqual(box.y);
      }
    }
    expect(shapes.filter((s) => s.kind === 'text').map((s) => s.kind === 'text' && s.text)).toEqual(LINES.map((l) => l.text));
  });

  test('a code too dense for the label is refused, not printed unreadable', () => {
    const r = designLabel({ x: 0, y: 0, width: 40, height: 30 }, { qr: matrix(57) }, LINES);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.kind).toBe('qrTooDense');
      expect(r.problem.moduleMm).toBeLessThan(MIN_QR_MODULE_MM);
    }
  });

  test('on a small label the least needed lines go first, long text is cut with an ellipsis at a legible size', () => {
    const r = designLabel({ x: 0, y: 0, width: 40, height: 16 }, { qr: matrix(21) }, [...LINES.slice(0, 1), { role: 'name', text: '学生课桌椅（双人位升降式）' }, ...LINES.slice(2)]);
    if (!r.ok) throw new Error(r.problem.kind);
    expect(r.drawing.dropped).toEqual(expect.arrayContaining(['date']));
    const texts = r.drawing.shapes.filter((s) => s.kind === 'text');
    expect(texts.some((t) => t.kind === 'text' && t.text.endsWith('…'))).toBe(true);
    for (const t of texts) if (t.kind === 'text') expect(t.size).toBeGreaterThanOrEqual(MIN_TEXT_MM);
  });

  test('Code 128 bars across the bottom, narrow bars at least 2 dots; too long a code is refused', () => {
    const bars = [2, 1, 1, 2, 3, 2, 1, 1, 2, 2, 3, 1];
    const r = designLabel({ x: 0, y: 0, width: 60, height: 40 }, { qr: matrix(21), bars }, LINES);
    if (!r.ok) throw new Error(r.problem.kind);
    const bc = r.drawing.barcode;
    expect(bc).not.toBeNull();
    expect(bc!.module).toBeGreaterThanOrEqual(2 * DOT_MM - 1e-9);
    expect(bc!.y + bc!.height).toBeLessThanOrEqual(40);
    expect(r.drawing.qr.y + r.drawing.qr.height).toBeLessThan(bc!.y);
    const long = designLabel({ x: 0, y: 0, width: 40, height: 30 }, { qr: matrix(21), bars: new Array<number>(300).fill(1) }, LINES);
    expect(long.ok ? null : long.problem.kind).toBe('barcodeTooLong');
  });
});
