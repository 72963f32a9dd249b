/** Drop-down lists the templates use, as data. Categories come from the editable category list. */
import type { ListSource } from './schema';

export const FIXED_LISTS: Readonly<Record<Exclude<ListSource, 'categories'>, readonly string[]>> = {
  natures: ['自然损耗', '人为损坏', '故意损坏', '丢失'],
  status: ['在用', '闲置', '损坏', '待报废', '已报废'],
  yesNo: ['是', '否'],
  repairState: ['待维修', '维修中', '已维修', '已验收'],
  stockDirection: ['入库', '出库'],
  planState: ['未开始', '进行中', '已完成', '取消'],
  checkResult: ['正常', '有隐患', '已整改'],
};
