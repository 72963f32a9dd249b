/** Wording of `taizhang compensate`, both languages. */
import type { Catalogue } from '../../core/i18n/locale';

export const compensateCliMessages = {
  heading: {
    'zh-CN': '登记表“{sheet}”：{count} 条记录；赔偿办法：{policy}；计价依据：{basis}；计算日期：{asOf}',
    'en-US': 'Register "{sheet}": {count} incidents; policy: {policy}; basis: {basis}; as of {asOf}',
  },
  policyDefault: { 'zh-CN': '默认（工作簿中没有赔偿办法工作表）', 'en-US': 'the default (the workbook has no policy sheet)' },
  policySheet: { 'zh-CN': '工作表“{sheet}”', 'en-US': 'the sheet "{sheet}"' },
  policyGiven: { 'zh-CN': '文件 {file}', 'en-US': 'the file {file}' },
  incident: {
    'zh-CN': '第{row}行  {item}{quantity}  {nature}  依据：{rule}  {calculation}  {inWords}',
    'en-US': 'Row {row}  {item}{quantity}  {nature}  rule: {rule}  {calculation}  {inWords}',
  },
  calculation: { 'zh-CN': '基数 {base} × {multiplier} = {amount} 元', 'en-US': 'base {base} × {multiplier} = {amount} yuan' },
  noCharge: { 'zh-CN': '不赔偿（{disposition}）', 'en-US': 'no charge ({disposition})' },
  payers: { 'zh-CN': '      赔偿人：{payers}', 'en-US': '      Payers: {payers}' },
  nobody: { 'zh-CN': '      赔偿人：未写明，且无责任单位', 'en-US': '      Payers: nobody named and no responsible unit' },
  explanation: { 'zh-CN': '      {text}', 'en-US': '      {text}' },
  total: {
    'zh-CN': '合计：应赔 {chargeable} 条，共 {total} 元（{inWords}），未交 {outstanding} 元；报损注销 {writeOffs} 条。',
    'en-US': 'Total: {chargeable} chargeable incidents, {total} yuan ({inWords}), {outstanding} outstanding; {writeOffs} to write off.',
  },
  notComputed: { 'zh-CN': '未计算：{count} 条（见下面的问题）。', 'en-US': 'Not computed: {count} (see the findings below).' },
  findings: { 'zh-CN': '需要核对的问题（{count}）：', 'en-US': 'Findings ({count}):' },
  amountDue: {
    'zh-CN': '登记表的“应赔金额”列（{column} 列）有 {count} 处与计算结果不同（原表未改动）。',
    'en-US': 'The register\'s amount-due column ({column}) differs from the results in {count} cells (the register is unchanged).',
  },
  saved: { 'zh-CN': '已另存为 {file}，新增工作表：{sheets}', 'en-US': 'Saved as {file} with the sheets: {sheets}' },
  noticesCount: { 'zh-CN': '{sheet}（{count} 份）', 'en-US': '{sheet} ({count} notices)' },
  notSaved: { 'zh-CN': '（未指定 --out，结果没有保存。）', 'en-US': '(No --out given: nothing was saved.)' },
  badDate: { 'zh-CN': '{flag} 的日期“{value}”无法识别，请写成 2025-11-30', 'en-US': 'The date "{value}" of {flag} is not valid; write it as 2025-11-30.' },
  policyFileUnreadable: { 'zh-CN': '无法读取赔偿办法文件“{file}”：{reason}', 'en-US': 'Cannot read the policy file "{file}": {reason}' },
  severity: { 'zh-CN': '错误|警告|提示', 'en-US': 'error|warning|info' },
} as const satisfies Catalogue<string>;
