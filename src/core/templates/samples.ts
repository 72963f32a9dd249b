/**
 * Example rows for a new register (`--sample N`), so a new user sees it filled the way an office
 * fills it. Drawn from tables of real school items, rooms and people with a seeded generator, so the
 * same request gives the same rows.
 */
import { addDays, type IsoDate } from '../dates';
import { seededRandom } from '../random';
import type { SpecValue } from '../sheet/spec';
import type { ParsedTemplate } from './catalogue';

interface SampleItem {
  readonly name: string;
  readonly spec: string;
  readonly category: string;
  readonly unit: string;
  readonly price: number;
  readonly life: number;
}

const ITEMS: readonly SampleItem[] = [
  { name: '台式计算机', spec: '联想启天 M437', category: '计算机设备', unit: '台', price: 4680, life: 6 },
  { name: '笔记本电脑', spec: '华为 MateBook D14', category: '计算机设备', unit: '台', price: 5299, life: 6 },
  { name: '投影仪', spec: '爱普生 CB-X06', category: '办公设备', unit: '台', price: 3280, life: 5 },
  { name: '交互式电子白板', spec: '希沃 86英寸', category: '教学仪器', unit: '套', price: 16800, life: 5 },
  { name: '激光打印机', spec: '惠普 M1005', category: '办公设备', unit: '台', price: 1650, life: 6 },
  { name: '空调', spec: '格力 KFR-35GW 1.5匹', category: '电气设备', unit: '台', price: 3199, life: 5 },
  { name: '办公桌', spec: '1400×700 钢木', category: '家具', unit: '张', price: 860, life: 15 },
  { name: '文件柜', spec: '钢制 五节柜', category: '家具', unit: '个', price: 720, life: 15 },
  { name: '学生课桌椅', spec: '单人 可升降', category: '学生家具', unit: '套', price: 320, life: 5 },
  { name: '篮球架', spec: '移动式 凹箱', category: '文艺体育设备', unit: '副', price: 6800, life: 5 },
  { name: '钢琴', spec: '珠江 UP118', category: '文艺体育设备', unit: '台', price: 15800, life: 5 },
  { name: '生物显微镜', spec: 'XSP-2CA 1600倍', category: '教学仪器', unit: '台', price: 460, life: 5 },
  { name: '消毒柜', spec: '康宝 XDR320', category: '电气设备', unit: '台', price: 2980, life: 5 },
  { name: '冰柜', spec: '海尔 BC/BD-519', category: '电气设备', unit: '台', price: 2399, life: 5 },
  { name: '饮水机', spec: '沁园 JD-2', category: '电气设备', unit: '台', price: 899, life: 5 },
  { name: '灭火器', spec: 'MFZ/ABC4 干粉', category: '仪器仪表', unit: '具', price: 85, life: 5 },
];

const SUPPLIES = [
  { name: 'A4 复印纸', spec: '70g 500张/包', unit: '包', price: 24.5 },
  { name: '签字笔', spec: '0.5mm 黑色', unit: '盒', price: 18 },
  { name: '粉笔', spec: '无尘 白色', unit: '盒', price: 6.5 },
  { name: '扫把', spec: '塑料', unit: '把', price: 15 },
  { name: '拖把', spec: '棉线 旋转', unit: '把', price: 28 },
  { name: '垃圾袋', spec: '60×80 加厚', unit: '卷', price: 9.8 },
  { name: '日光灯管', spec: 'T8 LED 1.2m', unit: '根', price: 22 },
  { name: '大米', spec: '东北 长粒', unit: '袋', price: 138 },
  { name: '食用油', spec: '5L 一级大豆油', unit: '桶', price: 72 },
  { name: '猪肉', spec: '鲜 前腿', unit: '千克', price: 26.4 },
];

const DEPARTMENTS = ['教务处', '总务处', '政教处', '办公室', '高一(1)班', '高一(2)班', '高二(3)班', '实验室', '图书馆', '食堂', '体育组'];
const LOCATIONS = ['行政楼201', '行政楼305', '教学楼A101', '教学楼B204', '实验楼3楼', '图书馆2楼', '食堂操作间', '体育器材室', '音乐室', '会议室'];
const PEOPLE = ['张明', '李红梅', '王建国', '刘芳', '陈志强', '杨丽', '赵德胜', '黄晓燕', '周伟', '吴秀英'];
const SUPPLIERS = ['青山县文化用品商店', '县城南粮油批发部', '青山县五金电器行', '县办公设备有限公司'];
const PROBLEMS = ['日光灯不亮', '教室门锁损坏', '水龙头漏水', '窗户玻璃破裂', '投影仪无信号', '空调不制冷', '课桌桌面开裂', '插座松动'];
const AREAS = ['教学楼', '学生宿舍', '食堂', '实验楼', '配电房', '锅炉房', '围墙及大门'];
const CHECKS = ['消防器材是否完好有效', '电线线路有无老化破损', '疏散通道是否畅通', '灭火器压力是否正常', '门窗护栏是否牢固'];

export function sampleRows(template: ParsedTemplate, count: number, asOf: IsoDate, seed = 20251231): Array<Record<string, SpecValue>> {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const between = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const usesSupplies = ['issueRegister', 'stockRegister', 'canteenAcceptance'].includes(template.key);
  const rows: Array<Record<string, SpecValue>> = [];
  for (let i = 0; i < count; i++) {
    const item = pick(ITEMS);
    const supply = pick(SUPPLIES);
    const thing = usesSupplies ? { ...supply, category: '', life: 0 } : item;
    const acquired = addDays(asOf, -between(60, 365 * 8));
    const recent = addDays(asOf, -between(1, 120));
    const later = addDays(recent, between(1, 20));
    const quantity = usesSupplies ? between(1, 40) : thing.name === '学生课桌椅' ? between(20, 55) : between(1, 3);
    const dept = pick(DEPARTMENTS);
    const person = pick(PEOPLE);
    const year = acquired.slice(0, 4);
    const values: Record<string, SpecValue> = {
      code: `ZC-${year}-${String(between(1, 9999)).padStart(4, '0')}`,
      name: thing.name, spec: thing.spec, category: item.category, unit: thing.unit,
      quantity, bookQuantity: quantity, quantityOpening: quantity, unitPrice: thing.price,
      acquiredOn: { date: acquired }, usefulLife: item.life, department: dept, location: pick(LOCATIONS), custodian: person,
      status: '在用', note: null, conditionGood: quantity, conditionDamaged: 0, conditionLost: 0,
      countedOn: { date: recent }, counter: pick(PEOPLE), signature: null, issuedOn: { date: recent }, purpose: '日常教学办公',
      borrower: person, borrowedOn: { date: recent }, dueOn: { date: later }, returnedOn: null, handler: pick(PEOPLE),
      reportedOn: { date: recent }, reporter: person, problem: pick(PROBLEMS), repairer: '赵德胜', repairedOn: { date: later },
      repairCost: between(2, 30) * 10, acceptedBy: person, acceptedOn: { date: later }, repairState: '已验收',
      damageDate: { date: recent }, nature: pick(['人为损坏', '自然损耗', '故意损坏', '丢失']), repairable: pick(['是', '否']),
      persons: person, responsibleUnit: dept, amountDue: null, paidAmount: null, paidOn: null, receiptNo: null,
      amount: Math.round(quantity * thing.price * 100) / 100, netValue: null, reason: '使用年久，损坏无法修复', reportedBy: person,
      verifiedBy: '王建国', verifiedOn: { date: recent }, approvedBy: '校长', approvedOn: { date: later }, approvalLevel: '单位负责人',
      disposedOn: { date: later }, direction: pick(['入库', '出库']), movedOn: { date: recent }, supplier: pick(SUPPLIERS),
      invoiceNo: String(between(10000000, 99999999)), checkedOn: { date: recent }, area: pick(AREAS), checkItem: pick(CHECKS),
      checkResult: '正常', hazard: null, rectification: null, rectifiedOn: null, inspector: person, purchasedOn: { date: recent },
      quality: '合格', financeSign: '刘芳', chefSign: '陈志强', buyerSign: '周伟',
    };
    rows.push(Object.fromEntries(template.fields.map((f) => [f.key, values[f.key] ?? null])));
  }
  return rows;
}
