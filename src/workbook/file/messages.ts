/**
 * Messages of the file adapter (opening, reading and saving .xlsx files), in both languages. Sheet
 * and address errors, which both adapters raise, are in ../messages.ts.
 */
import type { Catalogue, Localized, MessageParams } from '../../core/i18n/locale';
import { UserError } from '../../core/errors';
import { joinList, localizeEach } from '../messages';

export const fileMessages = {
  'file.empty': {
    'zh-CN': '“{file}”是空文件（0 字节），无法打开。请确认文件已完整保存或下载，再重新选择。',
    'en-US': '"{file}" is empty (0 bytes). Make sure it was saved or downloaded completely, then choose it again.',
  },
  'file.xls': {
    'zh-CN': '“{file}”是旧版 Excel 97-2003 格式（.xls）或其他旧版 Office 文件，台账助手只能打开 .xlsx。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再打开。',
    'en-US': '"{file}" is an old Excel 97-2003 workbook (.xls) or another legacy Office file; Taizhang opens .xlsx workbooks only. Open it in Excel or WPS, save it as .xlsx, then open that file.',
  },
  'file.encrypted': {
    'zh-CN': '“{file}”设置了打开密码（文件已加密），无法读取。请在 Excel 或 WPS 中输入密码打开，取消文件加密（清除打开密码）并保存为 .xlsx 后再打开。',
    'en-US': '"{file}" is protected with a password (encrypted) and cannot be read. Open it in Excel or WPS with the password, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it as .xlsx, then open it again.',
  },
  'file.tooLarge': {
    'zh-CN': '“{file}”太大：工作表解压后约 {mb} MB，读入需要约 {needGb} GB 内存，超过本程序可用的 {haveGb} GB。文件没有被改动。请把大表拆成几个工作簿（例如按年度或部门），或在命令行用 NODE_OPTIONS=--max-old-space-size=16384 给程序更多内存后重试。',
    'en-US': '"{file}" is too large: its sheets unpack to about {mb} MB and reading them needs about {needGb} GB of memory, more than the {haveGb} GB this program may use. The file was not changed. Split the big sheet into several workbooks (by year or department, say), or on the command line give the program more memory with NODE_OPTIONS=--max-old-space-size=16384 and try again.',
  },
  'file.corrupt': {
    'zh-CN': '“{file}”已损坏或不完整（可能下载或复制时中断），无法读取。请重新下载或从备份中取回该文件；如果 Excel 或 WPS 能打开它，请另存为新的 .xlsx 后再打开。',
    'en-US': '"{file}" is damaged or incomplete (perhaps a download or copy was interrupted) and cannot be read. Download it again or take it from a backup; if Excel or WPS can open it, save it as a new .xlsx and open that.',
  },
  'file.xlsb': {
    'zh-CN': '“{file}”是 Excel 二进制工作簿（.xlsb），台账助手只能打开 .xlsx。请在 Excel 中打开它，另存为 .xlsx 后再打开。',
    'en-US': '"{file}" is an Excel binary workbook (.xlsb); Taizhang opens .xlsx workbooks only. Open it in Excel, save it as .xlsx, then open that file.',
  },
  'file.ods': {
    'zh-CN': '“{file}”是 OpenDocument 表格（.ods），台账助手只能打开 .xlsx。请在 WPS、LibreOffice 或 Excel 中打开它，另存为 .xlsx 后再打开。',
    'en-US': '"{file}" is an OpenDocument spreadsheet (.ods); Taizhang opens .xlsx workbooks only. Open it in WPS, LibreOffice or Excel, save it as .xlsx, then open that file.',
  },
  'file.otherZip': {
    'zh-CN': '“{file}”不是 Excel 工作簿（可能是 Word 文档、压缩包或其他文件）。请选择 .xlsx 文件；如果它是表格，请在 Excel 或 WPS 中另存为 .xlsx 后再打开。',
    'en-US': '"{file}" is not an Excel workbook (it may be a Word document, an archive or another file). Choose an .xlsx file; if this is a spreadsheet, save it as .xlsx in Excel or WPS, then open that file.',
  },
  'file.pdf': {
    'zh-CN': '“{file}”是 PDF 文档，不是 Excel 工作簿，无法读取其中的表格。请找到原始的 Excel 文件（.xlsx）再打开。',
    'en-US': '"{file}" is a PDF document, not an Excel workbook; its tables cannot be read. Find the original Excel file (.xlsx) and open that.',
  },
  'file.html': {
    'zh-CN': '“{file}”实际上是网页（HTML）格式，常见于从财务或资产系统导出的“xls”文件。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再打开。',
    'en-US': '"{file}" is really a web page (HTML), as many "xls" exports from finance or asset systems are. Open it in Excel or WPS, save it as .xlsx, then open that file.',
  },
  'file.xmlSpreadsheet': {
    'zh-CN': '“{file}”是 Excel 2003 XML 表格格式，台账助手只能打开 .xlsx。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再打开。',
    'en-US': '"{file}" is an Excel 2003 XML spreadsheet; Taizhang opens .xlsx workbooks only. Open it in Excel or WPS, save it as .xlsx, then open that file.',
  },
  'file.text': {
    'zh-CN': '“{file}”是文本或 CSV 文件，不是 Excel 工作簿。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再打开。',
    'en-US': '"{file}" is a text or CSV file, not an Excel workbook. Open it in Excel or WPS, save it as .xlsx, then open that file.',
  },
  'file.unknown': {
    'zh-CN': '“{file}”不是可识别的 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再打开。',
    'en-US': '"{file}" is not a recognisable Excel workbook (.xlsx). Open it in Excel or WPS, save it as .xlsx, then open that file.',
  },
  'file.missing': {
    'zh-CN': '找不到文件“{file}”。请检查路径和文件名是否正确。',
    'en-US': 'The file "{file}" does not exist. Check the path and the file name.',
  },
  'file.isDirectory': {
    'zh-CN': '“{file}”是一个文件夹，不是文件。请指定要打开的 .xlsx 文件。',
    'en-US': '"{file}" is a folder, not a file. Give the .xlsx file to open.',
  },
  'file.unreadable': {
    'zh-CN': '无法读取“{file}”（没有读取权限，或文件正被其他程序占用）。请确认权限，关闭正在使用它的程序后重试。',
    'en-US': '"{file}" cannot be read (no permission, or another program holds it). Check the permissions, close programs using it and try again.',
  },
  'file.cannotWrite': {
    'zh-CN': '无法保存到“{file}”（{reason}）。请确认文件夹存在且有写入权限，并关闭正在打开该文件的 Excel 或 WPS 后重试。',
    'en-US': 'Cannot save to "{file}" ({reason}). Make sure the folder exists and is writable, close Excel or WPS if they have the file open, and try again.',
  },
  'file.overwriteInput': {
    'zh-CN': '不会覆盖打开的原文件“{file}”。请另存为新的文件名；如确实要覆盖原文件，请明确选择覆盖。',
    'en-US': 'Taizhang will not overwrite the file it opened, "{file}". Save under a new name, or choose explicitly to overwrite it.',
  },
  'file.dropsOnSave': {
    'zh-CN': '“{file}”中有{features}，台账助手保存时无法保留这些内容。请把结果另存为新文件，不要覆盖原文件。',
    'en-US': '"{file}" contains {features}, which Taizhang cannot keep when it saves. Save the result as a new file rather than over the original.',
  },
} as const satisfies Catalogue<string>;

export type FileMessageKey = keyof typeof fileMessages;

/** Names of workbook features ExcelJS drops when it saves, for the "save as a new file" warning. */
export const featureNames = {
  charts: { 'zh-CN': '图表', 'en-US': 'charts' },
  pivotTables: { 'zh-CN': '数据透视表', 'en-US': 'pivot tables' },
  macros: { 'zh-CN': '宏（VBA）', 'en-US': 'macros (VBA)' },
  slicers: { 'zh-CN': '切片器', 'en-US': 'slicers' },
  timelines: { 'zh-CN': '日程表', 'en-US': 'timelines' },
  externalLinks: { 'zh-CN': '指向其他工作簿的链接', 'en-US': 'links to other workbooks' },
  embeddedObjects: { 'zh-CN': '嵌入的对象', 'en-US': 'embedded objects' },
  threadedComments: { 'zh-CN': '新式批注（对话）', 'en-US': 'threaded comments' },
  formControls: { 'zh-CN': '表单控件', 'en-US': 'form controls' },
} as const satisfies Catalogue<string>;

export type DroppedFeature = keyof typeof featureNames;

const UNNAMED: Localized = { 'zh-CN': '该文件', 'en-US': 'the file' };

export function fileError(key: FileMessageKey, fileName: string | undefined, params: MessageParams = {}): UserError {
  return new UserError(key, localizeEach(fileMessages[key], (locale) => ({ ...params, file: fileName ?? UNNAMED[locale] })));
}

/** The warning to show before saving over a file whose features would be lost; null when nothing is lost. */
export function dropsOnSaveWarning(features: readonly DroppedFeature[], fileName?: string): Localized | null {
  if (features.length === 0) return null;
  return localizeEach(fileMessages['file.dropsOnSave'], (locale) => ({
    file: fileName ?? UNNAMED[locale],
    features: joinList(features.map((f) => featureNames[f][locale]), locale),
  }));
}
