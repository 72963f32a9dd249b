/**
 * The notices (赔偿通知单) as a page the browser prints: one notice per sheet of A5 (landscape) or A4
 * (portrait) through CSS @page, in Chinese fonts, with the same wording as the notices sheet. The
 * browser's print dialog can also save it as a PDF. Every text from the workbook is escaped.
 */
import { NATURE_LABELS, type Notice, type Policy } from '../../core/compensation';
import { SHEET_TEXT, type SheetTextKey } from '../../core/compensation/sheetText';
import { splitIso, type IsoDate } from '../../core/dates';
import { interpolate, type Locale } from '../../core/i18n/locale';
import { formatFen, numberToDecimalText, sumFen } from '../../core/money';
import { toRmbCapital } from '../../core/rmb';
import { compensationUi, type CompensationUiKey } from './messages';

export interface PrintOptions {
  readonly locale: Locale;
  readonly noticeDate: IsoDate;
  readonly deadline: IsoDate;
  readonly paper: 'A5' | 'A4';
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function sheetText(key: SheetTextKey, locale: Locale, params: Record<string, string | number> = {}): string {
  return escapeHtml(interpolate(SHEET_TEXT[key][locale], params));
}

function ui(key: CompensationUiKey, locale: Locale, params: Record<string, string | number> = {}): string {
  return escapeHtml(interpolate(compensationUi[key][locale], params));
}

/** 2025年11月30日 on a Chinese notice, 2025-11-30 on an English one. */
export function noticeDateText(date: IsoDate, locale: Locale): string {
  if (locale === 'en-US') return date;
  const { y, m, d } = splitIso(date);
  return `${y}年${m}月${d}日`;
}

/** A5 sheets are printed landscape (the notices sheet's layout), A4 portrait. */
const PAGE: Readonly<Record<PrintOptions['paper'], { size: string; width: string; base: string }>> = {
  A5: { size: 'A5 landscape', width: '190mm', base: '10pt' },
  A4: { size: 'A4 portrait', width: '190mm', base: '11.5pt' },
};

const FONTS = `'SimSun', '宋体', 'Songti SC', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Noto Sans CJK SC', 'Microsoft YaHei', serif`;
const HEADING_FONTS = `'SimHei', '黑体', 'Heiti SC', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif`;

function styles(paper: PrintOptions['paper']): string {
  const page = PAGE[paper];
  return `
@page { size: ${page.size}; margin: 8mm 10mm; }
* { box-sizing: border-box; }
html { background: #e8e8e8; }
body { margin: 0; font-family: ${FONTS}; font-size: ${page.base}; line-height: 1.35; color: #000; }
.toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 10px 16px;
  background: #fff; border-bottom: 1px solid #ccc; font-family: ${HEADING_FONTS}; font-size: 14px; }
.toolbar button { font: inherit; padding: 6px 16px; border-radius: 4px; border: 1px solid #0f6cbd; background: #0f6cbd; color: #fff; cursor: pointer; }
.toolbar button:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
.toolbar p { margin: 0; color: #424242; }
.notice { width: calc(${page.width} + 20mm); margin: 16px auto; padding: 8mm 10mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25);
  break-after: page; page-break-after: always; break-inside: avoid; }
.notice:last-of-type { break-after: auto; page-break-after: auto; }
h1 { margin: 0 0 1mm; font-family: ${HEADING_FONTS}; font-size: 1.5em; font-weight: bold; text-align: center; letter-spacing: .08em; }
.receipt { margin: 0 0 2mm; text-align: right; font-size: .9em; }
.fields { display: grid; grid-template-columns: auto 1fr auto 1fr; gap: 1mm 3mm; margin: 0 0 2.5mm; }
.fields dt { font-weight: bold; }
.fields dd { margin: 0; border-bottom: .6pt solid #000; min-height: 1.3em; }
table { width: 100%; border-collapse: collapse; margin: 0 0 2.5mm; table-layout: fixed; }
col.c-date { width: 14%; } col.c-item { width: 14%; } col.c-qty { width: 8%; } col.c-nature { width: 11%; } col.c-amount { width: 12%; }
th, td { border: .6pt solid #000; padding: .8mm 1.2mm; vertical-align: top; }
th { font-family: ${HEADING_FONTS}; font-weight: bold; background: #f2f2f2; overflow-wrap: anywhere; }
td { overflow-wrap: anywhere; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.center { text-align: center; }
td.basis { font-size: .9em; }
tfoot td { font-weight: bold; }
.amount { display: grid; grid-template-columns: auto 1fr; gap: 1mm 3mm; margin: 0 0 2mm; }
.amount dt { font-weight: bold; }
.amount dd { margin: 0; }
.words { font-size: 1.15em; font-weight: bold; letter-spacing: .04em; }
.pay { margin: 0 0 1.5mm; }
.signatures { display: flex; justify-content: space-between; gap: 6mm; margin-top: 6mm; break-inside: avoid; }
.signatures span { flex: 1; white-space: nowrap; }
@media print {
  html { background: none; }
  .toolbar { display: none; }
  .notice { width: auto; margin: 0; padding: 0; box-shadow: none; }
}
@media screen and (max-width: 700px) {
  .notice { width: auto; margin: 8px; padding: 12px; }
  .fields { grid-template-columns: auto 1fr; }
}`;
}

function noticeHtml(n: Notice, index: number, count: number, policy: Policy, options: PrintOptions): string {
  const { locale } = options;
  const paid = sumFen(n.lines.map((l) => l.paid));
  const rows = n.lines
    .map((l) => {
      const r = l.result;
      const quantity = `${numberToDecimalText(r.quantity)}${locale === 'en-US' && r.unit !== '' ? ' ' : ''}${escapeHtml(r.unit)}`;
      return `<tr><td class="center">${r.damageDate ? escapeHtml(r.damageDate) : '—'}</td><td>${escapeHtml(r.item)}</td><td class="num">${quantity}</td><td class="center">${escapeHtml(NATURE_LABELS[r.nature][locale])}</td><td class="basis">${escapeHtml(r.explanation[locale])}</td><td class="num">${formatFen(l.amount)}</td></tr>`;
    })
    .join('');
  const total = sumFen(n.lines.map((l) => l.amount));
  const collector = policy.collector || interpolate(SHEET_TEXT.collectorDefault[locale]);
  const pay = [`<p class="pay">${sheetText('noticePayAt', locale, { deadline: noticeDateText(options.deadline, locale), collector })}</p>`];
  if (policy.overdue.enabled) pay.push(`<p class="pay">${sheetText('noticeSurcharge', locale, { days: policy.overdue.days, multiplier: policy.overdue.multiplier })}</p>`);
  const signatures = (['signHandler', 'signTeacher', 'signParent'] as const).map((k) => `<span>${sheetText(k, locale)}：</span>`).join('');
  return `<section class="notice" aria-label="${escapeHtml(`${n.payer}`)}" data-payer="${escapeHtml(n.payer)}">
<h1>${sheetText('noticeTitle', locale, { school: policy.schoolName })}</h1>
<p class="receipt">${sheetText('noticeReceipt', locale, { n: index + 1, count })}</p>
<dl class="fields">
<dt>${sheetText('noticePayer', locale)}</dt><dd>${escapeHtml(n.payer)}</dd>
<dt>${sheetText('noticeUnit', locale)}</dt><dd>${escapeHtml(n.unit ?? '')}</dd>
<dt>${sheetText('noticeDate', locale)}</dt><dd>${escapeHtml(noticeDateText(options.noticeDate, locale))}</dd>
<dt>${sheetText('noticeDeadline', locale)}</dt><dd>${escapeHtml(noticeDateText(options.deadline, locale))}</dd>
</dl>
<table>
<colgroup><col class="c-date"><col class="c-item"><col class="c-qty"><col class="c-nature"><col><col class="c-amount"></colgroup>
<thead><tr><th>${sheetText('noticeColDate', locale)}</th><th>${sheetText('colItem', locale)}</th><th class="num">${sheetText('colQuantity', locale)}</th><th>${sheetText('colNature', locale)}</th><th>${sheetText('noticeColBasis', locale)}</th><th class="num">${sheetText('noticeColAmount', locale)}</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><td colspan="5">${sheetText('total', locale)}</td><td class="num">${formatFen(total)}</td></tr></tfoot>
</table>
<dl class="amount">
<dt>${sheetText('noticeToPay', locale)}</dt><dd class="num" data-testid="to-pay">${formatFen(n.toPay)}${paid > 0 ? `（${sheetText('colPaid', locale)} ${formatFen(paid)}）` : ''}</dd>
<dt>${sheetText('noticeInWords', locale)}</dt><dd class="words">${escapeHtml(toRmbCapital(n.toPay, { withPrefix: true }))}</dd>
</dl>
${pay.join('\n')}
<div class="signatures">${signatures}</div>
</section>`;
}

/** The whole printable page: a toolbar (not printed) with a print button, then one notice per page. */
export function noticesHtml(notices: readonly Notice[], policy: Policy, options: PrintOptions): string {
  const { locale } = options;
  const title = sheetText('noticesSheet', locale);
  const body = notices.map((n, i) => noticeHtml(n, i, notices.length, policy, options)).join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${styles(options.paper)}</style>
</head>
<body>
<div class="toolbar" role="toolbar" aria-label="${ui('print.toolbar', locale)}">
<button type="button" id="print" onclick="window.print()">${ui('print.button', locale)}</button>
<p>${ui('print.hint', locale, { count: notices.length, paper: options.paper })}</p>
</div>
<main>
${body}
</main>
</body>
</html>
`;
}
