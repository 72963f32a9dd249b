/**
 * The task library: what a general-affairs office does in a school year, written from the seeds'
 * plans (学校后勤服务工作计划, 后勤保障中心工作计划) in their words. Schedules are written as staff
 * write them on the library sheet and parsed with the same parser, so the built-in library and a
 * school's edited sheet mean the same thing. Tasks that only fit some schools (boarding, 六一 at
 * primary schools) ship switched off.
 */
import { z } from 'zod';
import { scheduleRuleSchema } from './schedule';
import { parseScheduleText } from './schedule-text';
import { categorySchema, type Category } from './vocabulary';

export const taskSchema = z.object({
  id: z.string().min(1),
  /** The task as plans write it (zh-CN). */
  text: z.string().min(1),
  /** English text for the en-US interface; a task added on the sheet has none and shows its Chinese. */
  textEn: z.string().min(1),
  category: categorySchema,
  rule: scheduleRuleSchema,
  /** Default owner role (总务主任, 会计, 出纳, 资产管理员 …); free text. */
  owner: z.string().min(1),
  enabled: z.boolean(),
  /** The library-sheet row the task was read from ("计划任务库!B7"), when it came from a sheet. */
  ref: z.string().optional(),
});
export type Task = z.infer<typeof taskSchema>;

type Row = readonly [id: string, text: string, textEn: string, category: Category, schedule: string, owner: string, enabled?: boolean];

const ROWS: readonly Row[] = [
  // 财务
  ['fin-01', '制定本学期后勤工作计划和财务收支预算报告', "Draw up this term's logistics work plan and income-and-expenditure budget", '财务', '开学', '总务主任'],
  ['fin-02', '开学收费公示，公开各项收费标准，接受社会监督', 'Publish the fee schedule at registration for public scrutiny', '财务', '开学前3天', '会计'],
  ['fin-03', '收费工作迎检', 'Prepare fee collection records for inspection', '财务', '开学后14天', '会计'],
  ['fin-04', '代办费结算，多退少补', 'Settle fees collected on behalf of students: refund or collect the difference', '财务', '期末', '会计'],
  ['fin-05', '各种经费的收缴结账', 'Collect outstanding funds and close the term accounts', '财务', '放假前3天', '会计'],
  ['fin-06', '财务月末结账，做到日清月结，各类报表按时上报', 'Month-end closing; submit financial reports on time', '财务', '每月最后一个工作日', '会计'],
  ['fin-07', '赔偿款每月兑现，开具收据', 'Settle the month’s damage compensation and issue receipts', '财务', '每月最后一个工作日', '出纳'],
  ['fin-08', '水电费、电话费、网络通讯费核对缴纳', 'Check and pay water, electricity, phone and network bills', '财务', '每月10日', '出纳'],
  ['fin-09', '定期向教师公开学校财务运行情况', 'Report the school’s finances to the teaching staff', '财务', '6月、12月每月20日', '总务主任'],
  ['fin-10', '配合财务室做好审计工作', 'Support the audit of the school accounts', '财务', '10月', '会计'],
  ['fin-11', '年度财务决算，编制下年度经费预算', 'Close the year’s accounts and draft next year’s budget', '财务', '12月每月15日', '会计'],
  ['fin-12', '出租门店费用收缴', 'Collect rent for leased shop fronts', '财务', '3月、9月', '出纳', false],
  ['fin-13', '学生营养餐、伙食费收支核算', 'Reconcile student meal fees and canteen spending', '财务', '每月25日', '会计', false],

  // 资产
  ['ast-01', '财产清点到班，签订班级财产责任状', 'Hand over class property and sign class custody agreements', '资产', '开学', '资产管理员'],
  ['ast-02', '固定资产账册整理', 'Tidy and update the fixed-asset ledgers', '资产', '开学后21天', '资产管理员'],
  ['ast-03', '期中校产校具检查，一月一查一记载', 'Mid-term inspection of school property, logged', '资产', '期中', '资产管理员'],
  ['ast-04', '期末财产清理、核对班级校产', 'End-of-term property clearance; check class property against the registers', '资产', '期末', '资产管理员'],
  ['ast-05', '做好台帐和实物帐相符的工作', 'Make the registers agree with what is physically there', '资产', '1月、6月', '资产管理员'],
  ['ast-06', '年终固定资产清查盘点，做到账账相符、账实相符', 'Year-end asset count: ledgers agree with each other and with the assets', '资产', '12月', '资产管理员'],
  ['ast-07', '新购物品验收、入库、登记入账', 'Accept, store and register new purchases', '资产', '每月15日', '资产管理员'],
  ['ast-08', '班级、寝室、处室财产月查，登记损坏情况', 'Monthly check of class, dorm and office property; record damage', '资产', '学期内每月20日', '资产管理员'],
  ['ast-09', '学年结束清收学校所发物品，争取循环使用', 'Collect issued items at the end of the school year for reuse', '资产', '春季学期放假前3天', '资产管理员'],
  ['ast-10', '报损、报废资产写出书面报告，报批后登记注销', 'Report damaged or scrapped assets for approval and write them off', '资产', '6月、12月每月25日', '资产管理员'],
  ['ast-11', '专用教室、实验室财产检查', 'Inspect property of special classrooms and laboratories', '资产', '期中后7天', '资产管理员'],
  ['ast-12', '开学前教学用品、卫生用品的添置和采购', 'Purchase teaching and cleaning supplies before term starts', '资产', '开学前14天', '总务处'],
  ['ast-13', '发放书本、办公用品和卫生用具', 'Issue textbooks, office supplies and cleaning tools', '资产', '开学前3天', '总务处'],
  ['ast-14', '图书室、档案室财产核对', 'Check library and archive property against the registers', '资产', '11月', '校产保管员', false],

  // 校舍维修
  ['bld-01', '开学工作准备，检查维修', 'Prepare for the new term: inspect and repair', '校舍维修', '开学前', '总务主任'],
  ['bld-02', '检查各班级桌椅、门窗、投影仪是否到位', 'Check desks, chairs, doors, windows and projectors in every classroom', '校舍维修', '开学前3天', '总务处'],
  ['bld-03', '拟订暑假维修计划', 'Draw up the summer repair plan', '校舍维修', '春季学期放假前14天', '总务主任'],
  ['bld-04', '拟订寒假维修计划', 'Draw up the winter-break repair plan', '校舍维修', '秋季学期放假前14天', '总务主任'],
  ['bld-05', '暑期建设维修', 'Summer construction and repairs', '校舍维修', '8月', '总务主任'],
  ['bld-06', '设备设施维护', 'Maintain equipment and facilities', '校舍维修', '7月', '电工'],
  ['bld-07', '校舍安全检查：屋面、墙壁、电线、水管', 'Building safety inspection: roofs, walls, wiring, water pipes', '校舍维修', '开学后7天', '总务处'],
  ['bld-08', '雨季前校舍屋面平台防漏检查', 'Check roofs and terraces for leaks before the rainy season', '校舍维修', '4月', '总务处'],
  ['bld-09', '各室台凳清理、修理', 'Clear out and repair desks and stools', '校舍维修', '2月、8月', '总务处'],
  ['bld-10', '门窗、玻璃、黑板检查维修', 'Inspect and repair doors, windows, glass and blackboards', '校舍维修', '期中', '总务处'],
  ['bld-11', '各宿舍和教室水电设施的检修，确保安全', 'Overhaul water and electrical fittings in classrooms and dormitories', '校舍维修', '期末', '电工'],
  ['bld-12', '做好全校电源的负荷平均分配', 'Balance the electrical load across the school', '校舍维修', '10月', '电工'],
  ['bld-13', '汇总本月报修单，维修完毕由报修人验收签字', 'Review the month’s repair requests; reporters sign off finished repairs', '校舍维修', '每月最后一个工作日', '总务处'],
  ['bld-14', '教学仪器和设备的检查维修', 'Inspect and repair teaching instruments and equipment', '校舍维修', '4月', '电工'],
  ['bld-15', '供暖前暖气管道全面排查、更换', 'Inspect and replace heating pipes before the heating season', '校舍维修', '10月每月15日', '电工', false],

  // 安全
  ['saf-01', '水电煤气线路安全检查', 'Safety check of water, electricity and gas lines', '安全', '每周一', '电工'],
  ['saf-02', '消防设施及电器检查，检查灭火器压力', 'Check fire equipment and electrical appliances; check extinguisher pressure', '安全', '每月', '总务处'],
  ['saf-03', '门卫设施、设备安全检查', 'Safety check of the gatehouse and its equipment', '安全', '每周五', '门卫/保卫'],
  ['saf-04', '保安人员培训或演练', 'Security staff training or drill', '安全', '每月20日', '门卫/保卫'],
  ['saf-05', '防灾减灾日地震逃生演练', 'Earthquake evacuation drill on Disaster Prevention Day', '安全', '5月12日', '总务处'],
  ['saf-06', '“9·18”防空安全日防空疏散演练', 'Air-raid evacuation drill on 18 September', '安全', '9月18日', '总务处'],
  ['saf-07', '“11·9”消防日消防安全宣传和逃生演练', 'Fire safety publicity and evacuation drill on Fire Day (9 November)', '安全', '11月9日', '总务处'],
  ['saf-08', '节前安全大检查', 'Safety inspection before the public holiday', '安全', '节前', '总务主任'],
  ['saf-09', '“五一”长假值班保卫的安排', 'Duty and security roster for the May Day holiday', '安全', '五一期间', '门卫/保卫'],
  ['saf-10', '国庆安全保卫工作', 'Security over the National Day holiday', '安全', '国庆节期间', '门卫/保卫'],
  ['saf-11', '春节值班保卫', 'Duty and security over the Spring Festival', '安全', '春节期间', '门卫/保卫'],
  ['saf-12', '假期值班保卫安排，安排每天一人到校值班', 'Holiday duty roster: one person on duty at school every day', '安全', '放假前3天', '总务主任'],
  ['saf-13', '放假前安全检查，关闭水电、门窗', 'Pre-holiday safety check: shut off water and power, lock doors and windows', '安全', '放假', '总务处'],
  ['saf-14', '寒暑假安全教育', 'Holiday safety education', '安全', '期末', '总务处'],
  ['saf-15', '教职工安全知识教育', 'Safety training for staff', '安全', '4月', '总务处'],
  ['saf-16', '学生安全知识教育', 'Safety education for students', '安全', '5月', '总务处'],
  ['saf-17', '开学安全第一课', 'First-day safety lesson', '安全', '开学', '总务处'],
  ['saf-18', '综合治理安全卫生工作半年自查', 'Half-year self-inspection of safety and hygiene', '安全', '6月', '总务主任'],
  ['saf-19', '学生宿舍用电安全检查', 'Electrical safety check of student dormitories', '安全', '12月', '电工'],
  ['saf-20', '体育器材、活动场地安全检查', 'Safety check of sports equipment and play areas', '安全', '学期内每月15日', '总务处'],
  ['saf-21', '防雷设施检测', 'Test lightning protection', '安全', '4月', '电工'],
  ['saf-22', '汛期防汛检查，疏通排水沟，检查屋面漏水', 'Flood-season check: clear drains, check roofs for leaks', '安全', '汛期', '总务处'],
  ['saf-23', '夏季防暑降温工作', 'Summer heat protection', '安全', '夏季', '总务处'],
  ['saf-24', '冬季防冻、防滑、防火安全检查', 'Winter check against frost, slips and fire', '安全', '冬季', '总务处'],
  ['saf-25', '供暖期锅炉房、暖气管道安全巡查', 'Heating-season safety rounds of the boiler room and heating pipes', '安全', '供暖期', '电工', false],
  ['saf-26', '学生宿舍安全卫生检查', 'Safety and hygiene check of student dormitories', '安全', '学期内每月', '总务处', false],

  // 食堂
  ['cnt-01', '食堂从业人员例会，学习食品卫生知识', 'Canteen staff meeting on food hygiene', '食堂', '学期内每月5日', '食堂管理员'],
  ['cnt-02', '学校食堂卫生及安全大检查', 'Full hygiene and safety inspection of the canteen', '食堂', '开学', '食堂管理员'],
  ['cnt-03', '食堂从业人员健康证、培训合格证核查', 'Check canteen staff health and training certificates', '食堂', '开学前', '食堂管理员'],
  ['cnt-04', '食品安全隐患排查', 'Food safety hazard check', '食堂', '学期内每月20日', '食堂管理员'],
  ['cnt-05', '食品采购验收台账检查（财务、厨师、采购员三方验收）', 'Check food purchase acceptance records (finance, cook and buyer)', '食堂', '学期内每月15日', '食堂管理员'],
  ['cnt-06', '食堂燃气管道及灶具安全检查', 'Safety check of canteen gas pipes and stoves', '食堂', '学期内每月10日', '食堂管理员'],
  ['cnt-07', '除“四害”，做好鼠、蟑、蝇密度监测', 'Pest control: monitor rats, cockroaches and flies', '食堂', '4-9月', '食堂管理员'],
  ['cnt-08', '学生饮水机更换滤芯', 'Replace filters in student water dispensers', '食堂', '开学前3天', '总务处'],
  ['cnt-09', '饮用水水质检测，检测报告上墙公示', 'Test drinking water quality and post the report', '食堂', '开学后14天', '总务处'],
  ['cnt-10', '教师饮水机清洗消毒', 'Clean and disinfect staff water dispensers', '食堂', '开学前3天', '总务处'],
  ['cnt-11', '膳食委员会会议，征求师生对食堂的意见', 'Catering committee meeting: hear staff and students on the canteen', '食堂', '期中后7天', '食堂管理员'],
  ['cnt-12', '夏季食品安全专项检查，严防食物中毒', 'Summer food safety inspection against food poisoning', '食堂', '学期内夏季', '食堂管理员'],
  ['cnt-13', '食堂账目月结，成本核算', 'Canteen month-end accounts and cost accounting', '食堂', '学期内每月最后一个工作日', '食堂管理员'],

  // 绿化卫生
  ['grn-01', '校园绿化带护理和补种', 'Tend and replant the campus green belts', '绿化卫生', '3月12日', '总务处'],
  ['grn-02', '对绿化带进行一次修剪', 'Trim the green belts', '绿化卫生', '5月、9月', '总务处'],
  ['grn-03', '花木治虫、施肥、除草', 'Pest control, fertilising and weeding of plants', '绿化卫生', '病虫害高发期每月10日', '总务处'],
  ['grn-04', '做好夏日花木的浇水工作', 'Water trees and flowers through the summer', '绿化卫生', '夏季', '总务处'],
  ['grn-05', '加强秋季卫生管理，重点整治绿化带环境卫生', 'Autumn clean-up, especially of the green belts', '绿化卫生', '10月', '总务处'],
  ['grn-06', '班级卫生、包干区抽查', 'Spot-check classroom and assigned-area cleanliness', '绿化卫生', '学期内每周四', '总务处'],
  ['grn-07', '开学前校园环境清扫，迎接学生报到', 'Clean the campus before students arrive', '绿化卫生', '开学前3天', '总务处'],
  ['grn-08', '爱国卫生月校园环境大扫除', 'Campus clean-up for Patriotic Health Month', '绿化卫生', '4月', '总务处'],
  ['grn-09', '为迎接国庆，做好校园环境卫生及校门前三包绿化工作', 'Clean the campus and the frontage before National Day', '绿化卫生', '国庆节前3个工作日', '总务处'],
  ['grn-10', '校园内杂物清理，相关物品的回收登记保存', 'Clear clutter; register and store reclaimed items', '绿化卫生', '放假前3天', '总务处'],

  // 综合
  ['gen-01', '召开总务后勤人员会议，布置本学期工作', 'Logistics staff meeting to assign the term’s work', '综合', '开学前', '总务主任'],
  ['gen-02', '本学期后勤工作总结', 'Write the term’s logistics work summary', '综合', '放假前3天', '总务主任'],
  ['gen-03', '半年工作总结', 'Half-year work summary', '综合', '6月每月25日', '总务主任'],
  ['gen-04', '整理一学期来总务处工作资料，台帐资料归档', 'File the term’s records of the general affairs office', '综合', '放假', '总务处'],
  ['gen-05', '配合教务处做好期中考试考场布置', 'Set up exam rooms for the mid-term exams', '综合', '期中前1天', '总务处'],
  ['gen-06', '布置与安排期末考试考场', 'Set up exam rooms for the final exams', '综合', '期末考试前1天', '总务处'],
  ['gen-07', '做好教师节庆祝活动后勤保障', 'Logistics for the Teachers’ Day celebration', '综合', '9月10日', '总务处'],
  ['gen-08', '庆“六一”，做好后勤保障工作', 'Logistics for Children’s Day (1 June)', '综合', '6月1日', '总务处', false],
  ['gen-09', '迎接元旦的相关布置', 'Decorations and arrangements for New Year’s Day', '综合', '元旦前3个工作日', '总务处'],
  ['gen-10', '签订后勤临聘人员合同', 'Sign contracts with temporary logistics staff', '综合', '秋季学期开学前', '总务主任'],
  ['gen-11', '后勤人员岗位职责考核', 'Review logistics staff against their job duties', '综合', '期末', '总务主任'],
  ['gen-12', '寄宿生生活补助材料申报', 'Submit boarding students’ living-allowance applications', '综合', '10月', '总务处', false],
  ['gen-13', '协助各处室做好迎检工作', 'Help the other offices prepare for inspections', '综合', '期中前7天', '总务处'],
];

/** The built-in library. A schedule the parser cannot read is a bug here, so it throws. */
export function builtInLibrary(): Task[] {
  return ROWS.map(([id, text, textEn, category, schedule, owner, enabled]) => {
    const parsed = parseScheduleText(schedule);
    if (!parsed.ok) throw new Error(`built-in task ${id}: bad schedule "${schedule}"`);
    return taskSchema.parse({ id, text, textEn, category, rule: parsed.rule, owner, enabled: enabled ?? true });
  });
}
