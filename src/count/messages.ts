/** Wording of the phone counting page, both languages (zh-CN first). */
import type { Catalogue } from '../core/i18n/locale';

export const countMessages = {
  title: { 'zh-CN': '台账助手 · 手机盘点', 'en-US': 'Taizhang · phone count' },
  counter: { 'zh-CN': '盘点人', 'en-US': 'Counter' },
  list: { 'zh-CN': '盘点清单（办公室导出的 .csv）', 'en-US': 'Count list (the .csv the office exported)' },
  listLoaded: { 'zh-CN': '清单“{file}”：{count} 件资产。', 'en-US': 'List "{file}": {count} items.' },
  listMissing: { 'zh-CN': '请先打开盘点清单。', 'en-US': 'Open the count list first.' },
  listProblem: { 'zh-CN': '清单“{file}”有问题：{problem}', 'en-US': 'The list "{file}" has a problem: {problem}' },
  roomBy: { 'zh-CN': '按', 'en-US': 'By' },
  byLocation: { 'zh-CN': '存放地点', 'en-US': 'location' },
  byDepartment: { 'zh-CN': '使用部门', 'en-US': 'department' },
  room: { 'zh-CN': '正在盘点', 'en-US': 'Counting' },
  camera: { 'zh-CN': '开始扫码', 'en-US': 'Start scanning' },
  cameraStop: { 'zh-CN': '停止扫码', 'en-US': 'Stop scanning' },
  cameraFailed: {
    'zh-CN': '无法打开摄像头（{reason}）。请允许使用摄像头；用 http 地址打开时浏览器不给摄像头，可改用“拍照识别”或手动输入编号。',
    'en-US': 'The camera cannot be opened ({reason}). Allow the camera; on an http address browsers refuse it, so use "Scan a photo" or type the code.',
  },
  photo: { 'zh-CN': '拍照识别', 'en-US': 'Scan a photo' },
  photoNone: { 'zh-CN': '照片中没有识别到二维码或条码，请靠近标签再拍一次，或手动输入编号。', 'en-US': 'No code was found in the photo; take it closer to the label, or type the code.' },
  code: { 'zh-CN': '编号（标签损坏时手动输入）', 'en-US': 'Code (type it when a label is damaged)' },
  quantity: { 'zh-CN': '数量（成套资产）', 'en-US': 'Quantity (class sets)' },
  note: { 'zh-CN': '备注（不在清单中的物品请写明）', 'en-US': 'Note (describe items not on the list)' },
  record: { 'zh-CN': '记录', 'en-US': 'Record' },
  counted: { 'zh-CN': '已盘：{name}（{code}），{place}', 'en-US': 'Counted: {name} ({code}), {place}' },
  countedSet: { 'zh-CN': '已盘：{name}（{code}），本次 {quantity}，累计 {total}/{listed}', 'en-US': 'Counted: {name} ({code}), {quantity} now, {total}/{listed} in all' },
  wrongPlace: { 'zh-CN': '位置不符：{name}（{code}）清单上在“{listed}”，现在在“{room}”，已记录。', 'en-US': 'Wrong place: {name} ({code}) is listed in "{listed}", found in "{room}"; recorded.' },
  notOnList: { 'zh-CN': '不在清单中：{code}，已按盘盈记录。可在备注中写明物品。', 'en-US': 'Not on the list: {code}, recorded as a surplus. Describe the item in the note.' },
  duplicate: { 'zh-CN': '重复扫描：{name}（{code}）已于 {time} 在“{room}”盘过，本次不计。', 'en-US': 'Already scanned: {name} ({code}) was counted at {time} in "{room}"; not counted again.' },
  empty: { 'zh-CN': '请输入编号。', 'en-US': 'Type a code.' },
  progress: { 'zh-CN': '已盘 {counted} / 应盘 {expected}', 'en-US': 'Counted {counted} / expected {expected}' },
  missing: { 'zh-CN': '尚未找到：', 'en-US': 'Not found yet:' },
  recent: { 'zh-CN': '本机已记录 {count} 条', 'en-US': '{count} scans on this phone' },
  export: { 'zh-CN': '导出扫码文件', 'en-US': 'Export the scan file' },
  exported: { 'zh-CN': '已导出 {file}（{count} 条）。请交给办公室核对。', 'en-US': 'Exported {file} ({count} scans). Give it to the office for reconciliation.' },
  offlineReady: { 'zh-CN': '已可离线使用。', 'en-US': 'Ready to work offline.' },
} as const satisfies Catalogue<string>;

export type CountMessageKey = keyof typeof countMessages;
