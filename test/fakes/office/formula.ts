/**
 * A tiny formula evaluator for the fake: numbers, strings, cell references, ranges inside SUM,
 * + - * / & and parentheses. Enough for the totals and computed columns Taizhang writes; any other
 * function gives #NAME?, as Excel does for a name it does not know.
 */
import { columnNumber } from '../../../src/core/sheet/address';

export type FormulaValue = null | number | boolean | string | { error: string };
type Lookup = (row: number, col: number) => FormulaValue;

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"]|"")*")|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|([A-Za-z_][A-Za-z0-9_.]*)\s*\(|([-+*/&(),]))/y;

type Token =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'ref'; text: string }
  | { kind: 'fn'; name: string }
  | { kind: 'op'; value: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new FormulaError('#NAME?');
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'num', value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: 'str', value: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) tokens.push({ kind: 'ref', text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: 'fn', name: m[4].toUpperCase() });
    else if (m[5] !== undefined) tokens.push({ kind: 'op', value: m[5] });
  }
  return tokens;
}

function cellOf(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) throw new FormulaError('#REF!');
  return { col: columnNumber(m[1] ?? 'A'), row: Number(m[2]) };
}

type Operand = FormulaValue | { range: { top: number; left: number; bottom: number; right: number } };

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly lookup: Lookup,
  ) {}

  parse(): FormulaValue {
    const v = this.scalar(this.concat());
    if (this.i < this.tokens.length) throw new FormulaError('#NAME?');
    return v;
  }

  private peekOp(...ops: string[]): string | null {
    const t = this.tokens[this.i];
    return t && t.kind === 'op' && ops.includes(t.value) ? t.value : null;
  }

  private concat(): Operand {
    let left = this.additive();
    while (this.peekOp('&')) {
      this.i++;
      const right = this.additive();
      left = text(this.scalar(left)) + text(this.scalar(right));
    }
    return left;
  }

  private additive(): Operand {
    let left = this.term();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.i++;
      const a = num(this.scalar(left));
      const b = num(this.scalar(this.term()));
      left = op === '+' ? a + b : a - b;
    }
    return left;
  }

  private term(): Operand {
    let left = this.unary();
    for (let op = this.peekOp('*', '/'); op; op = this.peekOp('*', '/')) {
      this.i++;
      const a = num(this.scalar(left));
      const b = num(this.scalar(this.unary()));
      if (op === '/' && b === 0) throw new FormulaError('#DIV/0!');
      left = op === '*' ? a * b : a / b;
    }
    return left;
  }

  private unary(): Operand {
    const op = this.peekOp('+', '-');
    if (op) {
      this.i++;
      const v = num(this.scalar(this.unary()));
      return op === '-' ? -v : v;
    }
    return this.primary();
  }

  private primary(): Operand {
    const t = this.tokens[this.i++];
    if (!t) throw new FormulaError('#NAME?');
    if (t.kind === 'num' || t.kind === 'str') return t.value;
    if (t.kind === 'ref') {
      const [a, b] = t.text.split(':');
      const p = cellOf(a ?? '');
      if (b === undefined) return { range: { top: p.row, left: p.col, bottom: p.row, right: p.col } };
      const q = cellOf(b);
      return { range: { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) } };
    }
    if (t.kind === 'fn') return this.call(t.name);
    if (t.value === '(') {
      const v = this.concat();
      if (!this.peekOp(')')) throw new FormulaError('#NAME?');
      this.i++;
      return v;
    }
    throw new FormulaError('#NAME?');
  }

  private call(name: string): FormulaValue {
    const args: Operand[] = [];
    if (!this.peekOp(')')) {
      for (;;) {
        args.push(this.concat());
        if (this.peekOp(',')) {
          this.i++;
          continue;
        }
        break;
      }
    }
    if (!this.peekOp(')')) throw new FormulaError('#NAME?');
    this.i++;
    if (name !== 'SUM') throw new FormulaError('#NAME?');
    let total = 0;
    for (const a of args) {
      if (a !== null && typeof a === 'object' && 'range' in a) {
        const r = a.range;
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) {
            const v = this.lookup(row, col);
            if (v !== null && typeof v === 'object') throw new FormulaError(v.error);
            if (typeof v === 'number') total += v;
          }
      } else total += num(a);
    }
    return total;
  }

  private scalar(v: Operand): FormulaValue {
    if (v !== null && typeof v === 'object' && 'range' in v) {
      if (v.range.top !== v.range.bottom || v.range.left !== v.range.right) throw new FormulaError('#VALUE!');
      return this.lookup(v.range.top, v.range.left);
    }
    return v;
  }
}

function num(v: FormulaValue): number {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object') throw new FormulaError(v.error);
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new FormulaError('#VALUE!');
  return n;
}

function text(v: FormulaValue): string {
  if (v === null) return '';
  if (typeof v === 'object') throw new FormulaError(v.error);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Evaluates "=…"; errors come back as {error}. */
export function evaluateFormula(formula: string, lookup: Lookup): FormulaValue {
  try {
    const v = new Parser(tokenize(formula.replace(/^=/, '')), lookup).parse();
    return v === null ? 0 : v;
  } catch (e) {
    if (e instanceof FormulaError) return { error: e.code };
    throw e;
  }
}
