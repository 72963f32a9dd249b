/**
 * 公物使用保管卡: one printable card per item of the asset register, kept with the item. The card
 * carries the register's facts and a small log to sign on issue (领用签名) and clear on return (消号).
 */
import type { Block, SheetSpec, SpecValue } from '../sheet/spec';
import type { ParsedTemplate } from './catalogue';

export interface CardOptions {
  readonly school?: string;
  /** Cards per printed A4 page (2 fits a card with its log). */
  readonly perPage?: number;
  readonly logLines?: number;
}

export function custodyCardsSpec(cardTemplate: ParsedTemplate, items: ReadonlyArray<Readonly<Record<string, SpecValue>>>, options: CardOptions = {}): SheetSpec {
  const perPage = options.perPage ?? 2;
  const blocks: Block[] = [];
  items.forEach((item, i) => {
    if (i > 0 && i % perPage === 0) blocks.push({ type: 'pageBreak' });
    else if (i > 0) blocks.push({ type: 'spacer', rows: 2 });
    blocks.push({ type: 'title', text: `${options.school ?? ''}公物使用保管卡`, size: 14 });
    blocks.push({ type: 'fields', pairs: cardTemplate.fields.map((f): [string, SpecValue] => [f.zh, item[f.key] ?? null]) });
    blocks.push({
      type: 'table',
      columns: [{ header: '领用日期', width: 12 }, { header: '领用人签名', width: 14 }, { header: '交回日期', width: 12 }, { header: '消号（经手人）', width: 14 }],
      rows: Array.from({ length: options.logLines ?? 4 }, () => [null, null, null, null]),
    });
  });
  return {
    name: cardTemplate.sheetName,
    kind: `template.${cardTemplate.key}`,
    width: 4,
    columnWidths: [14, 18, 14, 18],
    blocks,
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatHeader: false, footer: '第 &P 页，共 &N 页' },
  };
}
