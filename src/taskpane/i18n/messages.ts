/**
 * Every string the task pane shows, in zh-CN (the default) and en-US. `satisfies Catalogue` makes
 * TypeScript refuse an entry that lacks a language; test/taskpane/i18n.test.ts refuses empty ones.
 * Messages about the user's data (findings, file errors) come from core and the adapters, already
 * in both languages.
 */
import type { Catalogue } from '../../core/i18n/locale';

export const uiMessages = {
  'app.name': { 'zh-CN': '台账助手', 'en-US': 'Taizhang' },
  'app.workbenchBadge': { 'zh-CN': '工作台', 'en-US': 'Workbench' },
  'app.workbenchHint': {
    'zh-CN': '浏览器工作台：在本机打开 .xlsx 文件处理，结果下载为新文件；文件不会上传到任何地方。',
    'en-US': 'Browser workbench: open an .xlsx file on this computer, work on it and download the result as a new file; nothing is uploaded anywhere.',
  },

  'language.switch': { 'zh-CN': 'English', 'en-US': '中文' },
  'language.switchLabel': { 'zh-CN': '切换为英文界面（Switch to English）', 'en-US': 'Switch to Chinese (切换为中文界面)' },

  'nav.backHome': { 'zh-CN': '返回首页', 'en-US': 'Back to home' },
  'nav.main': { 'zh-CN': '台账助手功能', 'en-US': 'Taizhang jobs' },

  'home.heading': { 'zh-CN': '要做什么？', 'en-US': 'What would you like to do?' },
  'home.comingBadge': { 'zh-CN': '即将推出', 'en-US': 'Coming soon' },
  'home.openHint': {
    'zh-CN': '先打开一个 .xlsx 工作簿（或示例工作簿），再选择要做的事。',
    'en-US': 'Open an .xlsx workbook (or the sample workbook) first, then choose a job.',
  },

  'job.inspect.title': { 'zh-CN': '读表检查', 'en-US': 'Read & check' },
  'job.inspect.summary': {
    'zh-CN': '看懂我的表：找到表头和数据范围，识别每一列是什么，并列出需要核对的单元格。',
    'en-US': 'Understand my sheet: find the header and data range, recognise each column, and list the cells to check.',
  },
  'job.templates.title': { 'zh-CN': '台账模板', 'en-US': 'Ledger templates' },
  'job.templates.summary': {
    'zh-CN': '建立规范的固定资产、财产登记、领用、报修等台账，或把现有表格套用到模板。',
    'en-US': 'Create standard registers (fixed assets, property, issue, repairs) or adopt an existing sheet as a template.',
  },
  'job.reconcile.title': { 'zh-CN': '账物核对', 'en-US': 'Reconciliation' },
  'job.reconcile.summary': {
    'zh-CN': '用盘点表核对台账：列出盘盈、盘亏、不符和重复，账账核对按分类或部门比较。',
    'en-US': 'Check the ledger against a count sheet: surpluses, shortages, mismatches and duplicates; ledger against ledger by category or department.',
  },
  'job.compensation.title': { 'zh-CN': '损坏赔偿', 'en-US': 'Damage compensation' },
  'job.compensation.summary': {
    'zh-CN': '按学校的赔偿标准计算损坏、丢失物品的赔偿金额，分摊到人并生成大写金额的通知。',
    'en-US': 'Work out compensation for damaged or lost items by the school’s rules, split it among payers and produce notices with amounts in capital numerals.',
  },
  'job.plan.title': { 'zh-CN': '月度计划', 'en-US': 'Monthly plan' },
  'job.plan.summary': {
    'zh-CN': '按学期、节假日和例行检查生成后勤月度工作计划，日期落在工作日。',
    'en-US': 'Generate the office’s monthly work plan from term phases, holidays and routine checks, dated on working days.',
  },
  'job.reports.title': { 'zh-CN': '统计报表', 'en-US': 'Reports' },
  'job.reports.summary': {
    'zh-CN': '资产汇总、盘点报告、四柱清册、赔偿汇总和同期对比。',
    'en-US': 'Asset summaries, count reports, the four-pillar movement statement, compensation totals and year-on-year comparison.',
  },

  'coming.title': { 'zh-CN': '“{job}”尚未推出', 'en-US': '"{job}" is not available yet' },
  'coming.body': {
    'zh-CN': '这项功能正在开发中，当前版本还不能使用。现在可以先用“读表检查”确认台账的表头和各列都被正确识别。',
    'en-US': 'This job is still being built and cannot be used in this version. Meanwhile, use "Read & check" to make sure your ledger’s header and columns are understood.',
  },
  'coming.toInspect': { 'zh-CN': '去读表检查', 'en-US': 'Go to Read & check' },

  'workbench.toolbar': { 'zh-CN': '工作簿文件', 'en-US': 'Workbook file' },
  'workbench.open': { 'zh-CN': '打开 .xlsx…', 'en-US': 'Open .xlsx…' },
  'workbench.openLabel': { 'zh-CN': '从本机打开一个 .xlsx 工作簿', 'en-US': 'Open an .xlsx workbook from this computer' },
  'workbench.sample': { 'zh-CN': '打开示例工作簿', 'en-US': 'Open sample workbook' },
  'workbench.download': { 'zh-CN': '下载', 'en-US': 'Download' },
  'workbench.downloadLabel': {
    'zh-CN': '下载处理后的工作簿“{file}”（原文件不变）',
    'en-US': 'Download the processed workbook "{file}" (the original file is unchanged)',
  },
  'workbench.noFile': { 'zh-CN': '未打开文件', 'en-US': 'No file open' },
  'workbench.currentFile': { 'zh-CN': '当前文件：{file}', 'en-US': 'Current file: {file}' },
  'workbench.unsaved': { 'zh-CN': '有未下载的更改', 'en-US': 'Changes not yet downloaded' },
  'workbench.opening': { 'zh-CN': '正在打开“{file}”…', 'en-US': 'Opening "{file}"…' },
  'workbench.saving': { 'zh-CN': '正在生成下载文件…', 'en-US': 'Preparing the download…' },
  'workbench.dropHere': { 'zh-CN': '松开鼠标，打开这个 .xlsx 文件', 'en-US': 'Drop to open this .xlsx file' },
  'workbench.dropHint': { 'zh-CN': '也可以把 .xlsx 文件拖到这里。', 'en-US': 'You can also drag an .xlsx file here.' },
  'workbench.sampleFailed': {
    'zh-CN': '无法载入示例工作簿（{detail}）。请确认台账助手是用 npm start 启动的。',
    'en-US': 'The sample workbook could not be loaded ({detail}). Make sure Taizhang was started with npm start.',
  },
  'workbench.leaveWarning': {
    'zh-CN': '工作簿有未下载的更改，离开后将丢失。',
    'en-US': 'The workbook has changes that were not downloaded; they will be lost.',
  },
  'workbench.downloaded': { 'zh-CN': '已下载“{file}”', 'en-US': 'Downloaded "{file}"' },
  'workbench.downloadNameSuffix': { 'zh-CN': '（台账助手）', 'en-US': ' (Taizhang)' },

  'inspect.sheet': { 'zh-CN': '工作表', 'en-US': 'Sheet' },
  'inspect.sheetPlaceholder': { 'zh-CN': '选择工作表', 'en-US': 'Choose a sheet' },
  'inspect.hiddenSheet': { 'zh-CN': '{sheet}（隐藏）', 'en-US': '{sheet} (hidden)' },
  'inspect.noSheets': { 'zh-CN': '这个工作簿里没有可检查的工作表。', 'en-US': 'This workbook has no sheets to check.' },
  'inspect.reread': { 'zh-CN': '重新读取', 'en-US': 'Read again' },
  'inspect.rereadLabel': { 'zh-CN': '重新读取工作表“{sheet}”', 'en-US': 'Read the sheet "{sheet}" again' },
  'inspect.reading': { 'zh-CN': '正在读取“{sheet}”…', 'en-US': 'Reading "{sheet}"…' },
  'inspect.readingRows': { 'zh-CN': '正在读取“{sheet}”：{done} / {total} 行', 'en-US': 'Reading "{sheet}": {done} of {total} rows' },
  'inspect.cancel': { 'zh-CN': '取消', 'en-US': 'Cancel' },
  'inspect.cancelled': { 'zh-CN': '已取消读取。', 'en-US': 'Reading was cancelled.' },
  'inspect.needFile': { 'zh-CN': '请先打开一个工作簿。', 'en-US': 'Open a workbook first.' },

  'status.heading': { 'zh-CN': '识别结果', 'en-US': 'What was found' },
  'status.ok': { 'zh-CN': '已识别', 'en-US': 'Understood' },
  'status.empty': { 'zh-CN': '空表', 'en-US': 'Empty sheet' },
  'status.noHeader': { 'zh-CN': '未找到表头', 'en-US': 'No header found' },
  'status.headerRows': { 'zh-CN': '表头', 'en-US': 'Header' },
  'status.headerRowsValue': { 'zh-CN': '第 {rows} 行', 'en-US': 'Row {rows}' },
  'status.headerRowsValueMany': { 'zh-CN': '第 {rows} 行（多行表头）', 'en-US': 'Rows {rows} (multi-row header)' },
  'status.dataRange': { 'zh-CN': '数据', 'en-US': 'Data' },
  'status.dataRangeValue': { 'zh-CN': '第 {first}–{last} 行，共 {count} 行', 'en-US': 'Rows {first}–{last}, {count} rows' },
  'status.noDataRows': { 'zh-CN': '表头下没有数据行', 'en-US': 'No data rows under the header' },
  'status.excluded': { 'zh-CN': '未计入', 'en-US': 'Left out' },
  'status.excludedNone': { 'zh-CN': '无', 'en-US': 'None' },
  'status.hidden': { 'zh-CN': '隐藏行', 'en-US': 'Hidden rows' },
  'status.hiddenValue': { 'zh-CN': '{count} 行（已计入数据）：{rows}', 'en-US': '{count} rows (counted as data): {rows}' },
  'status.rowList': { 'zh-CN': '第 {rows} 行', 'en-US': 'rows {rows}' },
  'status.rowListMore': { 'zh-CN': '第 {rows} 行等', 'en-US': 'rows {rows} and more' },
  'excluded.subtotal': { 'zh-CN': '小计 {count} 行', 'en-US': 'subtotals: {count}' },
  'excluded.total': { 'zh-CN': '合计 {count} 行', 'en-US': 'totals: {count}' },
  'excluded.signature': { 'zh-CN': '签字 {count} 行', 'en-US': 'signature lines: {count}' },
  'excluded.blank': { 'zh-CN': '空行 {count} 行', 'en-US': 'blank: {count}' },
  'excluded.note': { 'zh-CN': '说明 {count} 行', 'en-US': 'notes: {count}' },
  'excluded.item': { 'zh-CN': '{kind}（{rows}）', 'en-US': '{kind} ({rows})' },
  'excluded.separator': { 'zh-CN': '；', 'en-US': '; ' },
  'list.separator': { 'zh-CN': '、', 'en-US': ', ' },

  'mapping.heading': { 'zh-CN': '列对应', 'en-US': 'Column mapping' },
  'mapping.help': {
    'zh-CN': '每个字段对应表中的哪一列。识别有误时直接改选，台账助手会把你的选择记在工作簿里，下次不再询问。',
    'en-US': 'Which column holds each field. If one is wrong, choose another: Taizhang remembers your choice in the workbook and will not ask again.',
  },
  'mapping.field': { 'zh-CN': '字段', 'en-US': 'Field' },
  'mapping.column': { 'zh-CN': '列', 'en-US': 'Column' },
  'mapping.confidence': { 'zh-CN': '把握', 'en-US': 'Confidence' },
  'mapping.columnFor': { 'zh-CN': '“{field}”对应的列', 'en-US': 'Column for "{field}"' },
  'mapping.none': { 'zh-CN': '（无）', 'en-US': '(none)' },
  'mapping.autoOption': { 'zh-CN': '↺ 恢复自动识别', 'en-US': '↺ Back to automatic' },
  'mapping.columnOption': { 'zh-CN': '{column} 列 · {header}', 'en-US': '{column} · {header}' },
  'mapping.auto': { 'zh-CN': '自动', 'en-US': 'Auto' },
  'mapping.user': { 'zh-CN': '手动', 'en-US': 'Manual' },
  'mapping.high': { 'zh-CN': '高 {percent}%', 'en-US': 'High {percent}%' },
  'mapping.medium': { 'zh-CN': '中 {percent}%', 'en-US': 'Medium {percent}%' },
  'mapping.low': { 'zh-CN': '低 {percent}%', 'en-US': 'Low {percent}%' },
  'mapping.notFound': { 'zh-CN': '未找到', 'en-US': 'Not found' },
  'mapping.confidenceLabel': {
    'zh-CN': '识别把握：{level}，来源：{source}',
    'en-US': 'Confidence: {level}; source: {source}',
  },
  'mapping.resetAll': { 'zh-CN': '全部恢复自动识别', 'en-US': 'Reset all to automatic' },
  'mapping.saving': { 'zh-CN': '正在记住你的选择…', 'en-US': 'Remembering your choice…' },
  'mapping.remembered': {
    'zh-CN': '已把“{field}”的列对应记在工作簿中。',
    'en-US': 'The column for "{field}" is remembered in the workbook.',
  },
  'mapping.rememberedWorkbench': {
    'zh-CN': '已把“{field}”的列对应记在工作簿中；下载工作簿后，下次打开时会沿用。',
    'en-US': 'The column for "{field}" is remembered in the workbook; download it and the choice applies the next time you open it.',
  },
  'mapping.resetDone': { 'zh-CN': '已恢复自动识别。', 'en-US': 'Back to automatic mapping.' },

  'preview.heading': { 'zh-CN': '数据预览（前 {count} 行）', 'en-US': 'Preview (first {count} rows)' },
  'preview.row': { 'zh-CN': '行', 'en-US': 'Row' },
  'preview.hiddenRow': { 'zh-CN': '隐藏', 'en-US': 'hidden' },
  'preview.empty': { 'zh-CN': '没有可预览的数据行。', 'en-US': 'No data rows to preview.' },
  'preview.tableLabel': { 'zh-CN': '“{sheet}”前几行数据', 'en-US': 'First data rows of "{sheet}"' },

  'findings.heading': { 'zh-CN': '需要核对（{count}）', 'en-US': 'To check ({count})' },
  'findings.summary': {
    'zh-CN': '错误 {error} · 警告 {warning} · 提示 {info}',
    'en-US': '{error} errors · {warning} warnings · {info} notes',
  },
  'findings.none': { 'zh-CN': '没有发现问题。', 'en-US': 'No problems found.' },
  'findings.omitted': {
    'zh-CN': '另有 {count} 条同类问题未逐条列出。',
    'en-US': '{count} more findings of the same kinds are not listed one by one.',
  },
  'findings.showAll': { 'zh-CN': '显示全部 {count} 条', 'en-US': 'Show all {count}' },
  'findings.error': { 'zh-CN': '错误', 'en-US': 'Error' },
  'findings.warning': { 'zh-CN': '警告', 'en-US': 'Warning' },
  'findings.info': { 'zh-CN': '提示', 'en-US': 'Note' },
  'findings.wholeSheet': { 'zh-CN': '整表', 'en-US': 'Sheet' },
  'findings.row': { 'zh-CN': '第 {row} 行', 'en-US': 'Row {row}' },
  'findings.rows': { 'zh-CN': '第 {from}–{to} 行', 'en-US': 'Rows {from}–{to}' },
  'findings.goTo': { 'zh-CN': '{severity}，单元格 {cell}：{message}（定位到该单元格）', 'en-US': '{severity}, cell {cell}: {message} (go to the cell)' },
  'findings.listLabel': { 'zh-CN': '需要核对的单元格', 'en-US': 'Cells to check' },
  'findings.selected': { 'zh-CN': '已定位到 {address}', 'en-US': 'Selected {address}' },
  'findings.selectedWorkbench': {
    'zh-CN': '下载后在 Excel 或 WPS 中打开，会定位在这个单元格。',
    'en-US': 'Download the workbook and it opens at this cell in Excel or WPS.',
  },

  'engine.noWorkbook': { 'zh-CN': '还没有打开工作簿。请先打开一个 .xlsx 文件。', 'en-US': 'No workbook is open yet. Open an .xlsx file first.' },
  'engine.sheetMissing': { 'zh-CN': '工作簿中没有名为“{sheet}”的工作表。', 'en-US': 'The workbook has no sheet named "{sheet}".' },

  'error.title': { 'zh-CN': '出错了', 'en-US': 'Something went wrong' },
  'error.unexpected': {
    'zh-CN': '台账助手遇到了意外问题：{detail}。你的文件没有被修改。请重试；如果问题重复出现，请把这段文字告诉技术支持。',
    'en-US': 'Taizhang ran into an unexpected problem: {detail}. Your file was not changed. Try again; if it keeps happening, pass this text on to support.',
  },
  'error.dismiss': { 'zh-CN': '关闭', 'en-US': 'Dismiss' },
  'error.excelUnavailable': {
    'zh-CN': '无法连接 Excel：{detail}。请关闭任务窗格后重新打开。',
    'en-US': 'Could not connect to Excel: {detail}. Close the task pane and open it again.',
  },
} as const satisfies Catalogue<string>;

export type UiKey = keyof typeof uiMessages;
