/** What the reports say: findings about the rows they read, and errors a user can fix. */
import type { Catalogue } from '../i18n/locale';

export const reportMessages = {
  // Reading rows
  'report.quantityMissing': {
    'zh-CN': '第 {row} 行没有数量，按 1 计。',
    'en-US': 'Row {row} has no quantity; counted as 1.',
  },
  'report.amountMissing': {
    'zh-CN': '第 {row} 行没有金额（也没有单价），按 0 元计。请补上原值。',
    'en-US': 'Row {row} has no amount (and no unit price); counted as 0.00. Please fill in the original value.',
  },
  'report.negativeAmount': {
    'zh-CN': '第 {row} 行金额为负数（{amount} 元）：照原数计入，不计提折旧。',
    'en-US': 'Row {row} has a negative amount ({amount}); counted as it is, not depreciated.',
  },
  // Depreciation
  'report.noAcquiredDate': {
    'zh-CN': '第 {row} 行没有取得日期，无法计算折旧：按原值计入净值。',
    'en-US': 'Row {row} has no acquisition date, so it cannot be depreciated: counted at full value.',
  },
  'report.life.tooBroad': {
    'zh-CN': '第 {row} 行的资产分类“{category}”太宽（包含多种使用年限），无法确定折旧年限：按原值计入净值。请填写“使用年限”列，或用更细的分类（如“计算机设备”）。',
    'en-US': 'Row {row}: the category "{category}" is too broad to have one useful life; counted at full value. Fill in a useful-life column or use a narrower category (e.g. 计算机设备).',
  },
  'report.life.unknownCategory': {
    'zh-CN': '第 {row} 行的资产分类“{category}”不在分类表中，无法确定折旧年限：按原值计入净值。请改用分类表中的名称，或在分类表中添加它。',
    'en-US': 'Row {row}: the category "{category}" is not in the category table, so its useful life is unknown; counted at full value. Use a name from the table or add it there.',
  },
  'report.life.missing': {
    'zh-CN': '第 {row} 行既没有资产分类也没有使用年限，无法计算折旧：按原值计入净值。',
    'en-US': 'Row {row} has neither a category nor a useful life, so it cannot be depreciated: counted at full value.',
  },
  'report.life.byName': {
    'zh-CN': '第 {row} 行的资产分类不能确定折旧年限，按资产名称“{name}”归入“{category}”，使用年限 {years} 年。',
    'en-US': 'Row {row}: the category gives no useful life; by its name "{name}" the item is "{category}", {years} years.',
  },
  'report.life.byNameNone': {
    'zh-CN': '第 {row} 行的资产分类不能确定折旧年限，按资产名称“{name}”归入“{category}”，不计提折旧。',
    'en-US': 'Row {row}: the category gives no useful life; by its name "{name}" the item is "{category}", not depreciated.',
  },
  'report.life.invalidYears': {
    'zh-CN': '第 {row} 行的使用年限“{years}”不是 0 到 100 之间的数：按原值计入净值。',
    'en-US': 'Row {row}: the useful life "{years}" is not a number from 0 to 100; counted at full value.',
  },
  // Disposals
  'report.statusDisposed.summary': {
    'zh-CN': '第 {row} 行状态为“{status}”但没有注销日期：视为已处置，不计入汇总。',
    'en-US': 'Row {row} is marked "{status}" but has no disposal date: treated as disposed and left out of the summary.',
  },
  'report.statusDisposed.fourPillar': {
    'zh-CN': '第 {row} 行状态为“{status}”但没有注销日期：按本期开除计。如果是以前年度注销的，请补上注销日期。',
    'en-US': 'Row {row} is marked "{status}" but has no disposal date: counted as disposed in this period. If it was written off in an earlier year, fill in the disposal date.',
  },
  'report.disposedBeforeAcquired': {
    'zh-CN': '第 {row} 行的注销日期 {disposed} 早于取得日期 {acquired}，请核对。',
    'en-US': 'Row {row}: the disposal date {disposed} is before the acquisition date {acquired}; please check.',
  },
  'report.register.noMatch': {
    'zh-CN': '“{sheet}”第 {row} 行的资产编号“{code}”在台账中找不到：按登记表的数量和原值计入。',
    'en-US': '"{sheet}" row {row}: the asset code "{code}" is not in the ledger; counted from the register\'s quantity and value.',
  },
  'report.register.noCode': {
    'zh-CN': '“{sheet}”第 {row} 行没有资产编号，无法与台账对应：按登记表的数量和原值计入。',
    'en-US': '"{sheet}" row {row} has no asset code to match the ledger with; counted from the register\'s quantity and value.',
  },
  'report.register.noDate': {
    'zh-CN': '“{sheet}”第 {row} 行（{code}）没有注销日期或审批日期：视为尚未批准注销，不计入开除。',
    'en-US': '"{sheet}" row {row} ({code}) has no disposal or approval date: treated as not yet written off, not counted.',
  },
  'report.register.dateConflict': {
    'zh-CN': '“{sheet}”第 {row} 行（{code}）的注销日期 {register} 与台账第 {ledgerRow} 行的 {ledger} 不同：以台账为准。',
    'en-US': '"{sheet}" row {row} ({code}): disposal date {register} differs from ledger row {ledgerRow} ({ledger}); the ledger\'s is used.',
  },
  'report.register.partial': {
    'zh-CN': '“{sheet}”第 {row} 行注销 {disposed}（台账第 {ledgerRow} 行共 {quantity}）：部分注销，余数仍在册。',
    'en-US': '"{sheet}" row {row} writes off {disposed} of the {quantity} on ledger row {ledgerRow}: a partial write-off, the rest stays on the books.',
  },
  'report.register.exceeds': {
    'zh-CN': '“{sheet}”注销的数量合计 {disposed} 超过台账第 {ledgerRow} 行的数量 {quantity}，请核对。',
    'en-US': '"{sheet}" writes off {disposed} in all, more than the {quantity} on ledger row {ledgerRow}; please check.',
  },
  'report.fourPillar.noAcquiredDate': {
    'zh-CN': '第 {row} 行没有取得日期：视为期初已有，计入旧管。',
    'en-US': 'Row {row} has no acquisition date: taken as held before the period (opening balance).',
  },
  'report.register.noDateColumn': {
    'zh-CN': '工作表“{sheet}”像报损注销登记，但没有注销日期或审批日期列，也没有资产编号列：未用于开除。',
    'en-US': 'The sheet "{sheet}" looks like a write-off register but has no disposal or approval date column, or no asset code column: not used for disposals.',
  },
  // The ledger's own totals
  'report.totalRow.differs': {
    'zh-CN': '台账的合计行（第 {row} 行）为 {total}，明细之和为 {detail}，两者不符。',
    'en-US': 'The ledger\'s total row (row {row}) shows {total}; its detail rows add up to {detail}.',
  },
  'report.closing.differs': {
    'zh-CN': '“{group}”按四柱计算的实在数与台账期末在册数不符（数量差 {quantity}，金额差 {amount} 元），由第 {rows} 行引起。',
    'en-US': '"{group}": the closing balance from the four pillars differs from what the ledger holds at the end (quantity {quantity}, amount {amount}), caused by rows {rows}.',
  },
  // Rows behind a difference
  'cause.disposedBeforeAcquired': {
    'zh-CN': '{where}：取得于 {acquired}，注销于 {disposed}，注销早于取得。',
    'en-US': '{where}: acquired {acquired}, disposed of {disposed} — before it was acquired.',
  },
  'cause.statusAfterEnd': {
    'zh-CN': '{where}：取得于 {acquired}（期末之后），状态却已是“{status}”。',
    'en-US': '{where}: acquired {acquired} (after the period) but already marked "{status}".',
  },
  'cause.overDisposed': {
    'zh-CN': '{where}：注销数量合计 {disposed}，超过台账数量 {quantity}。',
    'en-US': '{where}: {disposed} written off in all, more than the {quantity} on the books.',
  },
  'cause.listedDisposed': {
    'zh-CN': '{where}（{name}）已于 {date} 注销，仍计入台账合计。',
    'en-US': '{where} ({name}) was disposed of on {date} but is still in the ledger\'s total.',
  },
  'cause.listedStatus': {
    'zh-CN': '{where}（{name}）状态为“{status}”，仍计入台账合计。',
    'en-US': '{where} ({name}) is marked "{status}" but is still in the ledger\'s total.',
  },
  'cause.listedPartial': {
    'zh-CN': '{where}（{name}）已注销 {disposed}，台账合计仍按 {quantity} 计。',
    'en-US': '{where} ({name}): {disposed} written off, but the ledger\'s total still counts {quantity}.',
  },
  'cause.listedFuture': {
    'zh-CN': '{where}（{name}）取得于 {date}，在期末 {to} 之后，计入了台账合计。',
    'en-US': '{where} ({name}) was acquired on {date}, after the period end {to}, and is in the ledger\'s total.',
  },
  'cause.registerHeld': {
    'zh-CN': '{where}（{name}）于 {date} 注销，在期末 {to} 之后：期末仍在册，但台账合计中没有它。',
    'en-US': '{where} ({name}) was written off on {date}, after the period end {to}: held at the end, but not in the ledger\'s total.',
  },
  'cause.totalRow': {
    'zh-CN': '台账合计行（第 {row} 行）与明细之和不符：合计 {total}，明细 {detail}。',
    'en-US': 'The ledger\'s total row (row {row}) does not equal its detail rows: total {total}, detail {detail}.',
  },
  'where.row': { 'zh-CN': '第 {row} 行', 'en-US': 'Row {row}' },
  'where.sheetRow': { 'zh-CN': '“{sheet}”第 {row} 行', 'en-US': '"{sheet}" row {row}' },
  // Comparison
  'compare.noDate': {
    'zh-CN': '第 {row} 行没有可识别的日期，未计入对比。',
    'en-US': 'Row {row} has no readable date; left out of the comparison.',
  },
  'compare.noAmount': {
    'zh-CN': '第 {row} 行没有金额，未计入对比。',
    'en-US': 'Row {row} has no amount; left out of the comparison.',
  },
  'compare.nothing': {
    'zh-CN': '本期（{current}）和对比期（{previous}）都没有记录。请检查期间和日期列。',
    'en-US': 'No rows fall in this period ({current}) or the comparison period ({previous}). Check the period and the date column.',
  },
  // Errors the user can fix
  'error.noTable': {
    'zh-CN': '工作表“{sheet}”中没有找到表格（表头）。请确认选择了台账所在的工作表。',
    'en-US': 'No table (header row) was found on the sheet "{sheet}". Check that you chose the ledger sheet.',
  },
  'error.noRows': {
    'zh-CN': '工作表“{sheet}”的表格中没有数据行。',
    'en-US': 'The table on the sheet "{sheet}" has no data rows.',
  },
  'error.unknownGroupField': {
    'zh-CN': '不能按“{field}”汇总。可以按：{choices}。',
    'en-US': 'Cannot group by "{field}". Choose from: {choices}.',
  },
  'error.tooManyGroupFields': {
    'zh-CN': '最多按两个字段分级汇总（例如：使用部门,资产分类）。',
    'en-US': 'Group by at most two fields (e.g. department,category).',
  },
  'error.fieldNotMapped': {
    'zh-CN': '工作表“{sheet}”中没有“{field}”列。表头有：{headers}。可以用列名或列字母指定，或先在“检查工作表”中指定这一列。',
    'en-US': 'The sheet "{sheet}" has no "{field}" column. Its headers are: {headers}. Name the column by its header or letter, or map it first when inspecting the sheet.',
  },
  'error.columnNotFound': {
    'zh-CN': '工作表“{sheet}”中找不到列“{column}”。表头有：{headers}。',
    'en-US': 'The sheet "{sheet}" has no column "{column}". Its headers are: {headers}.',
  },
  'error.badDate': {
    'zh-CN': '“{text}”不是日期。请写成 2025-12-31 这样的格式。',
    'en-US': '"{text}" is not a date. Write it like 2025-12-31.',
  },
  'error.fromAfterTo': {
    'zh-CN': '开始日期 {from} 晚于结束日期 {to}。',
    'en-US': 'The start date {from} is after the end date {to}.',
  },
  'error.badPeriod': {
    'zh-CN': '“{text}”不是期间。请写成 2025-09..2026-01（起止月份，含两端）。',
    'en-US': '"{text}" is not a period. Write it like 2025-09..2026-01 (first and last month, both included).',
  },
  'error.badAgainst': {
    'zh-CN': '对比方式“{text}”无效。可用：last-year（上年同期）、last-term（上学期）。',
    'en-US': 'Unknown comparison "{text}". Use last-year (same period last year) or last-term (the previous term).',
  },
  'error.periodNotInTerm': {
    'zh-CN': '期间 {period} 不在同一个学期内（秋季学期 9 月—次年 1 月，春季学期 2 月—7 月，8 月为暑假），无法与上学期对比。请改用一个学期内的期间（如 2025-09..2026-01），或用 last-year 与上年同期对比。',
    'en-US': 'The period {period} does not lie within one term (autumn term September–January, spring term February–July; August is the summer break), so it cannot be compared with the previous term. Use a period inside one term (e.g. 2025-09..2026-01), or compare with last-year.',
  },
  'error.unknownReport': {
    'zh-CN': '没有“{key}”这种报表。可用：{keys}。',
    'en-US': 'There is no report "{key}". Available: {keys}.',
  },
  'error.badRequest': {
    'zh-CN': '报表参数有误：{problems}',
    'en-US': 'The report options are not valid: {problems}',
  },
} as const satisfies Catalogue<string>;

export type ReportMessageKey = keyof typeof reportMessages;
