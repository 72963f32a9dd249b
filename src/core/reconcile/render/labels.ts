/** Texts written on the sheets reconciliation produces, in both languages (zh-CN is what offices print). */
import { interpolate, type Catalogue, type Locale, type MessageParams } from '../../i18n/locale';
import { ASSET_FIELDS } from '../../sheet/fields';
import type { DisplayStatus } from '../items';
import type { RowStyle } from '../../sheet/spec';

export const reconcileLabels = {
  // Status words as offices use them.
  'status.agreed': { 'zh-CN': '相符', 'en-US': 'Agreed' },
  'status.mismatch': { 'zh-CN': '不符', 'en-US': 'Mismatch' },
  'status.shortage': { 'zh-CN': '盘亏', 'en-US': 'Shortage' },
  'status.surplus': { 'zh-CN': '盘盈', 'en-US': 'Surplus' },
  'status.duplicate': { 'zh-CN': '重复', 'en-US': 'Duplicate' },
  'status.possibleMatch': { 'zh-CN': '疑似', 'en-US': 'Possible match' },

  'side.ledger': { 'zh-CN': '账面', 'en-US': 'Book' },
  'side.count': { 'zh-CN': '实盘', 'en-US': 'Counted' },

  'sheet.result': { 'zh-CN': '盘点核对结果', 'en-US': 'Count results' },
  'sheet.report': { 'zh-CN': '盘点报告', 'en-US': 'Count report' },
  'sheet.byDepartment': { 'zh-CN': '盘盈盘亏分部门', 'en-US': 'By department' },
  'sheet.writeOff': { 'zh-CN': '报损注销登记（草稿）', 'en-US': 'Write-offs (draft)' },
  'sheet.draftLedger': { 'zh-CN': '盘盈资产补录（草稿）', 'en-US': 'Surplus to record (draft)' },

  'result.title': { 'zh-CN': '资产账实核对结果', 'en-US': 'Assets: books against count' },
  'result.sources': { 'zh-CN': '账簿：{ledger}　　盘点：{count}', 'en-US': 'Ledger: {ledger}    Count: {count}' },
  'result.date': { 'zh-CN': '盘点日期：{date}', 'en-US': 'Count date: {date}' },
  'summary.ledgerRows': { 'zh-CN': '账面行数', 'en-US': 'Ledger rows' },
  'summary.countRows': { 'zh-CN': '实盘行数', 'en-US': 'Count rows' },
  'summary.ledgerQuantity': { 'zh-CN': '账面数量', 'en-US': 'Book quantity' },
  'summary.countedQuantity': { 'zh-CN': '实盘数量', 'en-US': 'Counted quantity' },
  'summary.agreed': { 'zh-CN': '相符（项）', 'en-US': 'Agreed (items)' },
  'summary.mismatched': { 'zh-CN': '不符（项）', 'en-US': 'Mismatched (items)' },
  'summary.shortage': { 'zh-CN': '盘亏（项）', 'en-US': 'Shortage (items)' },
  'summary.shortageQuantity': { 'zh-CN': '盘亏数量', 'en-US': 'Shortage quantity' },
  'summary.surplus': { 'zh-CN': '盘盈（项）', 'en-US': 'Surplus (items)' },
  'summary.surplusQuantity': { 'zh-CN': '盘盈数量', 'en-US': 'Surplus quantity' },
  'summary.duplicates': { 'zh-CN': '重复（行）', 'en-US': 'Duplicates (rows)' },
  'summary.possibleMatches': { 'zh-CN': '疑似匹配（行）', 'en-US': 'Possible matches (rows)' },
  'summary.ledgerAmount': { 'zh-CN': '账面金额', 'en-US': 'Book amount' },
  'summary.shortageAmount': { 'zh-CN': '盘亏金额', 'en-US': 'Shortage amount' },
  'summary.surplusAmount': { 'zh-CN': '盘盈金额', 'en-US': 'Surplus amount' },
  'summary.overAmount': { 'zh-CN': '数量盘多金额', 'en-US': 'Overage amount' },

  'col.status': { 'zh-CN': '状态', 'en-US': 'Status' },
  'col.index': { 'zh-CN': '序号', 'en-US': 'No.' },
  'col.ledgerQuantity': { 'zh-CN': '{side}数量', 'en-US': '{side} quantity' },
  'col.quantityDifference': { 'zh-CN': '数量差异', 'en-US': 'Quantity difference' },
  'col.amountDifference': { 'zh-CN': '差异金额', 'en-US': 'Difference amount' },
  'col.sideField': { 'zh-CN': '{side}{field}', 'en-US': '{side} {field}' },
  'col.differences': { 'zh-CN': '差异项', 'en-US': 'Differences' },
  'col.note': { 'zh-CN': '说明', 'en-US': 'Note' },
  'col.ledgerRow': { 'zh-CN': '账簿行', 'en-US': 'Ledger row' },
  'col.countRow': { 'zh-CN': '盘点行', 'en-US': 'Count row' },
  'col.quantity': { 'zh-CN': '数量', 'en-US': 'Quantity' },
  'col.missingQuantity': { 'zh-CN': '盘亏数量', 'en-US': 'Missing quantity' },
  'col.foundQuantity': { 'zh-CN': '盘盈数量', 'en-US': 'Surplus quantity' },
  'col.department': { 'zh-CN': '使用部门', 'en-US': 'Department' },
  'col.shortageQuantity': { 'zh-CN': '盘亏数量', 'en-US': 'Shortage quantity' },
  'col.shortageAmount': { 'zh-CN': '盘亏金额', 'en-US': 'Shortage amount' },
  'col.surplusQuantity': { 'zh-CN': '盘盈数量', 'en-US': 'Surplus quantity' },
  'col.surplusAmount': { 'zh-CN': '盘盈金额', 'en-US': 'Surplus amount' },
  'col.reason': { 'zh-CN': '原因', 'en-US': 'Reason' },
  'col.approval': { 'zh-CN': '审批意见', 'en-US': 'Approval' },
  'col.total': { 'zh-CN': '合计', 'en-US': 'Total' },
  'col.blank': { 'zh-CN': '（未填）', 'en-US': '(blank)' },

  'note.split': { 'zh-CN': '分 {parts} 处盘点：{list}', 'en-US': 'Counted in {parts} places: {list}' },
  'note.duplicate': { 'zh-CN': '同一编号的单件资产已在盘点第 {row} 行盘到，本行不计数', 'en-US': 'This single item was already counted on count row {row}; this row is not added' },
  'note.duplicateOfNone': { 'zh-CN': '同一编号的单件资产重复盘点，本行不计数', 'en-US': 'This single item was counted more than once; this row is not added' },
  'note.possible': { 'zh-CN': '疑似账簿第 {row} 行（相似度 {score}），待确认', 'en-US': 'Possibly ledger row {row} (similarity {score}); to be confirmed' },
  'note.possibleMore': { 'zh-CN': '；其他候选：{list}', 'en-US': '; other candidates: {list}' },
  'note.confirmed': { 'zh-CN': '经确认对应', 'en-US': 'Confirmed by the user' },
  'note.notFound': { 'zh-CN': '未盘到', 'en-US': 'Not found' },
  'note.short': { 'zh-CN': '账面 {book}，实盘 {counted}', 'en-US': 'Book {book}, counted {counted}' },
  'note.noCode': { 'zh-CN': '无编号', 'en-US': 'No code' },
  'note.fileRow': { 'zh-CN': '{file} 第 {row} 行', 'en-US': '{file} line {row}' },
  'note.surplusDraft': { 'zh-CN': '盘盈待补录（盘点第 {row} 行）', 'en-US': 'Surplus to record (count row {row})' },
  'note.pending': { 'zh-CN': '另有 {count} 行疑似匹配尚待确认（未计入盘盈）：确认的将冲减盘亏，否决的将列为盘盈。', 'en-US': '{count} possible matches are still to be confirmed (not counted as surplus): confirmed ones reduce the shortage, rejected ones become surplus.' },

  'report.title': { 'zh-CN': '{unit}资产盘点报告', 'en-US': '{unit} asset count report' },
  'report.unit': { 'zh-CN': '单位：{unit}', 'en-US': 'Unit: {unit}' },
  'report.date': { 'zh-CN': '盘点日期：{date}', 'en-US': 'Count date: {date}' },
  'report.countedBy': { 'zh-CN': '盘点人员：{people}', 'en-US': 'Counted by: {people}' },
  'report.money': { 'zh-CN': '金额单位：元', 'en-US': 'Amounts in yuan' },
  'report.overview': { 'zh-CN': '一、盘点概况', 'en-US': '1. Overview' },
  'report.overviewText': {
    'zh-CN': '账面资产 {ledgerRows} 项，数量 {ledgerQuantity}，金额 {ledgerAmount} 元；实盘数量 {countedQuantity}。相符 {agreed} 项，不符 {mismatched} 项；盘盈 {surplusItems} 项，金额 {surplusAmount} 元；盘亏 {shortageItems} 项，金额 {shortageAmount} 元。',
    'en-US': 'Books: {ledgerRows} items, quantity {ledgerQuantity}, amount {ledgerAmount} yuan; counted quantity {countedQuantity}. Agreed {agreed}, mismatched {mismatched}; surplus {surplusItems} items, {surplusAmount} yuan; shortage {shortageItems} items, {shortageAmount} yuan.',
  },
  'report.surplusList': { 'zh-CN': '二、盘盈资产明细', 'en-US': '2. Surplus (found, not on the books)' },
  'report.shortageList': { 'zh-CN': '三、盘亏资产明细', 'en-US': '3. Shortage (on the books, not found)' },
  'report.mismatchList': { 'zh-CN': '四、账实不符明细（存放地点、保管人等变动，不计入盘盈盘亏）', 'en-US': '4. Mismatches (place, custodian… changed; not surplus or shortage)' },
  'report.none': { 'zh-CN': '无。', 'en-US': 'None.' },
  'report.opinion': { 'zh-CN': '处理意见：', 'en-US': 'Proposed handling:' },
  'report.dateLine': { 'zh-CN': '年　　月　　日', 'en-US': 'Date:' },
  'report.footer': { 'zh-CN': '第 &P 页，共 &N 页', 'en-US': 'Page &P of &N' },
  'sign.counter': { 'zh-CN': '盘点人', 'en-US': 'Counted by' },
  'sign.supervisor': { 'zh-CN': '监盘人', 'en-US': 'Supervised by' },
  'sign.keeper': { 'zh-CN': '资产管理员', 'en-US': 'Asset keeper' },
  'sign.head': { 'zh-CN': '单位负责人', 'en-US': 'Head of unit' },
  'sign.preparer': { 'zh-CN': '制表人', 'en-US': 'Prepared by' },
  'sign.reviewer': { 'zh-CN': '审核', 'en-US': 'Reviewed by' },
  'reason.shortage': { 'zh-CN': '盘亏', 'en-US': 'Count shortage' },
  'chart.title': { 'zh-CN': '盘盈盘亏分部门统计', 'en-US': 'Surplus and shortage by department' },
} as const satisfies Catalogue<string>;

export type LabelKey = keyof typeof reconcileLabels;

export function label(locale: Locale, key: LabelKey, params?: MessageParams): string {
  return interpolate(reconcileLabels[key][locale], params);
}

export function statusLabel(locale: Locale, status: DisplayStatus): string {
  return label(locale, `status.${status}`);
}

/** How each status shows in the detail table. */
export const STATUS_STYLE: Readonly<Record<DisplayStatus, RowStyle>> = {
  agreed: 'normal',
  mismatch: 'warn',
  shortage: 'bad',
  surplus: 'info',
  duplicate: 'muted',
  possibleMatch: 'warn',
};

/** A field's name from the field catalogue, in the user's language. */
export function fieldLabel(locale: Locale, key: string): string {
  const f = ASSET_FIELDS.find((d) => d.key === key);
  if (!f) return key;
  return locale === 'zh-CN' ? f.zh : f.en;
}
