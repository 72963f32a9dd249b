/** Text Taizhang writes on the compensation sheets (results, notices, settlement, policy), zh-CN and en-US. */
import type { Catalogue } from '../i18n/locale';

export type SheetTextKey =
  // sheet names
  | 'resultsSheet' | 'noticesSheet' | 'settlementSheet' | 'policySheet'
  // results
  | 'resultsTitle' | 'resultsInfo' | 'unitLine' | 'colRow' | 'colItem' | 'colQuantity' | 'colUnit' | 'colNature' | 'colRule' | 'colBase'
  | 'colMultiplier' | 'colAmount' | 'colWords' | 'colPayers' | 'colResponsibleUnit' | 'colDisposition' | 'colPaid' | 'colOutstanding'
  | 'colDue' | 'colExplanation' | 'total' | 'findingsTitle' | 'colWhere' | 'colSeverity' | 'colProblem' | 'sevError' | 'sevWarning' | 'sevInfo'
  | 'noDate' | 'signMaker' | 'signChecker' | 'signDate'
  // notices
  | 'noticeTitle' | 'noticePayer' | 'noticeUnit' | 'noticeDate' | 'noticeDeadline' | 'noticeColDate' | 'noticeColBasis' | 'noticeColAmount'
  | 'collectorDefault' | 'noticeToPay' | 'noticeInWords' | 'noticePayAt' | 'noticeSurcharge' | 'noticeReceipt' | 'signHandler' | 'signTeacher' | 'signParent'
  // settlement
  | 'settlementTitle' | 'byUnit' | 'byPerson' | 'colIncidents' | 'colDueMonth' | 'colPaidMonth' | 'colOutstandingMonth' | 'colBroughtForward'
  | 'colTotalOutstanding' | 'colOverdue' | 'colPerson' | 'noUnit' | 'undated'
  // policy
  | 'policyTitle' | 'policyIntro' | 'policyIntro2' | 'settingsSection' | 'priceSection' | 'priceNote' | 'categorySection' | 'categoryNote'
  | 'colSetting' | 'colValue' | 'colHelp' | 'colPriceItem' | 'colKeywords' | 'colPriceUnit' | 'colPrice' | 'colNote'
  | 'colCategory' | 'colAliases' | 'colLife' | 'colCodes' | 'yes' | 'no' | 'lifeNone' | 'lifeSpecify';

export const SHEET_TEXT: Catalogue<SheetTextKey> = {
  resultsSheet: { 'zh-CN': '赔偿计算结果', 'en-US': 'Compensation' },
  noticesSheet: { 'zh-CN': '赔偿通知单', 'en-US': 'Compensation notices' },
  settlementSheet: { 'zh-CN': '赔偿兑现{month}', 'en-US': 'Settlement {month}' },
  policySheet: { 'zh-CN': '赔偿办法', 'en-US': 'Compensation policy' },

  resultsTitle: { 'zh-CN': '{school}损坏赔偿计算结果', 'en-US': '{school}Damage compensation' },
  resultsInfo: { 'zh-CN': '登记表：{sheet}　计价依据：{basis}　计算日期：{asOf}', 'en-US': 'Register: {sheet}   Basis: {basis}   As of: {asOf}' },
  unitLine: { 'zh-CN': '金额单位：元', 'en-US': 'Amounts in yuan' },
  colRow: { 'zh-CN': '登记行', 'en-US': 'Row' },
  colItem: { 'zh-CN': '物品', 'en-US': 'Item' },
  colQuantity: { 'zh-CN': '数量', 'en-US': 'Qty' },
  colUnit: { 'zh-CN': '单位', 'en-US': 'Unit' },
  colNature: { 'zh-CN': '损坏性质', 'en-US': 'Nature' },
  colRule: { 'zh-CN': '计价依据', 'en-US': 'Rule' },
  colBase: { 'zh-CN': '基数', 'en-US': 'Base' },
  colMultiplier: { 'zh-CN': '倍数', 'en-US': 'Multiplier' },
  colAmount: { 'zh-CN': '应赔金额', 'en-US': 'Amount' },
  colWords: { 'zh-CN': '大写', 'en-US': 'In words' },
  colPayers: { 'zh-CN': '赔偿人', 'en-US': 'Payers' },
  colResponsibleUnit: { 'zh-CN': '责任单位', 'en-US': 'Responsible unit' },
  colDisposition: { 'zh-CN': '处理方式', 'en-US': 'Disposition' },
  colPaid: { 'zh-CN': '已交', 'en-US': 'Paid' },
  colOutstanding: { 'zh-CN': '未交', 'en-US': 'Outstanding' },
  colDue: { 'zh-CN': '交款期限', 'en-US': 'Due' },
  colExplanation: { 'zh-CN': '计算说明', 'en-US': 'How it was computed' },
  total: { 'zh-CN': '合计', 'en-US': 'Total' },
  findingsTitle: { 'zh-CN': '需要核对的问题（{count}条）', 'en-US': 'To check ({count})' },
  colWhere: { 'zh-CN': '位置', 'en-US': 'Where' },
  colSeverity: { 'zh-CN': '级别', 'en-US': 'Severity' },
  colProblem: { 'zh-CN': '问题', 'en-US': 'Problem' },
  sevError: { 'zh-CN': '错误', 'en-US': 'Error' },
  sevWarning: { 'zh-CN': '警告', 'en-US': 'Warning' },
  sevInfo: { 'zh-CN': '提示', 'en-US': 'Note' },
  noDate: { 'zh-CN': '—', 'en-US': '—' },
  signMaker: { 'zh-CN': '制表人', 'en-US': 'Prepared by' },
  signChecker: { 'zh-CN': '审核', 'en-US': 'Checked by' },
  signDate: { 'zh-CN': '日期', 'en-US': 'Date' },

  noticeTitle: { 'zh-CN': '{school}损坏公物赔偿通知单', 'en-US': '{school}Notice of compensation for damaged property' },
  noticePayer: { 'zh-CN': '赔偿人', 'en-US': 'To' },
  noticeUnit: { 'zh-CN': '班级/部门', 'en-US': 'Class / office' },
  noticeDate: { 'zh-CN': '通知日期', 'en-US': 'Date' },
  noticeDeadline: { 'zh-CN': '交款期限', 'en-US': 'Pay by' },
  noticeColDate: { 'zh-CN': '损坏日期', 'en-US': 'Date' },
  noticeColBasis: { 'zh-CN': '计算依据', 'en-US': 'How it was computed' },
  noticeColAmount: { 'zh-CN': '应赔（元）', 'en-US': 'Amount' },
  collectorDefault: { 'zh-CN': '总务处', 'en-US': 'general-affairs office' },
  noticeToPay: { 'zh-CN': '应交金额（元）', 'en-US': 'To pay (yuan)' },
  noticeInWords: { 'zh-CN': '金额大写', 'en-US': 'In words' },
  noticePayAt: { 'zh-CN': '请于{deadline}前到{collector}交纳赔偿款，交款时请带本通知单，由{collector}开具收据。', 'en-US': 'Please pay at the {collector} by {deadline}, bringing this notice; a receipt will be issued.' },
  noticeSurcharge: { 'zh-CN': '逾期{days}天仍未交纳的，按应赔金额的{multiplier}倍收取。', 'en-US': 'If not paid within {days} days after the due date, {multiplier} times the amount is charged.' },
  noticeReceipt: { 'zh-CN': '（第{n}份，共{count}份）', 'en-US': '(notice {n} of {count})' },
  signHandler: { 'zh-CN': '经办人', 'en-US': 'Clerk' },
  signTeacher: { 'zh-CN': '班主任', 'en-US': 'Class teacher' },
  signParent: { 'zh-CN': '家长', 'en-US': 'Parent' },

  settlementTitle: { 'zh-CN': '{school}{year}年{month}月损坏赔偿兑现表', 'en-US': '{school}Compensation settlement {year}-{month}' },
  byUnit: { 'zh-CN': '一、按责任单位', 'en-US': '1. By responsible unit' },
  byPerson: { 'zh-CN': '二、按个人', 'en-US': '2. By person' },
  colIncidents: { 'zh-CN': '件数', 'en-US': 'Incidents' },
  colDueMonth: { 'zh-CN': '本月应赔', 'en-US': 'Due this month' },
  colPaidMonth: { 'zh-CN': '本月已交', 'en-US': 'Paid' },
  colOutstandingMonth: { 'zh-CN': '本月未交', 'en-US': 'Outstanding' },
  colBroughtForward: { 'zh-CN': '前期未清', 'en-US': 'Brought forward' },
  colTotalOutstanding: { 'zh-CN': '累计未清', 'en-US': 'Total outstanding' },
  colOverdue: { 'zh-CN': '其中逾期', 'en-US': 'Of which overdue' },
  colPerson: { 'zh-CN': '赔偿人', 'en-US': 'Person' },
  noUnit: { 'zh-CN': '（未填责任单位）', 'en-US': '(no unit given)' },
  undated: { 'zh-CN': '另有{count}条应赔记录没有损坏日期，未计入本表。', 'en-US': '{count} chargeable incidents have no damage date and are not included.' },

  policyTitle: { 'zh-CN': '{school}损坏公物赔偿办法', 'en-US': '{school}Damage compensation policy' },
  policyIntro: {
    'zh-CN': '本表由台账助手创建，计算赔偿时按本表执行。请直接修改“值”一列和下面的表格；填错的格子会被指出，并暂按默认值计算。',
    'en-US': 'Created by Taizhang; compensation is computed by this sheet. Edit the Value column and the tables below; a wrong cell is pointed out and its default is used meanwhile.',
  },
  policyIntro2: {
    'zh-CN': '计算顺序：先查赔偿标准；不在标准中的，可修复的按维修费用，不能修复或丢失的按计价依据（原值或净值）；再乘以倍数。金额四舍五入到分后再乘倍数、分摊。',
    'en-US': 'Order: the price list first; otherwise the repair cost if repairable, else the basis (original or net value); then the multiplier. The base is rounded once, then multiplied and split on whole fen.',
  },
  settingsSection: { 'zh-CN': '一、基本设置', 'en-US': '1. Settings' },
  priceSection: { 'zh-CN': '二、赔偿标准（常见物品单价）', 'en-US': '2. Price list' },
  priceNote: {
    'zh-CN': '以下价格为台账助手提供的示例，请按本校实际价格修改、增删。“关键词”用顿号分隔：物品名称中含有任一关键词即按该行计价。',
    'en-US': 'These prices are Taizhang’s examples: set your school’s own. Keywords are separated by 、 — an item whose name contains one is priced by that line.',
  },
  categorySection: { 'zh-CN': '三、折旧年限（按净值计价时使用）', 'en-US': '3. Useful lives (for the net basis)' },
  categoryNote: {
    'zh-CN': '年限按政府会计准则第3号应用指南的最低折旧年限；“不折旧”表示不计提折旧，“按细类”表示该大类需写明细类或使用年限。别名、代码之间用分号“；”分隔。',
    'en-US': 'Minimum lives per Government Accounting Standard No. 3’s guide; “none” means not depreciated, “specify” means the class needs a sub-category or explicit years. Separate aliases and codes with “;”.',
  },
  colSetting: { 'zh-CN': '设置项', 'en-US': 'Setting' },
  colValue: { 'zh-CN': '值', 'en-US': 'Value' },
  colHelp: { 'zh-CN': '说明', 'en-US': 'Notes' },
  colPriceItem: { 'zh-CN': '物品名称', 'en-US': 'Item' },
  colKeywords: { 'zh-CN': '关键词', 'en-US': 'Keywords' },
  colPriceUnit: { 'zh-CN': '计价单位', 'en-US': 'Per' },
  colPrice: { 'zh-CN': '单价（元）', 'en-US': 'Price (yuan)' },
  colNote: { 'zh-CN': '备注', 'en-US': 'Note' },
  colCategory: { 'zh-CN': '资产类别', 'en-US': 'Category' },
  colAliases: { 'zh-CN': '别名', 'en-US': 'Aliases' },
  colLife: { 'zh-CN': '折旧年限（年）', 'en-US': 'Useful life (years)' },
  colCodes: { 'zh-CN': '分类代码', 'en-US': 'Codes' },
  yes: { 'zh-CN': '是', 'en-US': 'yes' },
  no: { 'zh-CN': '否', 'en-US': 'no' },
  lifeNone: { 'zh-CN': '不折旧', 'en-US': 'none' },
  lifeSpecify: { 'zh-CN': '按细类', 'en-US': 'specify' },
};
