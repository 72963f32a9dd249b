/**
 * A neutral description of a workbook for the contract suite: what a user's file holds, with no
 * adapter in it. Each side turns it into its own workbook (the Office fake's model, an .xlsx file).
 * Strings are literal text; cells are listed from A1.
 */
export type SeedCell = null | string | number | boolean | { readonly error: string };

export interface SeedSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<SeedCell>>;
  /** A1 ranges. */
  readonly merges?: readonly string[];
  /** Sheet rows (1-based). */
  readonly hiddenRows?: readonly number[];
  readonly visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** Number formats by A1 range, as the user set them ("A2:A4": "@"). */
  readonly numFmts?: Readonly<Record<string, string>>;
  /** Sheet protection on (every cell locked, Excel's default). */
  readonly protected?: boolean;
}

export interface WorkbookSeed {
  readonly sheets: readonly SeedSheet[];
}
