/** Findings of reconciliation and scan import, in both languages. */
import type { Catalogue } from '../i18n/locale';

export const reconcileMessages = {
  'ledger.duplicateCode': {
    'zh-CN': '资产编号“{code}”在账簿中出现 {count} 次（第 {rows} 行）。盘点行按行序依次对应：单件资产各对应一行，成套资产（数量大于 1）按数量累加，多余的盘点行归入最后一套或记为重复。请核对账簿编号。',
    'en-US': 'The asset code "{code}" appears {count} times in the ledger (rows {rows}). Count rows were assigned in row order: one to each single item, sets (quantity over 1) filled up to their quantity, extra rows added to the last set or reported as duplicates. Check the ledger codes.',
  },
  'ledger.noPrice': {
    'zh-CN': '账簿中有 {count} 行既无单价也无金额（如第 {row} 行），这些行的盘亏金额按 0 计。',
    'en-US': '{count} ledger rows have neither a unit price nor an amount (e.g. row {row}); their shortage is valued at 0.',
  },
  'ledger.duplicateRowNumber': {
    'zh-CN': '账簿第 {row} 行出现多次，确认/否决疑似匹配时无法区分这些行。',
    'en-US': 'Ledger row {row} occurs more than once, so decisions on possible matches cannot tell these rows apart.',
  },
  'count.duplicateRowNumber': {
    'zh-CN': '盘点表第 {row} 行出现多次，确认/否决疑似匹配时无法区分这些行。',
    'en-US': 'Count row {row} occurs more than once, so decisions on possible matches cannot tell these rows apart.',
  },
  'decision.unknownRow': {
    'zh-CN': '确认/否决记录指向不存在的行（盘点第 {countRow} 行 ↔ 账簿第 {ledgerRow} 行），已忽略。',
    'en-US': 'A decision names a row that does not exist (count row {countRow} ↔ ledger row {ledgerRow}); it was ignored.',
  },
  'decision.alreadyMatched': {
    'zh-CN': '盘点第 {countRow} 行已按资产编号对应到账簿，对它的确认（账簿第 {ledgerRow} 行）已忽略。',
    'en-US': 'Count row {countRow} already matches the ledger by its code; the confirmation to ledger row {ledgerRow} was ignored.',
  },
  'decision.conflict': {
    'zh-CN': '盘点第 {countRow} 行被确认对应多个账簿行（{ledgerRows}），按第 {kept} 行处理。',
    'en-US': 'Count row {countRow} was confirmed against several ledger rows ({ledgerRows}); row {kept} was used.',
  },
  'candidates.blockCapped': {
    'zh-CN': '有 {count} 个盘点行的同名候选超过 {max} 个，只比较了行号最前的 {max} 个，疑似匹配可能不全。',
    'en-US': 'For {count} count rows more than {max} ledger rows share the name; only the first {max} were compared, so possible matches may be incomplete.',
  },
  'scan.replacementChar': {
    'zh-CN': '扫描文件第 {line} 行含有无法识别的字符（�），共 {count} 行。文件可能不是 UTF-8 编码（如 GBK），请在扫码软件中选择 UTF-8 导出后重试。',
    'en-US': 'Line {line} of the scan file holds unreadable characters (�); {count} lines in all. The file is probably not UTF-8 (e.g. GBK); export it as UTF-8 from the scanner app and try again.',
  },
  'scan.mojibake': {
    'zh-CN': '扫描文件第 {line} 行的文字像是乱码（“{sample}”），共 {count} 行。文件可能以错误的编码保存，请以 UTF-8 导出后重试。',
    'en-US': 'The text on line {line} of the scan file looks garbled ("{sample}"); {count} lines in all. The file was probably saved in another encoding; export it as UTF-8 and try again.',
  },
  'scan.badQuantity': {
    'zh-CN': '扫描文件第 {line} 行的数量“{value}”不是数字，按 1 计。',
    'en-US': 'The quantity "{value}" on line {line} of the scan file is not a number; 1 was used.',
  },
  'scan.noCode': {
    'zh-CN': '扫描文件第 {line} 行没有编号，已跳过。',
    'en-US': 'Line {line} of the scan file has no code; it was skipped.',
  },
  'scan.empty': {
    'zh-CN': '扫描文件中没有编号。',
    'en-US': 'The scan file holds no codes.',
  },
  'scan.parse': {
    'zh-CN': '扫描文件第 {line} 行格式有误（{problem}），已尽量读取。',
    'en-US': 'Line {line} of the scan file is malformed ({problem}); it was read as well as possible.',
  },
} as const satisfies Catalogue<string>;

export type ReconcileMessageKey = keyof typeof reconcileMessages;
