/** Messages of the reconcile use cases: user errors and findings raised while reading the two sides. */
import type { Catalogue } from '../../core/i18n/locale';

export const reconcileAppMessages = {
  'reconcile.noTable': {
    'zh-CN': '工作表“{sheet}”中没有找到表头，无法读取{side}。请确认表头行（如“资产编号、资产名称、数量”）存在。',
    'en-US': 'No header was found on the sheet "{sheet}", so the {side} cannot be read. Check that it has a header row (asset code, name, quantity…).',
  },
  'reconcile.noCodeOrName': {
    'zh-CN': '{side}“{sheet}”既没有资产编号列也没有名称列，无法核对。请在列对应中指定资产编号所在的列。',
    'en-US': 'The {side} "{sheet}" has neither an asset code column nor a name column, so nothing can be matched. Choose the asset code column in the mapping.',
  },
  'reconcile.noRows': {
    'zh-CN': '{side}“{sheet}”中没有可读取的数据行。',
    'en-US': 'The {side} "{sheet}" has no data rows to read.',
  },
  'reconcile.quantityBlank': {
    'zh-CN': '{side}第 {row} 行的数量为空或无法识别，按 1 计。',
    'en-US': 'The quantity on {side} row {row} is blank or unreadable; it counts as 1.',
  },
  'reconcile.statusAssumed': {
    'zh-CN': '账簿没有“使用状况”列，账面状况按“{status}”核对：盘点为损坏、闲置等的记为不符。',
    'en-US': 'The ledger has no status column, so its items are taken as "{status}": items counted as damaged or idle are mismatches.',
  },
  'reconcile.sameSheet': {
    'zh-CN': '账簿和盘点表选择了同一张工作表“{sheet}”，请分别选择。',
    'en-US': 'The ledger and the count are the same sheet "{sheet}"; choose two different ones.',
  },
  'reconcile.sheetNotFound': {
    'zh-CN': '找不到工作表“{sheet}”。可选的工作表：{sheets}',
    'en-US': 'There is no sheet "{sheet}". Sheets: {sheets}',
  },
  'reconcile.noLedgerSheet': {
    'zh-CN': '无法自动确定账簿工作表，请指定（可选：{sheets}）。',
    'en-US': 'Cannot tell which sheet is the ledger; please name it (sheets: {sheets}).',
  },
  'reconcile.noCountSheet': {
    'zh-CN': '无法自动确定盘点表工作表，请指定（可选：{sheets}）。',
    'en-US': 'Cannot tell which sheet is the count; please name it (sheets: {sheets}).',
  },
  'side.ledger': { 'zh-CN': '账簿', 'en-US': 'ledger' },
  'side.count': { 'zh-CN': '盘点表', 'en-US': 'count' },
  'marks.reason': { 'zh-CN': '标记盘点结果（{count} 行）', 'en-US': 'Mark count outcomes ({count} rows)' },
  'marks.header': { 'zh-CN': '盘点结果', 'en-US': 'Count result' },
  'writeOff.note': { 'zh-CN': '盘点报损，账簿第 {row} 行；{note}', 'en-US': 'Count shortage, ledger row {row}; {note}' },
  'draft.note': { 'zh-CN': '盘盈，盘点表第 {row} 行，请补全分类、单价、取得日期后入账', 'en-US': 'Count surplus, count row {row}; complete category, price and date before recording' },
  'writeOff.sheet': { 'zh-CN': '盘亏报损注销', 'en-US': 'Shortage write-offs' },
  'draft.sheet': { 'zh-CN': '盘盈补录明细账', 'en-US': 'Surplus ledger rows' },
  'scan.severalFiles': {
    'zh-CN': '编号“{code}”在 {count} 个扫码文件中都扫到（{files}）：是否两部手机盘到了同一件资产？单件资产只计一次，多出的记为重复；成套资产各部分相加。',
    'en-US': 'The code "{code}" was scanned in {count} scan files ({files}): did two phones count the same item? A single item counts once and the extra scans are duplicates; parts of a set add up.',
  },
} as const satisfies Catalogue<string>;
export type ReconcileAppMessageKey = keyof typeof reconcileAppMessages;
