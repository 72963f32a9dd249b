/**
 * Every string the 月度计划 panel shows, in zh-CN and en-US. Messages about the plan itself (its
 * warnings, sources, findings, calendar problems) come from core and app, already in both languages.
 */
import type { Catalogue } from '../../core/i18n/locale';

export const planUi = {
  'panel.title': { 'zh-CN': '月度计划', 'en-US': 'Monthly plan' },

  'period.kind': { 'zh-CN': '计划期', 'en-US': 'Plan for' },
  'period.month': { 'zh-CN': '一个月', 'en-US': 'A month' },
  'period.term': { 'zh-CN': '整个学期', 'en-US': 'A whole term' },
  'period.monthLabel': { 'zh-CN': '月份', 'en-US': 'Month' },
  'period.monthInvalid': { 'zh-CN': '请按“年-月”填写，例如 2026-10。', 'en-US': 'Enter year and month, e.g. 2026-10.' },
  'period.termLabel': { 'zh-CN': '学期', 'en-US': 'Term' },

  'generate.button': { 'zh-CN': '生成计划', 'en-US': 'Generate plan' },
  'generate.again': { 'zh-CN': '重新生成', 'en-US': 'Generate again' },
  'generate.hint': {
    'zh-CN': '按任务库、校历、法定节假日与调休、本工作簿中的台账（未完成的报修、未结清的赔偿等）和上月计划中未完成的事项生成，日期都排在工作日。',
    'en-US': 'Made from the task library, the school calendar, public holidays and adjusted working days, this workbook’s registers (open repairs, unsettled compensation…) and what last month’s plan left undone, each dated on a working day.',
  },
  'generate.noWorkbook': {
    'zh-CN': '尚未打开工作簿：将按内置任务库和默认校历生成，不含台账中的事项，也不能写入计划表（可以导出日历和复制文字）。',
    'en-US': 'No workbook is open: the plan comes from the built-in library and the default calendar, without register items, and cannot be written to a sheet (the calendar file and the text still work).',
  },
  'generate.losesEdits': { 'zh-CN': '重新生成会放弃本次的修改和删除。', 'en-US': 'Generating again discards the edits and removals made here.' },
  'generate.running': { 'zh-CN': '正在生成 {period} 的计划……', 'en-US': 'Making the plan for {period}…' },
  'generate.cancel': { 'zh-CN': '取消', 'en-US': 'Cancel' },
  'generate.workbookChanged': {
    'zh-CN': '已打开另一个工作簿，之前的计划不再适用；请重新生成。',
    'en-US': 'Another workbook was opened; the plan made before no longer applies. Generate it again.',
  },
  'generate.cancelled': { 'zh-CN': '已取消生成。', 'en-US': 'Generating was cancelled.' },

  'blocked.title': { 'zh-CN': '校历设置有误，没有生成计划事项', 'en-US': 'The school calendar settings have errors; no items were made' },
  'blocked.fix': { 'zh-CN': '请在“校历设置”中改正日期后重新生成。', 'en-US': 'Correct the dates under School calendar, then generate again.' },
  'warnings.title': { 'zh-CN': '请注意（{count} 条）', 'en-US': 'Please note ({count})' },
  'warnings.more': { 'zh-CN': '显示其余 {count} 条', 'en-US': 'Show {count} more' },
  'settings.needWorkbook': {
    'zh-CN': '打开工作簿后，可以在其中建立可编辑的任务库工作表，并保存本校的学期日期。',
    'en-US': 'Open a workbook to keep an editable task library sheet and your school’s term dates in it.',
  },

  'locate.done': { 'zh-CN': '已定位到 {address}', 'en-US': 'Selected {address}' },
  'locate.workbench': { 'zh-CN': '下载的工作簿打开时会停在这里。', 'en-US': 'The downloaded workbook opens there.' },

  'source.library': { 'zh-CN': '任务库', 'en-US': 'Task library' },
  'source.calendar': { 'zh-CN': '校历', 'en-US': 'School calendar' },
  'source.holiday': { 'zh-CN': '节假日', 'en-US': 'Holiday' },
  'source.workbook': { 'zh-CN': '台账', 'en-US': 'Registers' },
  'source.carryOver': { 'zh-CN': '上月结转', 'en-US': 'Carried over' },

  'items.heading': { 'zh-CN': '计划事项（{count} 项）', 'en-US': 'Plan items ({count})' },
  'items.help': {
    'zh-CN': '逐项核对：可修改工作内容、类别、负责人和日期，或删除不需要的事项。',
    'en-US': 'Check each item: change its text, category, owner or date, or remove it.',
  },
  'items.edited': { 'zh-CN': '已修改 {count} 项', 'en-US': '{count} edited' },
  'items.dropped': { 'zh-CN': '已删除 {count} 项', 'en-US': '{count} removed' },
  'items.restore': { 'zh-CN': '恢复删除的事项', 'en-US': 'Restore removed items' },
  'items.offDays': {
    'zh-CN': '有 {count} 项的计划日期不是工作日，请确认。',
    'en-US': '{count} item(s) are dated on a day that is not a working day; please check.',
  },
  'items.month': { 'zh-CN': '{name}（{key}）· {count} 项', 'en-US': '{name} ({key}) · {count} items' },
  'items.monthEmpty': { 'zh-CN': '本月没有事项。', 'en-US': 'Nothing planned this month.' },
  'items.editedBadge': { 'zh-CN': '已修改', 'en-US': 'Edited' },
  'items.estimated': { 'zh-CN': '假期为估算', 'en-US': 'Holiday estimated' },
  'items.refLabel': { 'zh-CN': '选中来源行 {ref}', 'en-US': 'Select the source row {ref}' },
  'items.refs': { 'zh-CN': '{ref} 等 {count} 行', 'en-US': '{ref} and more ({count} rows)' },
  'items.edit': { 'zh-CN': '修改', 'en-US': 'Edit' },
  'items.editLabel': { 'zh-CN': '修改第 {n} 项：{title}', 'en-US': 'Edit item {n}: {title}' },
  'items.drop': { 'zh-CN': '删除', 'en-US': 'Remove' },
  'items.dropLabel': { 'zh-CN': '删除第 {n} 项：{title}', 'en-US': 'Remove item {n}: {title}' },

  'col.seq': { 'zh-CN': '序号', 'en-US': 'No.' },
  'col.title': { 'zh-CN': '工作内容', 'en-US': 'Task' },
  'col.category': { 'zh-CN': '类别', 'en-US': 'Category' },
  'col.owner': { 'zh-CN': '负责人', 'en-US': 'Owner' },
  'col.due': { 'zh-CN': '计划日期', 'en-US': 'Planned date' },
  'col.source': { 'zh-CN': '来源', 'en-US': 'Source' },

  'status.未开始': { 'zh-CN': '未开始', 'en-US': 'Not started' },
  'status.进行中': { 'zh-CN': '进行中', 'en-US': 'In progress' },
  'status.已完成': { 'zh-CN': '已完成', 'en-US': 'Done' },
  'status.取消': { 'zh-CN': '取消', 'en-US': 'Cancelled' },

  'day.offShort': { 'zh-CN': '非工作日', 'en-US': 'Not a working day' },
  'day.adjustedShort': { 'zh-CN': '调休', 'en-US': 'Make-up day' },
  'day.holiday': {
    'zh-CN': '{date}（{weekday}）在{holiday}假期中，不是工作日。',
    'en-US': '{date} ({weekday}) falls in the {holiday} holiday: not a working day.',
  },
  'day.holidayEstimated': {
    'zh-CN': '{date}（{weekday}）估计在{holiday}假期中（当年放假安排尚未收录），不是工作日。',
    'en-US': '{date} ({weekday}) is expected to fall in the {holiday} holiday (that year’s arrangement is not published yet): not a working day.',
  },
  'day.weekend': { 'zh-CN': '{date}是{weekday}，不是工作日。', 'en-US': '{date} is a {weekday}: not a working day.' },
  'day.adjusted': { 'zh-CN': '{date}是{weekday}，按调休安排上班，是工作日。', 'en-US': '{date} is a {weekday} worked as a make-up day (调休): a working day.' },
  'day.workday': { 'zh-CN': '{date}（{weekday}）是工作日。', 'en-US': '{date} ({weekday}) is a working day.' },

  'edit.groupLabel': { 'zh-CN': '修改第 {n} 项', 'en-US': 'Editing item {n}' },
  'edit.titleEmpty': { 'zh-CN': '工作内容不能为空。', 'en-US': 'The task text cannot be empty.' },
  'edit.ownerEmpty': { 'zh-CN': '请填写负责人。', 'en-US': 'Enter an owner.' },
  'edit.dateEmpty': { 'zh-CN': '请填写日期。', 'en-US': 'Enter a date.' },
  'edit.dateOutside': { 'zh-CN': '日期须在计划期内（{first} 至 {last}）。', 'en-US': 'The date must fall within the plan ({first} to {last}).' },
  'edit.wasDate': { 'zh-CN': '原定 {date}', 'en-US': 'Was {date}' },
  'edit.done': { 'zh-CN': '完成', 'en-US': 'Done' },
  'edit.revert': { 'zh-CN': '还原此项', 'en-US': 'Undo changes' },

  'sources.heading': { 'zh-CN': '计划依据', 'en-US': 'What the plan is made from' },
  'sources.countsLabel': { 'zh-CN': '各来源的事项数', 'en-US': 'Items by source' },
  'sources.count': { 'zh-CN': '{source} {count}', 'en-US': '{source}: {count}' },
  'sources.noWorkbook': { 'zh-CN': '未读取台账：没有打开工作簿。', 'en-US': 'No registers read: no workbook is open.' },
  'sources.noRegisters': {
    'zh-CN': '工作簿中没有找到维修、赔偿、报损、盘点或借还登记表。',
    'en-US': 'No repair, compensation, write-off, count or loan register was found in the workbook.',
  },
  'sources.registers': { 'zh-CN': '读取了 {count} 张台账：{sheets}', 'en-US': '{count} register(s) read: {sheets}' },
  'list.separator': { 'zh-CN': '、', 'en-US': ', ' },
  'rollForward.carried': {
    'zh-CN': '从上月计划“{sheet}”结转未完成事项 {count} 项',
    'en-US': '{count} undone item(s) carried over from last month’s plan "{sheet}"',
  },
  'findings.heading': { 'zh-CN': '需要核对的单元格（{count}）', 'en-US': 'Cells to check ({count})' },
  'findings.goTo': { 'zh-CN': '定位到 {where}：{message}', 'en-US': 'Go to {where}: {message}' },

  'outputs.heading': { 'zh-CN': '输出', 'en-US': 'Outputs' },
  'outputs.school': { 'zh-CN': '学校名称（标题用，可不填）', 'en-US': 'School name (for the title, optional)' },
  'outputs.schoolPlaceholder': { 'zh-CN': '如：青山县第一中学', 'en-US': 'For example 青山县第一中学' },
  'outputs.office': { 'zh-CN': '部门', 'en-US': 'Office' },
  'outputs.write': { 'zh-CN': '写入计划表“{sheet}”', 'en-US': 'Write plan sheet "{sheet}"' },
  'outputs.ics': { 'zh-CN': '导出日历（.ics）', 'en-US': 'Export calendar (.ics)' },
  'outputs.writeHint': {
    'zh-CN': '计划表有“完成情况”下拉列，供逐项勾选；下月生成时未完成的事项自动结转。日历文件可导入 Outlook 和手机日历。',
    'en-US': 'The plan sheet has a 完成情况 drop-down to tick items off; next month’s plan carries over what is not done. The calendar file imports into Outlook and phone calendars.',
  },
  'outputs.needWorkbook': {
    'zh-CN': '要写入计划表，请先打开工作簿。日历文件和文字版照常可用。',
    'en-US': 'Open a workbook to write the plan sheet. The calendar file and the text work without one.',
  },
  'outputs.written': { 'zh-CN': '已写入工作表“{sheet}”。', 'en-US': 'Wrote sheet "{sheet}".' },
  'outputs.replaced': { 'zh-CN': '已重新写入工作表“{sheet}”，替换了上次生成的计划表。', 'en-US': 'Rewrote sheet "{sheet}", replacing the plan sheet written before.' },
  'outputs.kept': { 'zh-CN': '保留了表中 {count} 项已填写的完成情况。', 'en-US': 'Kept the 完成情况 already filled in for {count} item(s).' },
  'outputs.download': { 'zh-CN': '下载工作簿即可带走。', 'en-US': 'Download the workbook to take it with you.' },
  'outputs.stale': {
    'zh-CN': '写入“{sheet}”之后又修改了事项；要更新计划表，请再次写入。',
    'en-US': 'Items were changed after "{sheet}" was written; write again to update the sheet.',
  },
  'outputs.show': { 'zh-CN': '查看计划表', 'en-US': 'Show the sheet' },
  'ics.done': { 'zh-CN': '已导出 {file}（{count} 个日程）', 'en-US': 'Exported {file} ({count} events)' },

  'text.heading': { 'zh-CN': '文字版', 'en-US': 'As text' },
  'text.label': { 'zh-CN': '计划文字（可复制到文档中打印）', 'en-US': 'Plan text (copy into a document to print)' },
  'text.withDates': { 'zh-CN': '附计划日期', 'en-US': 'Add the planned dates' },
  'text.copy': { 'zh-CN': '复制文字', 'en-US': 'Copy text' },
  'text.copied': { 'zh-CN': '已复制计划文字', 'en-US': 'Plan text copied' },
  'text.copyFailed': { 'zh-CN': '无法复制，请在文本框中全选后复制。', 'en-US': 'Could not copy; select all in the text box and copy.' },

  'library.heading': { 'zh-CN': '任务库', 'en-US': 'Task library' },
  'library.loading': { 'zh-CN': '正在读取任务库……', 'en-US': 'Reading the task library…' },
  'library.builtIn': { 'zh-CN': '现用内置任务库（{count} 项）。', 'en-US': 'Using the built-in task library ({count} tasks).' },
  'library.sheet': {
    'zh-CN': '现用工作表“{sheet}”中的任务库：{count} 项，其中停用 {off} 项。',
    'en-US': 'Using the task library on sheet "{sheet}": {count} tasks, {off} switched off.',
  },
  'library.offer': {
    'zh-CN': '在工作簿中建立“计划任务库”工作表后，员工可以在表中增加任务、修改工作内容、计划规则和负责人，或把“启用”改为“否”停用某项；生成计划时按该表。',
    'en-US': 'Create the 计划任务库 sheet in the workbook and staff can add tasks there, change their text, schedule and owner, or set 启用 to 否 to switch one off; plans then follow that sheet.',
  },
  'library.howTo': {
    'zh-CN': '在该表中增加行、修改工作内容、计划规则（如“每周一”“期末”“3月12日”）和负责人，或把“启用”改为“否”；保存后重新生成计划即可。',
    'en-US': 'Add rows on that sheet, change the text, schedule (e.g. 每周一, 期末, 3月12日) and owner, or set 启用 to 否; then generate the plan again.',
  },
  'library.create': { 'zh-CN': '建立任务库工作表', 'en-US': 'Create the task library sheet' },
  'library.created': { 'zh-CN': '已建立工作表“{sheet}”', 'en-US': 'Created sheet "{sheet}"' },
  'library.regenerate': { 'zh-CN': '重新生成计划后，按该表中的任务排期。', 'en-US': 'Generate the plan again to use the tasks on that sheet.' },
  'library.open': { 'zh-CN': '查看任务库', 'en-US': 'Show the library' },
  'library.reset': { 'zh-CN': '恢复为内置任务库……', 'en-US': 'Reset to the built-in library…' },
  'library.resetTitle': { 'zh-CN': '恢复为内置任务库？', 'en-US': 'Reset to the built-in library?' },
  'library.resetBody': {
    'zh-CN': '工作表“{sheet}”将被内置任务库替换，表中增加、修改和停用的任务都会丢失。',
    'en-US': 'Sheet "{sheet}" will be replaced by the built-in library; tasks added, changed or switched off there will be lost.',
  },
  'library.resetConfirm': { 'zh-CN': '替换', 'en-US': 'Replace' },
  'library.resetCancel': { 'zh-CN': '不替换', 'en-US': 'Keep it' },
  'library.resetDone': { 'zh-CN': '工作表“{sheet}”已恢复为内置任务库', 'en-US': 'Sheet "{sheet}" now holds the built-in library' },

  'calendar.heading': { 'zh-CN': '校历设置', 'en-US': 'School calendar' },
  'calendar.help': {
    'zh-CN': '本校的学期日期和考试周，保存在工作簿中；不填的按默认日期。计划中的开学、期中、期末事项按这些日期排。',
    'en-US': 'Your school’s term dates and exam weeks, kept in the workbook; empty fields use the defaults. Term-start, mid-term and end-of-term items are dated from them.',
  },
  'calendar.term': { 'zh-CN': '学期', 'en-US': 'Term' },
  'calendar.start': { 'zh-CN': '开学日期', 'en-US': 'Term starts' },
  'calendar.end': { 'zh-CN': '学期结束', 'en-US': 'Term ends' },
  'calendar.midtermStart': { 'zh-CN': '期中考试周：开始', 'en-US': 'Mid-term exams: from' },
  'calendar.midtermEnd': { 'zh-CN': '期中考试周：结束', 'en-US': 'Mid-term exams: to' },
  'calendar.finalsStart': { 'zh-CN': '期末考试周：开始', 'en-US': 'Final exams: from' },
  'calendar.finalsEnd': { 'zh-CN': '期末考试周：结束', 'en-US': 'Final exams: to' },
  'calendar.default': { 'zh-CN': '默认 {date}', 'en-US': 'Default {date}' },
  'calendar.current': {
    'zh-CN': '现用日期：{start}开学，{end}结束；期中考试 {midFrom}–{midTo}，期末考试 {finFrom}–{finTo}。',
    'en-US': 'Dates in use: term {start} to {end}; mid-term exams {midFrom}–{midTo}, final exams {finFrom}–{finTo}.',
  },
  'calendar.badDate': { 'zh-CN': '请填写完整的日期，或留空用默认日期。', 'en-US': 'Enter a full date, or leave it empty for the default.' },
  'calendar.weekEndWithoutStart': { 'zh-CN': '请先填写考试周的开始日期。', 'en-US': 'Enter the first day of the exam week first.' },
  'calendar.refused': { 'zh-CN': '日期有误，未保存', 'en-US': 'The dates do not fit together; nothing was saved' },
  'calendar.unreadable': {
    'zh-CN': '工作簿中保存的校历设置读不出来：{detail} 保存新的日期会替换它。',
    'en-US': 'The calendar settings kept in the workbook cannot be read: {detail} Saving new dates replaces them.',
  },
  'calendar.saved': { 'zh-CN': '已保存到工作簿。重新生成计划即按新日期排期。', 'en-US': 'Saved in the workbook. Generate the plan again to use the new dates.' },
  'calendar.save': { 'zh-CN': '保存到工作簿', 'en-US': 'Save in the workbook' },
  'calendar.reset': { 'zh-CN': '恢复默认日期', 'en-US': 'Back to the defaults' },

  'engine.badEdit': { 'zh-CN': '修改后的计划事项不完整：{detail}', 'en-US': 'The edited plan items are incomplete: {detail}' },
  'engine.badTerm': { 'zh-CN': '学期“{term}”应写作 2026-spring 或 2026-autumn。', 'en-US': 'The term "{term}" should be written 2026-spring or 2026-autumn.' },
  'engine.badRef': { 'zh-CN': '“{ref}”不是单元格地址。', 'en-US': '"{ref}" is not a cell address.' },
  'engine.badSetting': { 'zh-CN': '校历设置有误：{detail}', 'en-US': 'The calendar settings are not valid: {detail}' },
} as const satisfies Catalogue<string>;

export type PlanUiKey = keyof typeof planUi;
