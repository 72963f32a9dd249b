/** Wording of `taizhang reconcile`, both languages. */
import type { Catalogue } from '../../core/i18n/locale';

export const reconcileCliMessages = {
  heading: {
    'zh-CN': '账簿“{ledger}”（{ledgerFile}）对盘点“{count}”（{countFile}）',
    'en-US': 'Ledger "{ledger}" ({ledgerFile}) against count "{count}" ({countFile})',
  },
  summary: {
    'zh-CN': '账面 {ledgerRows} 行，数量 {ledgerQuantity}，金额 {ledgerAmount} 元；实盘 {countRows} 行，数量 {countedQuantity}',
    'en-US': 'Books: {ledgerRows} rows, quantity {ledgerQuantity}, {ledgerAmount} yuan; count: {countRows} rows, quantity {countedQuantity}',
  },
  outcomes: {
    'zh-CN': '相符 {agreed}，不符 {mismatched}（数量 {quantityMismatch}，其他项目 {fieldMismatch}），盘亏 {shortage}（{shortageAmount} 元），盘盈 {surplus}，重复 {duplicates}，疑似匹配 {possibleMatches}',
    'en-US': 'Agreed {agreed}, mismatched {mismatched} (quantity {quantityMismatch}, other fields {fieldMismatch}), shortage {shortage} ({shortageAmount} yuan), surplus {surplus}, duplicates {duplicates}, possible matches {possibleMatches}',
  },
  severalNotScans: {
    'zh-CN': '只有扫码文件（.csv/.txt/.tsv）可以几个一起核对；{files} 不是扫码文件。盘点表 .xlsx 请单独核对。',
    'en-US': 'Only scan files (.csv/.txt/.tsv) can be counted together; {files} is not one. Reconcile a count workbook on its own.',
  },
  problems: { 'zh-CN': '需要处理的项目：', 'en-US': 'Items to look at:' },
  item: { 'zh-CN': '  {status}  {code} {name}  {rows}  {details}', 'en-US': '  {status}  {code} {name}  {rows}  {details}' },
  rows: { 'zh-CN': '账{ledger} / 盘{count}', 'en-US': 'ledger {ledger} / count {count}' },
  candidate: { 'zh-CN': '可能是账簿第 {row} 行（相似度 {score}）', 'en-US': 'may be ledger row {row} (score {score})' },
  quantity: { 'zh-CN': '数量差 {difference}（{amount} 元）', 'en-US': 'quantity {difference} ({amount} yuan)' },
  field: { 'zh-CN': '{field}：{ledger} → {count}', 'en-US': '{field}: {ledger} → {count}' },
  groupsHeading: { 'zh-CN': '按“{field}”汇总（账面 → 实盘，差异）：', 'en-US': 'By {field} (books → count, difference):' },
  group: {
    'zh-CN': '  {key}：数量 {left} → {right}（{qd}），金额 {leftAmount} → {rightAmount}（{ad}）',
    'en-US': '  {key}: quantity {left} → {right} ({qd}), amount {leftAmount} → {rightAmount} ({ad})',
  },
  blankGroup: { 'zh-CN': '（空）', 'en-US': '(blank)' },
  findings: { 'zh-CN': '读取时发现的问题（{count}）：', 'en-US': 'Findings ({count}):' },
  saved: { 'zh-CN': '已保存 {file}：{sheets}（原文件未改动）', 'en-US': 'Saved {file}: {sheets} (the input files are unchanged)' },
  notSaved: { 'zh-CN': '未保存结果；加 --out 结果.xlsx 可生成结果工作簿。', 'en-US': 'Nothing saved; add --out results.xlsx to write the result sheets.' },
  badCompare: { 'zh-CN': '--compare 中的“{value}”不是可比较的字段。可选：{choices}', 'en-US': '"{value}" in --compare is not a field that can be compared. Choices: {choices}' },
  badBy: { 'zh-CN': '--by 的“{value}”不是可汇总的字段。可选：{choices}', 'en-US': '"{value}" for --by is not a field to group by. Choices: {choices}' },
  outIsInput: { 'zh-CN': '--out 不能是输入文件 {file}：结果写入新的工作簿，原文件不改动。', 'en-US': '--out cannot be the input file {file}: results go to a new workbook and the inputs are never changed.' },
  progress: { 'zh-CN': '正在读取{side}：{done}/{total} 行', 'en-US': 'Reading the {side}: {done}/{total} rows' },
  sideLedger: { 'zh-CN': '账簿', 'en-US': 'ledger' },
  sideCount: { 'zh-CN': '盘点表', 'en-US': 'count' },
  severity: { 'zh-CN': '错误|警告|提示', 'en-US': 'error|warning|info' },
} as const satisfies Catalogue<string>;
