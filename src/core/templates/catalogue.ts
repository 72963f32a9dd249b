/**
 * The template catalogue: the registers a school general-affairs office keeps (DOMAIN.md "Ledgers"),
 * as data. Headers, widths and lists follow what offices print; field keys are the shared vocabulary
 * (src/core/sheet/fields.ts, register-fields.ts) so every other job can read a register it finds.
 */
import { knownField } from '../sheet/register-fields';
import type { Localized } from '../i18n/locale';
import { templateSchema, type Template, type TemplateField, type TemplateFieldType } from './schema';

const MONEY = '#,##0.00';
const DATE = 'yyyy-mm-dd';
const COUNT = '0';

interface FieldOptions {
  readonly header?: string;
  readonly required?: boolean;
  readonly whole?: boolean;
  readonly type?: TemplateFieldType;
  readonly list?: readonly string[];
  readonly listSource?: TemplateField['listSource'];
  readonly compute?: TemplateField['compute'];
  readonly help?: Localized;
}

/** A template column for a known field: Chinese header, type and format come from the field catalogue. */
function col(key: string, width: number, o: FieldOptions = {}): TemplateField {
  const def = knownField(key);
  if (!def) throw new Error(`unknown field ${key}`);
  const type: TemplateFieldType = o.type ?? (o.listSource || o.list ? 'list' : o.whole ? 'integer' : def.type);
  const numFmt = type === 'money' ? MONEY : type === 'date' ? DATE : type === 'integer' ? COUNT : undefined;
  return {
    key,
    zh: o.header ?? def.zh,
    en: def.en,
    type,
    required: o.required ?? false,
    width,
    ...(numFmt ? { numFmt } : {}),
    ...(o.list ? { list: [...o.list] } : {}),
    ...(o.listSource ? { listSource: o.listSource } : {}),
    ...(o.compute ? { compute: o.compute } : {}),
    ...(o.help ? { help: o.help } : {}),
    ...(o.whole ? { whole: true } : {}),
  };
}

const HELP_AMOUNT: Localized = { 'zh-CN': '自动计算：数量 × 单价', 'en-US': 'Computed: quantity × unit price' };
const HELP_NET: Localized = { 'zh-CN': '自动计算：按年限平均法逐月计提，无残值，截至表头的截止日期', 'en-US': 'Computed: straight line, monthly, no residual, as of the date in the title block' };
const HELP_CODE: Localized = { 'zh-CN': '每件资产一个编号，不可重复', 'en-US': 'One code per asset; codes must be unique' };

const RAW_TEMPLATES: readonly Template[] = [
  {
    key: 'assetRegister', zh: '固定资产明细账', en: 'Fixed asset register', sheetName: '固定资产明细账',
    description: { 'zh-CN': '一物一行的固定资产明细账，含原值、净值和存放、保管信息。', 'en-US': 'One row per asset with cost, net value, location and custodian.' },
    orientation: 'landscape', hasAmounts: true, signatures: ['制表人', '审核', '日期'], notes: [],
    fields: [
      col('code', 16, { required: true, help: HELP_CODE }), col('name', 18, { required: true }), col('category', 16, { listSource: 'categories', required: true }),
      col('spec', 16), col('unit', 7), col('quantity', 7, { required: true, whole: true }), col('unitPrice', 11, { header: '单价', required: true }),
      col('amount', 12, { header: '原值', compute: 'amount', help: HELP_AMOUNT }), col('acquiredOn', 11, { required: true }), col('usefulLife', 8, { whole: true }),
      col('netValue', 12, { compute: 'netValue', help: HELP_NET }), col('department', 12, { required: true }), col('location', 14), col('custodian', 9),
      col('status', 8, { listSource: 'status' }), col('note', 14),
    ],
  },
  {
    key: 'countSheet', zh: '资产盘点表', en: 'Asset count sheet', sheetName: '资产盘点表',
    description: { 'zh-CN': '期初、期中、期末及年终清查时逐件清点用，账面数与实盘数并列。', 'en-US': 'For term and year-end counts: book and counted quantities side by side.' },
    orientation: 'landscape', hasAmounts: false, signatures: ['盘点人', '监盘人', '资产管理员'], notes: [],
    fields: [
      col('code', 16, { required: true }), col('name', 18, { required: true }), col('spec', 14), col('department', 12), col('location', 14),
      col('custodian', 9), col('bookQuantity', 8, { whole: true }), col('quantity', 8, { header: '实盘数量', required: true, whole: true }),
      col('status', 8, { listSource: 'status' }), col('countedOn', 11), col('counter', 9), col('note', 16),
    ],
  },
  {
    key: 'classRegister', zh: '班级/办公室财产登记册', en: 'Class and office property register', sheetName: '财产登记册',
    description: { 'zh-CN': '班级、办公室的财产登记册，一式两份；期初、期末数量和完好、损坏、丢失情况。', 'en-US': 'Class and office property register in two copies: opening and closing quantities, good, damaged, lost.' },
    orientation: 'landscape', hasAmounts: false, signatures: ['班主任（保管人）', '总务处', '日期'], notes: ['一式两份：班级（办公室）、总务处各执一份'],
    fields: [
      col('code', 14), col('name', 16, { required: true }), col('spec', 12), col('unit', 7), col('quantityOpening', 9, { required: true, whole: true }),
      col('quantity', 9, { header: '期末数量', required: true, whole: true }), col('conditionGood', 7, { whole: true }), col('conditionDamaged', 7, { whole: true }),
      col('conditionLost', 7, { whole: true }), col('custodian', 10), col('note', 16),
    ],
  },
  {
    key: 'custodyCard', zh: '公物使用保管卡', en: 'Custody card', sheetName: '公物保管卡',
    description: { 'zh-CN': '每件公物一张卡片，从资产明细账生成，随物存放，领用签名、交回消号。', 'en-US': 'One printable card per item, generated from the asset register: signed on issue, cleared on return.' },
    orientation: 'portrait', hasAmounts: true, signatures: ['保管人签名', '总务处'], notes: [], cardsFrom: 'assetRegister',
    fields: [
      col('code', 16, { required: true }), col('name', 18, { required: true }), col('spec', 16), col('category', 14), col('quantity', 8, { whole: true }),
      col('unitPrice', 11), col('amount', 12, { header: '原值' }), col('acquiredOn', 11), col('usefulLife', 8, { whole: true }), col('department', 12),
      col('location', 14), col('custodian', 10),
    ],
  },
  {
    key: 'issueRegister', zh: '物品领用登记', en: 'Issue register', sheetName: '物品领用登记',
    description: { 'zh-CN': '办公用品、卫生用具等物品领用登记，领物人签名。', 'en-US': 'Issue of supplies with the recipient\'s signature.' },
    orientation: 'portrait', hasAmounts: true, signatures: ['保管员', '总务主任'], notes: [],
    fields: [
      col('issuedOn', 11, { required: true }), col('name', 16, { required: true }), col('spec', 12), col('unit', 7), col('quantity', 8, { required: true }),
      col('unitPrice', 10), col('amount', 11, { compute: 'amount', help: HELP_AMOUNT }), col('department', 12, { header: '领用部门' }),
      col('custodian', 9, { header: '领用人', required: true }), col('purpose', 14), col('signature', 10, { header: '领物人签名' }),
    ],
  },
  {
    key: 'loanRegister', zh: '物品借还登记', en: 'Loan register', sheetName: '物品借还登记',
    description: { 'zh-CN': '物品借出与归还登记，到期未还一目了然，归还后消号。', 'en-US': 'Loans with due and return dates; cleared (消号) on return.' },
    orientation: 'landscape', hasAmounts: false, signatures: ['保管员', '总务主任'], notes: [],
    fields: [
      col('code', 14), col('name', 16, { required: true }), col('spec', 12), col('quantity', 7, { required: true, whole: true }), col('borrower', 9, { required: true }),
      col('department', 12, { header: '借用部门' }), col('borrowedOn', 11, { required: true }), col('dueOn', 11, { required: true }), col('returnedOn', 11),
      col('handler', 9, { header: '还物消号（经手人）' }), col('note', 14),
    ],
  },
  {
    key: 'repairRegister', zh: '维修登记（报修单）', en: 'Repair register', sheetName: '维修登记',
    description: { 'zh-CN': '报修 → 维修 → 验收，报修人验收签字后闭环。', 'en-US': 'Reported → repaired → accepted and signed by the reporter.' },
    orientation: 'landscape', hasAmounts: true, signatures: ['总务主任', '日期'], notes: [],
    fields: [
      col('reportedOn', 11, { required: true }), col('reporter', 9, { required: true }), col('department', 12, { header: '报修部门' }), col('location', 14, { required: true }),
      col('code', 14), col('name', 14), col('problem', 22, { required: true }), col('repairer', 9), col('repairedOn', 11), col('repairCost', 10),
      col('acceptedBy', 10), col('acceptedOn', 11), col('repairState', 9, { listSource: 'repairState' }),
    ],
  },
  {
    key: 'compensationRegister', zh: '损坏赔偿登记', en: 'Damage compensation register', sheetName: '损坏赔偿登记',
    description: { 'zh-CN': '谁损坏谁赔偿：损坏经过、性质、责任人和赔偿金额，每月兑现。', 'en-US': 'Who damages pays: what happened, nature, persons and amounts, settled monthly.' },
    orientation: 'landscape', hasAmounts: true, signatures: ['经办人', '总务主任', '日期'], notes: [],
    fields: [
      col('damageDate', 11, { required: true }), col('code', 14), col('name', 14, { header: '物品名称', required: true }), col('spec', 10), col('quantity', 7, { required: true }),
      col('unit', 6), col('unitPrice', 10, { header: '原价' }), col('acquiredOn', 11), col('category', 12, { listSource: 'categories' }),
      col('nature', 10, { listSource: 'natures', required: true }), col('repairable', 8, { listSource: 'yesNo' }), col('repairCost', 10),
      col('persons', 14), col('responsibleUnit', 12, { required: true }), col('amountDue', 11), col('dueOn', 11, { header: '缴款期限' }),
      col('paidAmount', 11), col('paidOn', 11), col('receiptNo', 10), col('note', 14, { header: '损坏经过' }),
    ],
  },
  {
    key: 'writeOffRegister', zh: '报损注销登记', en: 'Write-off register', sheetName: '报损注销登记',
    description: { 'zh-CN': '保管人报告 → 总务处核实 → 校长审批 → 登记注销；超过权限的报主管部门、财政部门。', 'en-US': 'Keeper\'s report → office verification → principal\'s approval → write-off; above the limit to the authority and finance bureau.' },
    orientation: 'landscape', hasAmounts: true, signatures: ['资产管理员', '总务主任', '校长'], notes: [],
    fields: [
      col('code', 14, { required: true }), col('name', 14, { required: true }), col('spec', 10), col('quantity', 7, { required: true }),
      col('amount', 12, { header: '原值', required: true }), col('netValue', 12), col('acquiredOn', 11), col('reason', 16, { required: true }),
      col('reportedBy', 10), col('verifiedBy', 10), col('verifiedOn', 11), col('approvedBy', 10), col('approvedOn', 11), col('approvalLevel', 10),
      col('disposedOn', 11), col('note', 14),
    ],
  },
  {
    key: 'stockRegister', zh: '物资出入库登记', en: 'Stock in/out register', sheetName: '物资出入库登记',
    description: { 'zh-CN': '请购、审批、验收、入库、领用：每笔出入库一行。', 'en-US': 'Requisition, approval, acceptance, stock-in, issue: one row per movement.' },
    orientation: 'landscape', hasAmounts: true, signatures: ['保管员', '验收人', '总务主任'], notes: [],
    fields: [
      col('movedOn', 11, { required: true }), col('direction', 7, { listSource: 'stockDirection', required: true }), col('name', 16, { required: true }), col('spec', 12),
      col('unit', 6), col('quantity', 8, { required: true }), col('unitPrice', 10, { required: true }), col('amount', 11, { compute: 'amount', help: HELP_AMOUNT }),
      col('supplier', 14), col('invoiceNo', 11), col('department', 11, { header: '领用部门' }), col('handler', 9), col('note', 14),
    ],
  },
  {
    key: 'safetyLog', zh: '安全检查记录', en: 'Safety inspection log', sheetName: '安全检查记录',
    description: { 'zh-CN': '校舍、水电、消防设施等安全检查，隐患整改闭环。', 'en-US': 'Buildings, wiring, fire equipment: hazards found and rectified.' },
    orientation: 'landscape', hasAmounts: false, signatures: ['检查人', '总务主任'], notes: [],
    fields: [
      col('checkedOn', 11, { required: true }), col('area', 14, { required: true }), col('checkItem', 18, { required: true }),
      col('checkResult', 9, { listSource: 'checkResult', required: true }), col('hazard', 18), col('rectification', 18), col('rectifiedOn', 11),
      col('inspector', 10, { required: true }), col('note', 12),
    ],
  },
  {
    key: 'canteenAcceptance', zh: '食堂采购验收登记', en: 'Canteen purchase acceptance', sheetName: '食堂采购验收',
    description: { 'zh-CN': '食堂采购物品由财务、厨师、采购员三方共同验收签字。', 'en-US': 'Canteen purchases accepted and signed by finance, the cook and the buyer.' },
    orientation: 'landscape', hasAmounts: true, signatures: ['食堂管理员', '总务主任'], notes: [],
    fields: [
      col('purchasedOn', 11, { required: true }), col('supplier', 14, { required: true }), col('name', 14, { header: '品名', required: true }), col('spec', 10),
      col('unit', 6), col('quantity', 8, { required: true }), col('unitPrice', 10, { required: true }), col('amount', 11, { compute: 'amount', help: HELP_AMOUNT }),
      col('quality', 9, { list: ['合格', '不合格'], required: true }), col('financeSign', 9, { required: true }), col('chefSign', 9, { required: true }),
      col('buyerSign', 9, { required: true }), col('note', 12),
    ],
  },
];

export const TEMPLATES = RAW_TEMPLATES.map((t) => templateSchema.parse(t));
export type ParsedTemplate = (typeof TEMPLATES)[number];

export function findTemplate(key: string): ParsedTemplate | undefined {
  return TEMPLATES.find((t) => t.key === key);
}
