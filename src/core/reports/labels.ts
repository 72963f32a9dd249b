/** Words on the report sheets, both languages. */
import { interpolate, type Catalogue, type Locale, type MessageParams } from '../i18n/locale';

export const reportLabels = {
  'sheet.summary': { 'zh-CN': '资产汇总', 'en-US': 'Asset summary' },
  'sheet.fourPillar': { 'zh-CN': '四柱清册', 'en-US': 'Four-pillar statement' },
  'sheet.compare': { 'zh-CN': '同期对比', 'en-US': 'Period comparison' },
  'sheet.findings': { 'zh-CN': '报表说明', 'en-US': 'Report notes' },

  'title.summary': { 'zh-CN': '{school}资产汇总表', 'en-US': '{school}Asset summary' },
  'title.fourPillar': { 'zh-CN': '{school}固定资产四柱清册', 'en-US': '{school}Fixed assets: four-pillar statement' },
  'title.compare': { 'zh-CN': '{school}{noun}同期对比表', 'en-US': '{school}{noun} compared with the earlier period' },
  'title.findings': { 'zh-CN': '{report}说明：数据中需要核对的地方', 'en-US': '{report} notes: what to check in the data' },

  'line.summary': { 'zh-CN': '数据来源：{sheet}　　按{by}汇总　　截止日期：{at}　　单位：元', 'en-US': 'Source: {sheet}    By {by}    As of {at}    Amounts in yuan' },
  'line.fourPillar': { 'zh-CN': '数据来源：{sheet}　　按{by}　　期间：{from}至{to}　　单位：元', 'en-US': 'Source: {sheet}    By {by}    Period: {from} to {to}    Amounts in yuan' },
  'line.compare': { 'zh-CN': '数据来源：{sheet}　　按{by}　　单位：元', 'en-US': 'Source: {sheet}    By {by}    Amounts in yuan' },
  'line.comparePeriods': { 'zh-CN': '本期：{current}　　{againstName}：{previous}', 'en-US': 'This period: {current}    {againstName}: {previous}' },

  'col.items': { 'zh-CN': '项数', 'en-US': 'Rows' },
  'col.quantity': { 'zh-CN': '数量', 'en-US': 'Quantity' },
  'col.original': { 'zh-CN': '原值', 'en-US': 'Original value' },
  'col.accumulated': { 'zh-CN': '累计折旧', 'en-US': 'Accumulated depreciation' },
  'col.net': { 'zh-CN': '净值', 'en-US': 'Net value' },
  'col.amount': { 'zh-CN': '金额', 'en-US': 'Amount' },
  'col.current': { 'zh-CN': '本期', 'en-US': 'This period' },
  'col.change': { 'zh-CN': '增减额', 'en-US': 'Change' },
  'col.changePercent': { 'zh-CN': '增减率', 'en-US': 'Change %' },
  'col.level': { 'zh-CN': '级别', 'en-US': 'Level' },
  'col.where': { 'zh-CN': '位置', 'en-US': 'Cell' },
  'col.note': { 'zh-CN': '说明', 'en-US': 'Note' },
  'col.check': { 'zh-CN': '核对项', 'en-US': 'Check' },
  'col.group': { 'zh-CN': '分组', 'en-US': 'Group' },
  'col.quantityDiff': { 'zh-CN': '数量差', 'en-US': 'Quantity difference' },
  'col.amountDiff': { 'zh-CN': '金额差', 'en-US': 'Amount difference' },
  'col.cause': { 'zh-CN': '原因', 'en-US': 'Cause' },

  'pillar.opening': { 'zh-CN': '旧管（期初）', 'en-US': 'Opening (旧管)' },
  'pillar.additions': { 'zh-CN': '新收（增加）', 'en-US': 'Additions (新收)' },
  'pillar.disposals': { 'zh-CN': '开除（减少）', 'en-US': 'Disposals (开除)' },
  'pillar.closing': { 'zh-CN': '实在（期末）', 'en-US': 'Closing (实在)' },
  'pillar.short.opening': { 'zh-CN': '旧管', 'en-US': 'Opening' },
  'pillar.short.additions': { 'zh-CN': '新收', 'en-US': 'Additions' },
  'pillar.short.disposals': { 'zh-CN': '开除', 'en-US': 'Disposals' },
  'pillar.short.closing': { 'zh-CN': '实在', 'en-US': 'Closing' },

  total: { 'zh-CN': '合计', 'en-US': 'Total' },
  subtotal: { 'zh-CN': '{key} 小计', 'en-US': '{key} subtotal' },
  'table.byFirst': { 'zh-CN': '按{by}合计', 'en-US': 'Totals by {by}' },

  'chart.summary': { 'zh-CN': '按{by}：原值与净值', 'en-US': 'By {by}: original and net value' },
  'chart.fourPillar': { 'zh-CN': '按{by}：旧管、新收、开除、实在（金额）', 'en-US': 'By {by}: opening, additions, disposals, closing (amount)' },
  'chart.compare': { 'zh-CN': '按{by}：本期与{againstName}', 'en-US': 'By {by}: this period and {againstName}' },

  'note.depreciation': {
    'zh-CN': '净值＝原值－累计折旧：年限平均法，取得当月起逐月计提，不留残值，计至 {at}。',
    'en-US': 'Net value = original − accumulated depreciation: straight line, monthly from the month of acquisition, no residual value, up to {at}.',
  },
  'note.life': {
    'zh-CN': '使用年限取“使用年限”列；没有的，按资产分类的最低年限（政府会计准则第3号）；分类太宽或没有分类的，按资产名称所属的分类。',
    'en-US': 'Useful life from the useful-life column, else the category\'s minimum life (Government Accounting Standard No. 3), else the category the item\'s name belongs to.',
  },
  'note.unresolved': {
    'zh-CN': '其中 {items} 项（原值 {amount} 元）无法确定使用年限或取得日期，未计提折旧，按原值计入净值；见“{sheet}”。',
    'en-US': 'Of these, {items} rows (original value {amount}) have no usable life or acquisition date: not depreciated, counted at full value; see "{sheet}".',
  },
  'note.excluded': {
    'zh-CN': '未计入：截止日期后取得 {futureItems} 项（{futureAmount} 元）；截止日期前已注销、报废或处置 {disposedItems} 项（{disposedAmount} 元）。',
    'en-US': 'Not included: {futureItems} rows acquired after the date ({futureAmount}); {disposedItems} rows disposed of by then ({disposedAmount}).',
  },
  'note.fourPillarRule': {
    'zh-CN': '旧管＋新收－开除＝实在。开除取台账的注销日期，没有的取报损注销登记（按资产编号对应），再没有的按“已报废”等状态计入本期。',
    'en-US': 'Opening + additions − disposals = closing. Disposals come from the ledger\'s disposal date, else the write-off register (matched by code), else a disposal status, counted in this period.',
  },
  'check.ok': {
    'zh-CN': '核对：实在数与台账期末在册数一致（数量 {quantity}，金额 {amount} 元）。',
    'en-US': 'Check: the closing balance equals what the ledger holds at the end (quantity {quantity}, amount {amount}).',
  },
  'check.totalOk': {
    'zh-CN': '核对：与台账合计行（第 {row} 行）一致。',
    'en-US': 'Check: agrees with the ledger\'s total row (row {row}).',
  },
  'check.differs': {
    'zh-CN': '核对：有 {count} 处不符：',
    'en-US': 'Check: {count} differences:',
  },
  'check.difference': {
    'zh-CN': '{n}. 与{kind}不符{group}：数量差 {quantity}，金额差 {amount} 元。原因：',
    'en-US': '{n}. Differs from the {kind}{group}: quantity {quantity}, amount {amount}. Because:',
  },
  'check.more': { 'zh-CN': '……另有 {count} 行（完整清单见 --json 或任务窗格）', 'en-US': '… {count} more rows (all of them in --json or the task pane)' },
  'check.kind.heldAtEnd': { 'zh-CN': '期末在册数', 'en-US': 'rows held at the end' },
  'check.kind.totalRow': { 'zh-CN': '台账合计行', 'en-US': 'ledger\'s total row' },
  'note.compareRule': {
    'zh-CN': '增减率＝增减额÷{againstName}金额；{againstName}为 0 时不计算。',
    'en-US': 'Change % = change ÷ the {againstName} amount; not computed when that is 0.',
  },
  'note.findings': {
    'zh-CN': '数据中有 {count} 处需要核对，见“{sheet}”。',
    'en-US': '{count} things in the data need checking; see "{sheet}".',
  },
  'sentences.heading': { 'zh-CN': '情况说明：', 'en-US': 'Summary:' },

  'headline.summary': {
    'zh-CN': '资产汇总（{sheet}，截至 {at}）：{items} 项，原值 {original} 元，累计折旧 {accumulated} 元，净值 {net} 元。',
    'en-US': 'Asset summary ({sheet}, as of {at}): {items} rows, original value {original}, accumulated depreciation {accumulated}, net value {net}.',
  },
  'headline.fourPillar': {
    'zh-CN': '四柱清册（{sheet}，{from} 至 {to}）：旧管 {opening} 元 + 新收 {additions} 元 − 开除 {disposals} 元 = 实在 {closing} 元；',
    'en-US': 'Four-pillar statement ({sheet}, {from} to {to}): opening {opening} + additions {additions} − disposals {disposals} = closing {closing}; ',
  },
  'headline.check.ok': { 'zh-CN': '与台账相符。', 'en-US': 'agrees with the ledger.' },
  'headline.check.differs': { 'zh-CN': '与台账有 {count} 处不符。', 'en-US': '{count} differences from the ledger.' },
  'headline.compare': {
    'zh-CN': '同期对比（{sheet}）：本期 {current} 元，{againstName} {previous} 元，增减 {change} 元。',
    'en-US': 'Period comparison ({sheet}): this period {current}, {againstName} {previous}, change {change}.',
  },
  'text.summaryRow': {
    'zh-CN': '{key}：{items} 项，数量 {quantity}，原值 {original} 元，累计折旧 {accumulated} 元，净值 {net} 元',
    'en-US': '{key}: {items} rows, quantity {quantity}, original {original}, accumulated depreciation {accumulated}, net {net}',
  },
  'text.fourPillarRow': {
    'zh-CN': '{key}：旧管 {oq}／{oa} 元，新收 {aq}／{aa} 元，开除 {dq}／{da} 元，实在 {cq}／{ca} 元',
    'en-US': '{key}: opening {oq} / {oa}, additions {aq} / {aa}, disposals {dq} / {da}, closing {cq} / {ca}',
  },
  'sign.preparer': { 'zh-CN': '制表人', 'en-US': 'Prepared by' },
  'sign.reviewer': { 'zh-CN': '审核', 'en-US': 'Reviewed by' },
  'sign.date': { 'zh-CN': '日期', 'en-US': 'Date' },
  footer: { 'zh-CN': '第 &P 页，共 &N 页', 'en-US': 'Page &P of &N' },

  'severity.error': { 'zh-CN': '错误', 'en-US': 'Error' },
  'severity.warning': { 'zh-CN': '警告', 'en-US': 'Warning' },
  'severity.info': { 'zh-CN': '提示', 'en-US': 'Info' },

  'against.last-year': { 'zh-CN': '上年同期', 'en-US': 'same period last year' },
  'against.last-term': { 'zh-CN': '上学期', 'en-US': 'last term' },
} as const satisfies Catalogue<string>;

export type ReportLabel = keyof typeof reportLabels;

export function label(locale: Locale, key: ReportLabel, params?: MessageParams): string {
  return interpolate(reportLabels[key][locale], params);
}
