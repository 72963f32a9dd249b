/**
 * Fields of the registers beyond asset columns (repairs, loans, compensation, write-offs, stock,
 * safety, canteen), with the header names offices use. Together with ASSET_FIELDS they are the
 * vocabulary every template, adoption and engine maps columns with.
 */
import { ASSET_FIELDS, type FieldDef } from './fields';

export const REGISTER_FIELDS: readonly FieldDef[] = [
  { key: 'usefulLife', zh: '使用年限', en: 'Useful life (years)', type: 'number', synonyms: [['使用年限', 1], ['折旧年限', 1], ['年限', 0.85], ['usefullife', 1]] },
  { key: 'conditionGood', zh: '完好', en: 'Good', type: 'number', synonyms: [['完好', 1], ['完好数', 1], ['完好数量', 1], ['good', 0.9]] },
  { key: 'conditionDamaged', zh: '损坏', en: 'Damaged', type: 'number', synonyms: [['损坏', 1], ['损坏数', 1], ['损坏数量', 1], ['damaged', 0.9]] },
  { key: 'conditionLost', zh: '丢失', en: 'Lost', type: 'number', synonyms: [['丢失', 1], ['丢失数', 1], ['丢失数量', 1], ['lost', 0.9]] },
  { key: 'countedOn', zh: '盘点日期', en: 'Counted on', type: 'date', synonyms: [['盘点日期', 1], ['盘点时间', 1], ['清点日期', 1], ['countedon', 1]] },
  { key: 'counter', zh: '盘点人', en: 'Counted by', type: 'text', synonyms: [['盘点人', 1], ['清点人', 1], ['countedby', 1]] },
  { key: 'signature', zh: '签名', en: 'Signature', type: 'text', synonyms: [['签名', 1], ['签字', 1], ['领用人签字', 1], ['领用签名', 1], ['signature', 1]] },
  { key: 'issuedOn', zh: '领用日期', en: 'Issued on', type: 'date', synonyms: [['领用日期', 1], ['领物日期', 1], ['发放日期', 1], ['领取日期', 1], ['issuedon', 1]] },
  { key: 'purpose', zh: '用途', en: 'Purpose', type: 'text', synonyms: [['用途', 1], ['领用用途', 1], ['事由', 0.9], ['purpose', 1]] },
  { key: 'borrower', zh: '借用人', en: 'Borrower', type: 'text', synonyms: [['借用人', 1], ['借物人', 1], ['借用部门人', 0.9], ['borrower', 1]] },
  { key: 'borrowedOn', zh: '借出日期', en: 'Borrowed on', type: 'date', synonyms: [['借出日期', 1], ['借用日期', 1], ['借物日期', 1], ['borrowedon', 1]] },
  { key: 'dueOn', zh: '应还日期', en: 'Due on', type: 'date', synonyms: [['应还日期', 1], ['归还期限', 1], ['约定归还日期', 1], ['限期', 0.9], ['缴款期限', 0.95], ['dueon', 1], ['duedate', 1]] },
  { key: 'returnedOn', zh: '归还日期', en: 'Returned on', type: 'date', synonyms: [['归还日期', 1], ['实际归还日期', 1], ['还物日期', 1], ['returnedon', 1]] },
  { key: 'handler', zh: '经手人', en: 'Handled by', type: 'text', synonyms: [['经手人', 1], ['经办人', 1], ['还物消号', 0.9], ['handler', 1]] },
  { key: 'reportedOn', zh: '报修日期', en: 'Reported on', type: 'date', synonyms: [['报修日期', 1], ['报修时间', 1], ['申报日期', 0.9], ['reportedon', 1]] },
  { key: 'reporter', zh: '报修人', en: 'Reported by', type: 'text', synonyms: [['报修人', 1], ['报修部门人', 0.9], ['申报人', 0.9], ['reporter', 1]] },
  { key: 'problem', zh: '故障描述', en: 'Problem', type: 'text', synonyms: [['故障描述', 1], ['故障情况', 1], ['报修内容', 1], ['维修内容', 0.9], ['损坏情况', 0.9], ['problem', 1]] },
  { key: 'repairedOn', zh: '维修日期', en: 'Repaired on', type: 'date', synonyms: [['维修日期', 1], ['完成日期', 1], ['修复日期', 1], ['维修完成日期', 1], ['repairedon', 1], ['completedon', 1]] },
  { key: 'repairer', zh: '维修人', en: 'Repaired by', type: 'text', synonyms: [['维修人', 1], ['维修人员', 1], ['repairer', 1]] },
  { key: 'repairCost', zh: '维修费用', en: 'Repair cost', type: 'money', synonyms: [['维修费用', 1], ['维修费', 1], ['修理费', 1], ['修复费用', 1], ['repaircost', 1]] },
  { key: 'acceptedOn', zh: '验收日期', en: 'Accepted on', type: 'date', synonyms: [['验收日期', 1], ['验收时间', 1], ['acceptedon', 1]] },
  { key: 'acceptedBy', zh: '验收人', en: 'Accepted by', type: 'text', synonyms: [['验收人', 1], ['验收签字', 1], ['报修人签字', 0.95], ['acceptedby', 1]] },
  { key: 'repairState', zh: '维修状态', en: 'Repair state', type: 'text', synonyms: [['维修状态', 1], ['处理状态', 1], ['处理结果', 0.9], ['repairstate', 1]] },
  { key: 'damageDate', zh: '损坏日期', en: 'Damaged on', type: 'date', synonyms: [['损坏日期', 1], ['损坏时间', 1], ['发生日期', 0.95], ['日期', 0.6], ['damagedate', 1]] },
  { key: 'nature', zh: '损坏性质', en: 'Nature of damage', type: 'text', synonyms: [['损坏性质', 1], ['损坏原因', 0.95], ['性质', 0.9], ['原因', 0.7], ['损坏类型', 1], ['nature', 1]] },
  { key: 'repairable', zh: '能否修复', en: 'Repairable', type: 'text', synonyms: [['能否修复', 1], ['可否修复', 1], ['是否可修', 1], ['可修复', 0.95], ['repairable', 1]] },
  { key: 'persons', zh: '损坏人', en: 'Responsible persons', type: 'text', synonyms: [['损坏人', 1], ['赔偿人', 1], ['损坏者', 1], ['当事人', 0.95], ['肇事人', 1], ['责任人', 0.8], ['姓名', 0.75], ['学生姓名', 0.9], ['persons', 1]] },
  { key: 'responsibleUnit', zh: '责任单位', en: 'Responsible unit', type: 'text', synonyms: [['责任单位', 1], ['责任班级', 1], ['班级', 0.9], ['所在班级', 1], ['部门', 0.75], ['班级部门', 0.95], ['responsibleunit', 1]] },
  { key: 'amountDue', zh: '应赔金额', en: 'Amount due', type: 'money', synonyms: [['应赔金额', 1], ['赔偿金额', 1], ['应赔偿金额', 1], ['amountdue', 1]] },
  { key: 'paidAmount', zh: '已赔金额', en: 'Paid', type: 'money', synonyms: [['已赔金额', 1], ['实收金额', 1], ['已交金额', 1], ['实赔金额', 1], ['paid', 1]] },
  { key: 'paidOn', zh: '缴款日期', en: 'Paid on', type: 'date', synonyms: [['缴款日期', 1], ['赔偿日期', 0.95], ['交款日期', 1], ['收款日期', 1], ['paidon', 1]] },
  { key: 'receiptNo', zh: '收据号', en: 'Receipt no.', type: 'text', synonyms: [['收据号', 1], ['收据编号', 1], ['票据号', 1], ['receiptno', 1]] },
  { key: 'reason', zh: '报损原因', en: 'Reason', type: 'text', synonyms: [['报损原因', 1], ['注销原因', 1], ['报废原因', 1], ['原因', 0.8], ['reason', 1]] },
  { key: 'reportedBy', zh: '保管人报告', en: 'Keeper report by', type: 'text', synonyms: [['保管人报告', 1], ['报告人', 1], ['报损人', 1], ['申请人', 0.9], ['reportedby', 1]] },
  { key: 'verifiedBy', zh: '总务处核实', en: 'Verified by office', type: 'text', synonyms: [['总务处核实', 1], ['核实人', 1], ['核实意见', 0.95], ['总务处意见', 0.95], ['verifiedby', 1]] },
  { key: 'verifiedOn', zh: '核实日期', en: 'Verified on', type: 'date', synonyms: [['核实日期', 1], ['verifiedon', 1]] },
  { key: 'approvedBy', zh: '校长审批', en: 'Principal approval', type: 'text', synonyms: [['校长审批', 1], ['审批人', 1], ['审批意见', 0.95], ['领导审批', 0.95], ['approvedby', 1]] },
  { key: 'approvedOn', zh: '审批日期', en: 'Approved on', type: 'date', synonyms: [['审批日期', 1], ['批准日期', 1], ['approvedon', 1]] },
  { key: 'approvalLevel', zh: '审批层级', en: 'Approval level', type: 'text', synonyms: [['审批层级', 1], ['审批权限', 1], ['approvallevel', 1]] },
  { key: 'direction', zh: '出入库', en: 'In/out', type: 'text', synonyms: [['出入库', 1], ['收发类别', 1], ['类型', 0.7], ['direction', 1]] },
  { key: 'movedOn', zh: '日期', en: 'Date', type: 'date', synonyms: [['日期', 0.9], ['出入库日期', 1], ['入库日期', 0.95], ['出库日期', 0.95], ['date', 0.9]] },
  { key: 'supplier', zh: '供应商', en: 'Supplier', type: 'text', synonyms: [['供应商', 1], ['供货单位', 1], ['供货商', 1], ['供应单位', 1], ['supplier', 1]] },
  { key: 'invoiceNo', zh: '发票号', en: 'Invoice no.', type: 'text', synonyms: [['发票号', 1], ['发票号码', 1], ['单据号', 0.9], ['invoiceno', 1]] },
  { key: 'checkedOn', zh: '检查日期', en: 'Checked on', type: 'date', synonyms: [['检查日期', 1], ['检查时间', 1], ['checkedon', 1]] },
  { key: 'area', zh: '检查部位', en: 'Area', type: 'text', synonyms: [['检查部位', 1], ['检查区域', 1], ['检查地点', 1], ['部位', 0.9], ['area', 1]] },
  { key: 'checkItem', zh: '检查内容', en: 'What was checked', type: 'text', synonyms: [['检查内容', 1], ['检查项目', 1], ['checkitem', 1]] },
  { key: 'checkResult', zh: '检查结果', en: 'Result', type: 'text', synonyms: [['检查结果', 1], ['检查情况', 1], ['结果', 0.85], ['result', 1]] },
  { key: 'hazard', zh: '隐患描述', en: 'Hazard', type: 'text', synonyms: [['隐患描述', 1], ['存在问题', 1], ['隐患', 0.95], ['问题', 0.8], ['hazard', 1]] },
  { key: 'rectification', zh: '整改措施', en: 'Rectification', type: 'text', synonyms: [['整改措施', 1], ['整改意见', 1], ['处理措施', 0.95], ['rectification', 1]] },
  { key: 'rectifiedOn', zh: '整改完成日期', en: 'Rectified on', type: 'date', synonyms: [['整改完成日期', 1], ['整改日期', 1], ['完成时间', 0.85], ['rectifiedon', 1]] },
  { key: 'inspector', zh: '检查人', en: 'Inspector', type: 'text', synonyms: [['检查人', 1], ['检查人员', 1], ['inspector', 1]] },
  { key: 'purchasedOn', zh: '采购日期', en: 'Purchased on', type: 'date', synonyms: [['采购日期', 1], ['进货日期', 1], ['验收日期', 0.8], ['purchasedon', 1]] },
  { key: 'quality', zh: '质量验收', en: 'Quality check', type: 'text', synonyms: [['质量验收', 1], ['质量情况', 1], ['感官检查', 0.9], ['验收结果', 0.95], ['quality', 1]] },
  { key: 'financeSign', zh: '财务签字', en: 'Finance signature', type: 'text', synonyms: [['财务签字', 1], ['财务', 0.85], ['会计签字', 0.95], ['financesign', 1]] },
  { key: 'chefSign', zh: '厨师签字', en: 'Cook signature', type: 'text', synonyms: [['厨师签字', 1], ['厨师', 0.85], ['炊事员签字', 1], ['chefsign', 1]] },
  { key: 'buyerSign', zh: '采购员签字', en: 'Buyer signature', type: 'text', synonyms: [['采购员签字', 1], ['采购员', 0.9], ['采购人', 0.9], ['buyersign', 1]] },
];

const ALL = new Map<string, FieldDef>([...ASSET_FIELDS, ...REGISTER_FIELDS].map((f) => [f.key, f]));

/** Every known field by key: asset columns and register columns. */
export function knownField(key: string): FieldDef | undefined {
  return ALL.get(key);
}

export const ALL_FIELDS: readonly FieldDef[] = [...ALL.values()];
