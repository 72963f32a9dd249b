/** Wording of labels and their problems, both languages. */
import type { Catalogue } from '../i18n/locale';

export const labelMessages = {
  'line.date': { 'zh-CN': '取得 {date}', 'en-US': 'Acquired {date}' },
  'layout.unknown': {
    'zh-CN': '没有名为“{value}”的标签版式。可选：{choices}，或 custom:cols=3,rows=8,label=63.5x33.9,pitch=66x33.9,margin=7.2x12.9（毫米）。',
    'en-US': 'There is no label layout "{value}". Choose one of {choices}, or custom:cols=3,rows=8,label=63.5x33.9,pitch=66x33.9,margin=7.2x12.9 (mm).',
  },
  'layout.badCustom': {
    'zh-CN': '自定义版式“{value}”写法不对。示例：custom:cols=3,rows=8,label=63.5x33.9,pitch=66x33.9,margin=7.2x12.9,page=210x297（单位毫米，cols/rows/label 必填）。',
    'en-US': 'The custom layout "{value}" cannot be read. Example: custom:cols=3,rows=8,label=63.5x33.9,pitch=66x33.9,margin=7.2x12.9,page=210x297 (mm; cols, rows and label are required).',
  },
  'layout.doesNotFit': {
    'zh-CN': '自定义版式“{value}”的标签超出纸张。请减小边距、间距或行列数，或加大 page=宽x高。',
    'en-US': 'The labels of the custom layout "{value}" run off the page. Reduce the margins, pitch or rows and columns, or enlarge page=WxH.',
  },
  'layout.overlap': {
    'zh-CN': '自定义版式“{value}”的间距小于标签尺寸，标签会重叠。pitch 应不小于 label。',
    'en-US': 'In the custom layout "{value}" the pitch is smaller than the label, so labels would overlap. Make pitch at least the label size.',
  },
  'design.qrTooDense': {
    'zh-CN': '编号“{code}”（台账第 {row} 行）在 {layout} 标签上的二维码模块只有 {module} 毫米，小于 0.375 毫米（203 dpi 打印机 3 个点），打印后无法可靠扫描。请换更大的版式（如 a4-2x5、thermal-60x40）或缩短编号。',
    'en-US': 'On a {layout} label the QR modules of code "{code}" (ledger row {row}) would be {module} mm, under 0.375 mm (3 dots of a 203-dpi printer), too small to scan reliably. Choose a larger layout (e.g. a4-2x5, thermal-60x40) or shorten the code.',
  },
  'design.barcodeTooLong': {
    'zh-CN': '编号“{code}”（台账第 {row} 行）的 Code 128 条码在 {layout} 标签上放不下（窄条只有 {module} 毫米，至少 0.25 毫米）。请换更宽的版式，或不加 Code 128 条码（只印二维码）。',
    'en-US': 'The Code 128 barcode of code "{code}" (ledger row {row}) does not fit a {layout} label (narrow bars would be {module} mm, at least 0.25 mm). Choose a wider layout, or leave Code 128 out (QR only).',
  },
  'numbering.badPattern': {
    'zh-CN': '编号规则“{pattern}”无法使用：须含且只含一个 {序号} 或 {序号:位数}（如 {分类}-{年}-{序号:4}），其余可用 {分类}、{部门}、{年}、{月} 和固定文字。',
    'en-US': 'The numbering rule "{pattern}" cannot be used: it needs exactly one {序号} or {序号:digits} (e.g. {分类}-{年}-{序号:4}); it may also use {分类}, {部门}, {年}, {月} and fixed text.',
  },
  'numbering.missingPart': {
    'zh-CN': '编号规则“{pattern}”要用 {part}，但这件资产没有填写。请先填写它的{part}，或修改编号规则。',
    'en-US': 'The numbering rule "{pattern}" uses {part}, which this item lacks. Fill in its {part} first, or change the rule.',
  },
} as const satisfies Catalogue<string>;

export type LabelMessageKey = keyof typeof labelMessages;
