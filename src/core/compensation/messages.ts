/** Messages of the compensation capability: findings, explanations and labels, zh-CN and en-US. */
import { interpolate, type Catalogue, type Locale, type Localized, type MessageParams } from '../i18n/locale';
import type { IncidentField } from './incident';
import type { Basis, Nature, Rounding } from './policy';

export const NATURE_LABELS: Catalogue<Nature> = {
  natural: { 'zh-CN': '自然损耗', 'en-US': 'natural wear' },
  accidental: { 'zh-CN': '人为损坏', 'en-US': 'accidental damage' },
  deliberate: { 'zh-CN': '故意损坏', 'en-US': 'deliberate damage' },
  lost: { 'zh-CN': '丢失', 'en-US': 'loss' },
};

export type Rule = 'priceList' | 'repair' | 'original' | 'net' | 'none';
export const RULE_LABELS: Catalogue<Rule> = {
  priceList: { 'zh-CN': '赔偿标准', 'en-US': 'Price list' },
  repair: { 'zh-CN': '维修费用', 'en-US': 'Repair cost' },
  original: { 'zh-CN': '原值', 'en-US': 'Original value' },
  net: { 'zh-CN': '净值', 'en-US': 'Net value' },
  none: { 'zh-CN': '不赔偿', 'en-US': 'No charge' },
};

export type Disposition = 'compensate' | 'schoolRepair' | 'writeOff';
export const DISPOSITION_LABELS: Catalogue<Disposition> = {
  compensate: { 'zh-CN': '赔偿', 'en-US': 'Compensate' },
  schoolRepair: { 'zh-CN': '学校维修', 'en-US': 'School repairs' },
  writeOff: { 'zh-CN': '报损注销', 'en-US': 'Write off' },
};

export const BASIS_LABELS: Catalogue<Basis> = {
  original: { 'zh-CN': '原值', 'en-US': 'original' },
  net: { 'zh-CN': '净值', 'en-US': 'net' },
};

export const ROUNDING_LABELS: Catalogue<Rounding> = {
  fen: { 'zh-CN': '分', 'en-US': 'fen' },
  jiao: { 'zh-CN': '角', 'en-US': 'jiao' },
  yuan: { 'zh-CN': '元', 'en-US': 'yuan' },
};

/** Names of the register's fields, for messages. */
export const FIELD_LABELS: Catalogue<IncidentField> = {
  item: { 'zh-CN': '物品名称', 'en-US': 'Item' },
  quantity: { 'zh-CN': '数量', 'en-US': 'Quantity' },
  unit: { 'zh-CN': '单位', 'en-US': 'Unit' },
  nature: { 'zh-CN': '损坏性质', 'en-US': 'Nature' },
  repairable: { 'zh-CN': '能否修复', 'en-US': 'Repairable' },
  repairCost: { 'zh-CN': '维修费用', 'en-US': 'Repair cost' },
  originalUnit: { 'zh-CN': '原值（单价）', 'en-US': 'Original unit value' },
  acquiredOn: { 'zh-CN': '购置日期', 'en-US': 'Acquired on' },
  category: { 'zh-CN': '资产类别', 'en-US': 'Category' },
  lifeYears: { 'zh-CN': '使用年限', 'en-US': 'Useful life' },
  damageDate: { 'zh-CN': '损坏日期', 'en-US': 'Damage date' },
  persons: { 'zh-CN': '责任人', 'en-US': 'Persons' },
  responsibleUnit: { 'zh-CN': '责任单位', 'en-US': 'Responsible unit' },
  paid: { 'zh-CN': '已交金额', 'en-US': 'Paid' },
  paidOn: { 'zh-CN': '交款日期', 'en-US': 'Paid on' },
  dueDate: { 'zh-CN': '交款期限', 'en-US': 'Due date' },
};

export type FindingKey =
  | 'natureEmpty' | 'natureUnknown' | 'natureConflict'
  | 'quantityInvalid' | 'moneyNegative' | 'moneyInvalid' | 'numberInvalid' | 'dateInvalid' | 'repairableInvalid' | 'cellError'
  | 'repairNoCost' | 'valueMissing' | 'netNoAcquisitionDate' | 'netNoDamageDate' | 'netNoLife'
  | 'payerNone' | 'payerNoneNoFallback' | 'payerDuplicate'
  | 'priceAmbiguous' | 'priceUnitMismatch' | 'naturalRepairUnknown' | 'paidExceeds' | 'itemMissing' | 'damageDateMissing';

export const FINDINGS: Catalogue<FindingKey> = {
  natureEmpty: {
    'zh-CN': '未填写损坏性质，本条未计算；请填写自然损耗、人为损坏、故意损坏或丢失',
    'en-US': 'The nature of the damage is empty, so this incident was not computed; write natural wear, accidental, deliberate or lost.',
  },
  natureUnknown: {
    'zh-CN': '无法从「{text}」判断损坏性质，本条未计算；请改写为自然损耗、人为损坏、故意损坏或丢失',
    'en-US': 'Cannot tell the nature of the damage from “{text}”, so this incident was not computed; write natural wear, accidental, deliberate or lost.',
  },
  natureConflict: {
    'zh-CN': '「{text}」同时说了{natures}，无法判断损坏性质，本条未计算；请只写一种',
    'en-US': '“{text}” says {natures} at once, so this incident was not computed; write only one.',
  },
  quantityInvalid: {
    'zh-CN': '数量「{value}」无效（应为大于0的数），本条未计算',
    'en-US': 'Quantity “{value}” is not valid (it must be a number above 0), so this incident was not computed.',
  },
  moneyNegative: {
    'zh-CN': '{field}为负数（{value}），已按未填写处理',
    'en-US': '{field} is negative ({value}) and was treated as empty.',
  },
  moneyInvalid: {
    'zh-CN': '{field}「{value}」不是金额，已按未填写处理',
    'en-US': '{field} “{value}” is not an amount and was treated as empty.',
  },
  numberInvalid: {
    'zh-CN': '{field}「{value}」不是数字，已按未填写处理',
    'en-US': '{field} “{value}” is not a number and was treated as empty.',
  },
  dateInvalid: {
    'zh-CN': '{field}「{value}」不是日期，已按未填写处理',
    'en-US': '{field} “{value}” is not a date and was treated as empty.',
  },
  repairableInvalid: {
    'zh-CN': '能否修复「{value}」无法识别（请填“是”或“否”），已按未填写处理',
    'en-US': 'Repairable “{value}” is not understood (write yes or no) and was treated as empty.',
  },
  cellError: {
    'zh-CN': '{field}单元格是错误值 {value}，已按未填写处理',
    'en-US': 'The {field} cell holds the error {value} and was treated as empty.',
  },
  repairNoCost: {
    'zh-CN': '注明可以修复，但没有维修费用，本条未计算；请填写维修费用',
    'en-US': 'Marked repairable but no repair cost is given, so this incident was not computed; fill in the repair cost.',
  },
  valueMissing: {
    'zh-CN': '「{item}」不在赔偿标准中，也没有原值（单价），本条未计算；请填写原值或在赔偿标准中加上此物品',
    'en-US': '“{item}” is not in the price list and has no original value, so this incident was not computed; fill in the value or add the item to the price list.',
  },
  netNoAcquisitionDate: {
    'zh-CN': '按净值计价需要购置日期，本条没有，改按原值计算',
    'en-US': 'The net basis needs an acquisition date; this incident has none, so the original value is used.',
  },
  netNoDamageDate: {
    'zh-CN': '按净值计价需要损坏日期，本条没有，改按原值计算',
    'en-US': 'The net basis needs the damage date; this incident has none, so the original value is used.',
  },
  netNoLife: {
    'zh-CN': '按净值计价但无法确定折旧年限（{detail}），本条改按原值计算',
    'en-US': 'The net basis needs a useful life, which could not be found ({detail}), so the original value is used.',
  },
  payerNone: {
    'zh-CN': '没有写明责任人，也没有责任单位，应赔金额无人承担；请填写责任人或责任单位',
    'en-US': 'Neither a person nor a responsible unit is named, so nobody pays the amount; fill in one of them.',
  },
  payerNoneNoFallback: {
    'zh-CN': '没有写明责任人（赔偿办法规定不由责任单位代赔），应赔金额无人承担；请填写责任人',
    'en-US': 'No person is named and the policy does not charge the responsible unit, so nobody pays the amount; fill in the person.',
  },
  payerDuplicate: {
    'zh-CN': '责任人「{name}」写了不止一次，只计一人',
    'en-US': '“{name}” is named more than once and counted once.',
  },
  priceAmbiguous: {
    'zh-CN': '「{item}」同样符合赔偿标准中的{entries}，已按「{chosen}」计算；如不对，请填写单位或调整关键词',
    'en-US': '“{item}” fits the price-list entries {entries} equally; “{chosen}” was used. If that is wrong, give the unit or adjust the keywords.',
  },
  priceUnitMismatch: {
    'zh-CN': '赔偿标准中的{entries}与登记的单位「{unit}」不同，未按赔偿标准计算',
    'en-US': 'The price-list entries {entries} are priced in another unit than “{unit}”, so the price list was not used.',
  },
  naturalRepairUnknown: {
    'zh-CN': '自然损耗但未注明能否修复，暂按学校维修；如无法修复请填“否”，以列入报损注销',
    'en-US': 'Natural wear with no word on whether it can be repaired: treated as a school repair. If it cannot be repaired, write “no” so it is listed for write-off.',
  },
  paidExceeds: {
    'zh-CN': '已交{paid}元，多于应赔{amount}元，请核对',
    'en-US': 'Paid {paid}, more than the {amount} due; please check.',
  },
  itemMissing: {
    'zh-CN': '未填写物品名称',
    'en-US': 'The item name is empty.',
  },
  damageDateMissing: {
    'zh-CN': '没有损坏日期，无法计入每月兑现，也无法判断是否逾期',
    'en-US': 'No damage date: the incident cannot be placed in a monthly settlement nor checked for being overdue.',
  },
};

export type LifeDetailKey = 'tooBroad' | 'unknownCategory' | 'invalidYears' | 'missing';
export const LIFE_DETAILS: Catalogue<LifeDetailKey> = {
  tooBroad: { 'zh-CN': '类别「{category}」范围太宽，请写明细类或使用年限', 'en-US': 'the category “{category}” is too broad; give a sub-category or the years' },
  unknownCategory: { 'zh-CN': '类别「{category}」不在折旧年限表中', 'en-US': 'the category “{category}” is not in the table of useful lives' },
  invalidYears: { 'zh-CN': '使用年限「{years}」无效', 'en-US': 'the useful life “{years}” is not valid' },
  missing: { 'zh-CN': '没有资产类别，也没有使用年限', 'en-US': 'neither a category nor a useful life is given' },
};

export type ExplainKey =
  | 'priceList' | 'repair' | 'original' | 'net' | 'netNotDepreciated' | 'lifeYears' | 'lifeMonths' | 'lifeWithCategory' | 'rounded'
  | 'fallbackNoAcquisitionDate' | 'fallbackNoDamageDate' | 'fallbackNoLife'
  | 'times1' | 'times2' | 'timesN' | 'surcharge' | 'toPay'
  | 'payerOne' | 'payerMany' | 'payerShare' | 'payerUnit' | 'payerNone'
  | 'naturalRepair' | 'naturalWriteOff' | 'naturalUnknown';

export const EXPLAIN: Catalogue<ExplainKey> = {
  priceList: { 'zh-CN': '按赔偿标准「{label}」{price}元×{quantity}{unit}={base}元', 'en-US': 'price list “{label}” {price} × {quantity}{unit} = {base}' },
  repair: { 'zh-CN': '可以修复，按维修费用{base}元', 'en-US': 'repairable: repair cost {base}' },
  original: { 'zh-CN': '按原值{price}元×{quantity}{unit}={base}元', 'en-US': 'original value {price} × {quantity}{unit} = {base}' },
  net: {
    'zh-CN': '按净值{net}元×{quantity}{unit}={base}元（原值{original}元，{acquiredOn}购置，{life}，至{at}已折旧{months}个月）',
    'en-US': 'net value {net} × {quantity}{unit} = {base} (original {original}, acquired {acquiredOn}, {life}, {months} months depreciated by {at})',
  },
  netNotDepreciated: {
    'zh-CN': '按净值{net}元×{quantity}{unit}={base}元（{category}不计提折旧，净值即原值）',
    'en-US': 'net value {net} × {quantity}{unit} = {base} ({category} is not depreciated: net equals original)',
  },
  lifeYears: { 'zh-CN': '折旧年限{years}年', 'en-US': 'useful life {years} years' },
  lifeMonths: { 'zh-CN': '折旧期限{months}个月', 'en-US': 'useful life {months} months' },
  lifeWithCategory: { 'zh-CN': '{life}（{category}）', 'en-US': '{life} ({category})' },
  rounded: { 'zh-CN': '（四舍五入到{unit}）', 'en-US': ' (rounded half-up to the {unit})' },
  fallbackNoAcquisitionDate: { 'zh-CN': '（没有购置日期，未能按净值计算，改按原值）', 'en-US': ' (no acquisition date, so the original value instead of the net value)' },
  fallbackNoDamageDate: { 'zh-CN': '（没有损坏日期，未能按净值计算，改按原值）', 'en-US': ' (no damage date, so the original value instead of the net value)' },
  fallbackNoLife: { 'zh-CN': '（无法确定折旧年限，未能按净值计算，改按原值）', 'en-US': ' (no useful life found, so the original value instead of the net value)' },
  times1: { 'zh-CN': '{nature}照价赔偿', 'en-US': '{nature} ×1' },
  times2: { 'zh-CN': '{nature}加倍赔偿×2', 'en-US': '{nature} paid double ×2' },
  timesN: { 'zh-CN': '{nature}按{multiplier}倍赔偿×{multiplier}', 'en-US': '{nature} ×{multiplier}' },
  surcharge: { 'zh-CN': '逾期未交（{due}到期，宽限{days}天）加收×{multiplier}', 'en-US': 'not paid by {due} plus {days} days: ×{multiplier}' },
  toPay: { 'zh-CN': '应赔{amount}元', 'en-US': 'to pay {amount}' },
  payerOne: { 'zh-CN': '由{name}赔偿', 'en-US': 'paid by {name}' },
  payerMany: { 'zh-CN': '由{count}人平均分摊：{shares}', 'en-US': 'shared equally by {count}: {shares}' },
  payerShare: { 'zh-CN': '{name}{amount}元', 'en-US': '{name} {amount}' },
  payerUnit: { 'zh-CN': '未写明责任人，由责任单位{name}赔偿', 'en-US': 'no person named, so the responsible unit {name} pays' },
  payerNone: { 'zh-CN': '未写明由谁赔偿', 'en-US': 'nobody is named to pay' },
  naturalRepair: { 'zh-CN': '{nature}，不需赔偿；可以修复，由学校维修', 'en-US': '{nature}: no charge; it can be repaired, so the school repairs it' },
  naturalWriteOff: { 'zh-CN': '{nature}，不需赔偿；无法修复，列入报损注销', 'en-US': '{nature}: no charge; it cannot be repaired, so it goes to the write-off register' },
  naturalUnknown: { 'zh-CN': '{nature}，不需赔偿；未注明能否修复，暂按学校维修', 'en-US': '{nature}: no charge; not said whether it can be repaired, so treated as a school repair' },
};

/** Joins explanation parts the way each language punctuates a sentence. */
export const SENTENCE: Readonly<Record<Locale, { join: string; end: string }>> = {
  'zh-CN': { join: '，', end: '。' },
  'en-US': { join: '; ', end: '.' },
};

/** Both languages of a message whose parameters are themselves localized (a field name, a nature). */
export function localizeBy<K extends string>(catalogue: Catalogue<K>, key: K, params: (locale: Locale) => MessageParams): Localized {
  return {
    'zh-CN': interpolate(catalogue[key]['zh-CN'], params('zh-CN')),
    'en-US': interpolate(catalogue[key]['en-US'], params('en-US')),
  };
}
