import type { Catalogue } from '../../core/i18n/locale';

export const reportsCliMessages = {
  saved: { 'zh-CN': '报表已保存到 {file}（工作表：{sheets}）。', 'en-US': 'Saved the report to {file} (sheets: {sheets}).' },
  pdf: { 'zh-CN': 'PDF 已保存到 {file}。', 'en-US': 'Saved the PDF to {file}.' },
  findings: { 'zh-CN': '数据中有 {count} 处需要核对：', 'en-US': '{count} things in the data need checking:' },
  moreFindings: { 'zh-CN': '  ……另有 {count} 处，见报表的说明工作表（--out）或 --json', 'en-US': '  … {count} more: see the notes sheet (--out) or --json' },
  notSaved: { 'zh-CN': '（未指定 --out 或 --pdf，报表没有保存。）', 'en-US': '(No --out or --pdf given: the report was not saved.)' },
  outIsInput: {
    'zh-CN': '--out 不能是输入的文件 {file}：报表总是写到新的工作簿，原台账不改动。请换一个文件名。',
    'en-US': '--out cannot be the input file {file}: the report always goes to a new workbook and the ledger is left as it is. Choose another file name.',
  },
  noOffice: {
    'zh-CN': '导出 PDF 需要 LibreOffice，但没有找到它。请安装 LibreOffice（https://www.libreoffice.org/ ，免费）；如果已安装在别处，请用环境变量 SOFFICE 指向 soffice 程序。也可以去掉 --pdf，用 --out 保存 .xlsx 后在 Excel 或 WPS 中“打印为 PDF”。',
    'en-US': 'PDF export needs LibreOffice, which was not found. Install LibreOffice (https://www.libreoffice.org/, free); if it is installed elsewhere, point the SOFFICE environment variable at its soffice program. Or leave out --pdf, save the .xlsx with --out and print it to PDF from Excel or WPS.',
  },
  pdfFailed: {
    'zh-CN': 'LibreOffice 没能把报表转换为 PDF（{reason}）。请关闭正在运行的 LibreOffice 后重试，或用 --out 保存 .xlsx 后自行打印。',
    'en-US': 'LibreOffice could not convert the report to PDF ({reason}). Close any running LibreOffice and try again, or save the .xlsx with --out and print it yourself.',
  },
  listHeader: { 'zh-CN': '可用的报表：', 'en-US': 'Reports:' },
} as const satisfies Catalogue<string>;
