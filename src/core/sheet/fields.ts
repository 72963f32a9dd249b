/**
 * The field catalogue: canonical field keys with the header names offices really use (DOMAIN.md)
 * and a type that tells the parser how to read a cell. A synonym's weight says how sure a header
 * makes us. On a count sheet with both 实盘数量 and 账面数量, `quantity` takes the counted one
 * (weight 1) and `bookQuantity` the book one; on a ledger with only 账面数量, `quantity` takes it
 * (0.9 beats `bookQuantity`'s 0.85 in the greedy assignment).
 */
import { z } from 'zod';

export const fieldTypeSchema = z.enum(['code', 'text', 'number', 'money', 'date']);
export type FieldType = z.infer<typeof fieldTypeSchema>;

export const fieldDefSchema = z.object({
  key: z.string(),
  zh: z.string(),
  en: z.string(),
  type: fieldTypeSchema,
  /** Header texts (compared normalized: half-width, no spaces, no bracketed units) with a weight 0–1. */
  synonyms: z.array(z.tuple([z.string(), z.number().min(0).max(1)])),
  /** A grouping column typed only on a block's first row (部门): blanks take the value above. */
  fillDown: z.boolean().optional(),
});
export type FieldDef = z.infer<typeof fieldDefSchema>;

/** Canonical keys for asset-like sheets (ledgers, count sheets, registers). */
export const ASSET_FIELDS: readonly FieldDef[] = [
  {
    key: 'code', zh: '资产编号', en: 'Asset code', type: 'code',
    synonyms: [['资产编号', 1], ['财产编号', 1], ['编号', 0.9], ['资产代码', 1], ['条码', 0.9], ['条形码', 0.9], ['资产条码', 1],
      ['卡片编号', 0.95], ['资产卡片编号', 0.95], ['物品编号', 0.95], ['设备编号', 0.95], ['标签号', 0.85], ['code', 0.9], ['assetcode', 1], ['assetno', 1], ['barcode', 0.9]],
  },
  {
    key: 'name', zh: '资产名称', en: 'Name', type: 'text',
    synonyms: [['资产名称', 1], ['名称', 0.95], ['物品名称', 1], ['品名', 1], ['财产名称', 1], ['设备名称', 1], ['物资名称', 1], ['name', 0.9], ['item', 0.8], ['description', 0.6]],
  },
  {
    key: 'category', zh: '资产分类', en: 'Category', type: 'text',
    synonyms: [['资产分类', 1], ['分类', 0.9], ['类别', 0.95], ['资产类别', 1], ['分类名称', 0.95], ['资产类型', 0.95], ['category', 1], ['class', 0.7]],
  },
  {
    key: 'spec', zh: '规格型号', en: 'Specification', type: 'text',
    synonyms: [['规格型号', 1], ['型号', 0.95], ['规格', 0.95], ['型号规格', 1], ['品牌型号', 0.9], ['规格型号及配置', 0.95], ['spec', 1], ['model', 0.9], ['specification', 1]],
  },
  {
    key: 'unit', zh: '计量单位', en: 'Unit', type: 'text',
    synonyms: [['计量单位', 1], ['单位', 0.9], ['unit', 0.9], ['uom', 0.9]],
  },
  {
    key: 'quantity', zh: '数量', en: 'Quantity', type: 'number',
    synonyms: [['数量', 1], ['实有数量', 1], ['实盘数量', 1], ['盘点数量', 1], ['实存数量', 1], ['实点数量', 1], ['现有数量', 0.95], ['期末数量', 0.95],
      ['数量期末', 0.95], ['期末数', 0.9], ['账面数量', 0.9], ['账存数量', 0.9], ['件数', 0.8], ['qty', 1], ['quantity', 1]],
  },
  {
    key: 'bookQuantity', zh: '账面数量', en: 'Book quantity', type: 'number',
    synonyms: [['账面数量', 0.85], ['账存数量', 0.85], ['账面数', 0.85], ['bookquantity', 0.85]],
  },
  {
    key: 'quantityOpening', zh: '期初数量', en: 'Opening quantity', type: 'number',
    synonyms: [['期初数量', 1], ['数量期初', 1], ['期初数', 0.9], ['上期数量', 0.9], ['openingquantity', 1]],
  },
  {
    key: 'unitPrice', zh: '单价', en: 'Unit price', type: 'money',
    synonyms: [['单价', 1], ['单位价格', 0.95], ['价格', 0.8], ['购置单价', 1], ['unitprice', 1], ['price', 0.85]],
  },
  {
    key: 'amount', zh: '金额', en: 'Amount', type: 'money',
    synonyms: [['金额', 1], ['原值', 1], ['资产原值', 1], ['账面原值', 0.95], ['原价', 0.95], ['总价', 0.9], ['价值', 0.85], ['账面金额', 0.9],
      ['合计金额', 0.85], ['购置金额', 0.95], ['amount', 1], ['originalvalue', 1], ['cost', 0.8], ['value', 0.8]],
  },
  {
    key: 'netValue', zh: '净值', en: 'Net value', type: 'money',
    synonyms: [['净值', 1], ['账面净值', 1], ['资产净值', 1], ['netvalue', 1], ['bookvalue', 0.9]],
  },
  {
    key: 'acquiredOn', zh: '取得日期', en: 'Acquired on', type: 'date',
    synonyms: [['取得日期', 1], ['购置日期', 1], ['购入日期', 1], ['入账日期', 0.9], ['购买日期', 1], ['启用日期', 0.85], ['登记日期', 0.75],
      ['取得时间', 0.95], ['购置时间', 0.95], ['购入时间', 0.95], ['日期', 0.6], ['acquiredon', 1], ['purchasedate', 1], ['acquisitiondate', 1], ['date', 0.6]],
  },
  {
    key: 'disposedOn', zh: '注销日期', en: 'Disposed on', type: 'date',
    synonyms: [['注销日期', 1], ['报废日期', 1], ['处置日期', 1], ['报损日期', 0.95], ['核销日期', 0.95], ['disposedon', 1], ['disposaldate', 1]],
  },
  {
    key: 'department', zh: '使用部门', en: 'Department', type: 'text', fillDown: true,
    synonyms: [['使用部门', 1], ['部门', 0.95], ['班级', 0.95], ['使用单位', 0.9], ['所属部门', 1], ['管理部门', 0.9], ['科室', 0.9], ['班级部门', 1], ['领用部门', 0.95], ['借用部门', 0.9], ['报修部门', 0.9], ['department', 1], ['dept', 1], ['class', 0.6]],
  },
  {
    key: 'location', zh: '存放地点', en: 'Location', type: 'text',
    synonyms: [['存放地点', 1], ['存放位置', 1], ['所在位置', 1], ['位置', 0.95], ['地点', 0.9], ['放置地点', 1], ['存放处', 0.95], ['房间', 0.85], ['location', 1], ['room', 0.85]],
  },
  {
    key: 'custodian', zh: '保管人', en: 'Custodian', type: 'text',
    synonyms: [['保管人', 1], ['责任人', 1], ['使用人', 1], ['领用人', 1], ['保管员', 0.95], ['管理人', 0.9], ['负责人', 0.85], ['custodian', 1], ['keeper', 0.9], ['user', 0.7]],
  },
  {
    key: 'status', zh: '使用状况', en: 'Status', type: 'text',
    synonyms: [['使用状况', 1], ['状态', 0.95], ['资产状态', 1], ['使用状态', 1], ['状况', 0.9], ['完好情况', 0.9], ['status', 1], ['condition', 0.9]],
  },
  {
    key: 'note', zh: '备注', en: 'Note', type: 'text',
    synonyms: [['备注', 1], ['说明', 0.9], ['附注', 0.9], ['note', 1], ['notes', 1], ['remark', 1], ['remarks', 1], ['comment', 0.8]],
  },
];

/** Header texts that name a row-number column: recognized as part of a header, never mapped. */
export const ROW_NUMBER_HEADERS: readonly string[] = ['序号', '序', '编码序号', 'no', 'no.', '#', '行号'];
