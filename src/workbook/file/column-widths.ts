/**
 * Column widths of a written sheet: the spec's when it gives them, else estimated from what the
 * columns hold (a CJK character is about two Latin characters wide), within sensible bounds.
 */
import type { Worksheet } from 'exceljs';
import type { SpecValue } from '../../core/sheet/spec';

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
const PADDING = 2;

export class ColumnWidths {
  /** Rows of a table looked at for the estimate; the rest rarely changes it. */
  static readonly SAMPLE_ROWS = 1000;
  private readonly estimated: number[];
  private readonly declared: (number | undefined)[] = [];

  constructor(width: number) {
    this.estimated = new Array<number>(width).fill(0);
  }

  /** Text seen in column `index` (0-based); header text may wrap, so it counts for less. */
  note(index: number, text: string, wraps = false): void {
    const w = displayWidth(text);
    this.bump(index, wraps ? Math.min(w, 12) : w);
  }

  noteValue(index: number, v: SpecValue | undefined): void {
    if (v === null || v === undefined) return;
    if (typeof v === 'string') this.note(index, v);
    else if (typeof v === 'number') this.bump(index, numberWidth(v));
    else if (typeof v === 'boolean') this.bump(index, 5);
    else if ('date' in v) this.bump(index, 10);
    else if ('formula' in v) this.bump(index, typeof v.result === 'number' ? numberWidth(v.result) : displayWidth(String(v.result ?? '')));
    else this.note(index, v.text);
  }

  declare(index: number, width: number | undefined): void {
    if (width !== undefined && this.declared[index] === undefined) this.declared[index] = width;
  }

  apply(ws: Worksheet, overrides: readonly number[]): void {
    for (let i = 0; i < this.estimated.length; i++) {
      const width = overrides[i] ?? this.declared[i] ?? clamp((this.estimated[i] ?? 0) + PADDING);
      ws.getColumn(i + 1).width = width;
    }
  }

  private bump(index: number, w: number): void {
    if (index < this.estimated.length && w > (this.estimated[index] ?? 0)) this.estimated[index] = w;
  }
}

function clamp(w: number): number {
  return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w));
}

/** Thousands separators and two decimals, as money columns show. */
function numberWidth(n: number): number {
  const digits = String(Math.trunc(Math.abs(n))).length;
  return digits + Math.floor((digits - 1) / 3) + 3 + (n < 0 ? 1 : 0);
}

export function displayWidth(text: string): number {
  let w = 0;
  let line = 0;
  for (const ch of text) {
    if (ch === '\n') {
      w = Math.max(w, line);
      line = 0;
      continue;
    }
    const code = ch.codePointAt(0) ?? 0;
    line += code >= 0x2e80 ? 2 : 1;
  }
  return Math.max(w, line);
}
