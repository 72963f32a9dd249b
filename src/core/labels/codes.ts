/**
 * The codes a label carries, as the drawing needs them: a QR matrix (dark modules) and a Code 128
 * pattern (bar and space widths in modules). Encoding is done outside core by maintained libraries;
 * core only lays the result out, so these shapes are all it knows.
 */
export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  isDark(row: number, col: number): boolean;
}

/** Code 128 as alternating bar, space, bar… widths in modules, starting with a bar. */
export type BarPattern = readonly number[];

export interface Run {
  readonly row: number;
  readonly col: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The dark modules as few rectangles: runs along each row, then identical runs on consecutive rows
 * merged downwards. Fewer, larger rectangles keep the PDF small and leave no hairline seams between
 * modules when a rasterizer rounds each edge on its own.
 */
export function qrRuns(matrix: QrMatrix): Run[] {
  const open = new Map<string, { row: number; col: number; width: number; height: number }>();
  const done: Run[] = [];
  for (let row = 0; row < matrix.size; row++) {
    const seen = new Set<string>();
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col++;
      const key = `${start}:${col - start}`;
      seen.add(key);
      const above = open.get(key);
      if (above && above.row + above.height === row) above.height++;
      else {
        if (above) done.push(above);
        open.set(key, { row, col: start, width: col - start, height: 1 });
      }
    }
    for (const [key, run] of open) {
      if (!seen.has(key)) {
        done.push(run);
        open.delete(key);
      }
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Total width of a bar pattern in modules. */
export function patternWidth(pattern: BarPattern): number {
  return pattern.reduce((sum, w) => sum + w, 0);
}
