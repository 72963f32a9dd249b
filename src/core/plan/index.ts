/** Monthly work plans (月度工作计划): the public surface of the plan capability. */
export { builtInLibrary, taskSchema, type Task } from './library';
export { LIBRARY_SHEET_KIND, LIBRARY_SHEET_NAME, readLibraryFromGrid, renderLibrarySheet, type LibraryRead } from './library-sheet';
export { formatScheduleText, parseScheduleText, type ScheduleParse } from './schedule-text';
export { scheduleRuleSchema, type ScheduleRule } from './schedule';
export { chineseDaysCalendar, festivalDate } from './chinese-days';
export { createHolidayCalendar, holidayDataSchema, type HolidayCalendar, type HolidayData, type HolidayOccurrence } from './holidays';
export {
  checkSchoolCalendar,
  resolveTerm,
  schoolCalendarConfigSchema,
  termKeyOfMonth,
  termLabel,
  termMonths,
  type SchoolCalendarConfig,
  type Term,
} from './school-calendar';
export { generatePlan, planPeriodSchema, type PlanPeriod, type PlanRequest, type PlanResult } from './generate';
export { planItemSchema, planRowSchema, type PlanItem, type PlanRow, type PlanSource, type PlanWarning } from './plan-item';
export { workbookInputsSchema, type WorkbookInputs } from './workbook-items';
export { carryOverItems } from './roll-forward';
export { PLAN_SHEET_KIND, planSheetName, planTitle, readPlanFromGrid, renderPlanSheet, type PlanRenderOptions, type PlanSheetRead, type PlanView } from './plan-sheet';
export { renderPlanText, type PlanTextOptions } from './plan-text';
export { itemUid, renderPlanIcs, type PlanIcsOptions } from './plan-ics';
export { planJsonSchema, toPlanJson, type PlanJson } from './plan-json';
export { CATEGORIES, STATUSES, type Category, type Status } from './vocabulary';
export { PLAN_MESSAGES } from './messages';
