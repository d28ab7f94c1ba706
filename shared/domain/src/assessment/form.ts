/**
 * The tambon overview assessment (แบบการประเมินภาพรวมตำบล) as data, laid out as the deck lays it out: the header
 * counts activities by type ก–จ; the columns are the activities plus the COVID-surveillance activity and Community
 * Data; the rows are the 14 TSI indicators, of which indicator 1 opens into the 16 tambon goals 1.1–1.16. Labels are
 * the deck's Thai (with its typos mended) and an English rendering. The server, the module and the Excel export all
 * read this one description.
 */

export interface Label {
  th: string;
  en: string;
}

/** The 16 tambon goals (เป้าหมายตำบล ๑๖ ประการ), rows 1.1–1.16 of the form. */
export const GOALS = [
  { code: '1.1', th: 'พัฒนาชุมชนให้มีสมรรถนะในการจัดการสูง', en: 'High community management capacity' },
  { code: '1.2', th: 'ช่วยให้เกิดการจัดการทรัพยากรอย่างเป็นระบบ', en: 'Systematic resource management' },
  { code: '1.3', th: 'ช่วยให้สามารถวิเคราะห์วิสาหกิจชุมชนและสถาบันการเงินชุมชน', en: 'Analysis of community enterprises and community financial institutions' },
  { code: '1.4', th: 'ช่วยในการสร้างสัมมาชีพในพื้นที่', en: 'Local livelihoods' },
  { code: '1.5', th: 'ส่งเสริมเกษตรพอเพียงและอาหารปลอดภัย', en: 'Sufficiency agriculture and safe food' },
  { code: '1.6', th: 'ช่วยให้มีแหล่งน้ำประจำครอบครัว', en: 'Household water sources' },
  { code: '1.7', th: 'ช่วยจัดการวิสาหกิจชุมชน', en: 'Managing community enterprises' },
  { code: '1.8', th: 'ฝึกอบรมทักษะอาชีพ', en: 'Vocational skills training' },
  { code: '1.9', th: 'มีการจัดการโครงสร้างพื้นฐาน กายภาพ สิ่งแวดล้อม พลังงาน', en: 'Infrastructure, environment and energy' },
  { code: '1.10', th: 'ส่งเสริมความปลอดภัยในพื้นที่', en: 'Local safety' },
  { code: '1.11', th: 'พัฒนาคุณภาพกลุ่มเปราะบาง', en: 'Vulnerable groups' },
  { code: '1.12', th: 'พัฒนาระบบสุขภาพคนในพื้นที่', en: 'Local health system' },
  { code: '1.13', th: 'ส่งเสริมศูนย์เรียนรู้ตำบล', en: 'Tambon learning centres' },
  { code: '1.14', th: 'ส่งเสริมระบบยุติธรรมในชุมชน', en: 'Community justice' },
  { code: '1.15', th: 'ส่งเสริมระบบการสื่อสารชุมชน', en: 'Community communication' },
  { code: '1.16', th: 'ส่งเสริมตำบลทำความดี', en: '"Good deeds" tambon' },
] as const satisfies readonly (Label & { code: string })[];

export type GoalCode = (typeof GOALS)[number]['code'];
export const GOAL_CODES: readonly GoalCode[] = GOALS.map((g) => g.code);
export const GOAL_COUNT = GOALS.length;

/**
 * The 14 TSI indicators as rows of the form (ตัวชี้วัดภาพรวมตำบล). Indicator 1 is answered goal by goal (✓ / ✗);
 * the others take text and evidence.
 */
export const TSI_INDICATORS = [
  { code: '1', answer: 'goals', th: 'เป็นโจทย์การพัฒนาเพื่อแก้ไขปัญหาความยากจน ภายใต้ 16 เป้าหมาย เป้าหมายใดบ้าง', en: 'Which of the 16 goals the development problem addresses (poverty)' },
  { code: '2', answer: 'text', th: 'ประชากรเป้าหมาย', en: 'Target population' },
  { code: '3', answer: 'text', th: 'ผู้ที่เป็นผู้ปฏิบัติการหลัก (Key actors) และผู้ขับเคลื่อนปฏิบัติการในพื้นที่', en: 'Key actors and local drivers' },
  { code: '4', answer: 'text', th: 'เทคโนโลยีและเครื่องมือที่ใช้ได้ผลดี', en: 'Technology and tools that work well' },
  { code: '5', answer: 'text', th: 'นวัตกรรมการแก้ปัญหา (เชิงระบบ เชิงกระบวนการ เชิงเทคนิค)', en: 'Problem-solving innovation (systemic, process, technical)' },
  { code: '6', answer: 'text', th: 'การมีส่วนร่วมของประชากรกลุ่มเป้าหมายและ 4 องค์กรหลักในตำบล (อปท. ท้องที่ องค์กรชุมชน หน่วยงานรัฐ และเอกชน)', en: 'Participation of the target population and the 4 key organisations (local government, local administration, community organisations, state agencies and private sector)' },
  { code: '7', answer: 'text', th: 'ผลการมีส่วนร่วมในการแก้ปัญหากลุ่มประชากรเป้าหมาย', en: 'Results of participation in solving the target population’s problems' },
  { code: '8', answer: 'text', th: 'เรื่องเด่น (กิจกรรม บริการ ผลิตภัณฑ์ ผลผลิต)', en: 'Highlights (activities, services, products, outputs)' },
  { code: '9', answer: 'text', th: 'คนเด่น (Champions)', en: 'Champions' },
  { code: '10', answer: 'text', th: 'ข้อมูล (การสำรวจการเฝ้าระวัง COVID-19 และ Community Data)', en: 'Data (COVID-19 surveillance survey and Community Data)' },
  { code: '11', answer: 'text', th: 'การส่งเสริมการสร้างธุรกิจใหม่ (Start-up / Social Enterprise)', en: 'New businesses (start-up / social enterprise)' },
  { code: '12', answer: 'text', th: 'รูปแบบการแก้ปัญหาความยากจนในระดับตำบล จากการสรุปบทเรียนและประสบการณ์ในโครงการ', en: 'Tambon-level poverty solution model, from the project’s lessons and experience' },
  { code: '13', answer: 'text', th: 'รูปแบบการบริหารจัดการทรัพยากรบุคคลและองค์กรภายในตำบลเพื่อแก้ปัญหาความยากจน (Resource Mobilization) จากโครงการนี้', en: 'Managing the tambon’s people and organisations against poverty (resource mobilisation)' },
  { code: '14', answer: 'text', th: 'แหล่งเรียนรู้ และหลักสูตรการเรียนรู้ของชุมชน ที่มาจากเรื่องเด่น คนเด่น จนได้รับการยอมรับเป็นศูนย์เรียนรู้ด้านการแก้ปัญหาความยากจน', en: 'Learning sources and community curricula recognised as a poverty-solution learning centre' },
] as const satisfies readonly (Label & { code: string; answer: 'goals' | 'text' })[];

export type TsiCode = (typeof TSI_INDICATORS)[number]['code'];
/** The indicators answered in text (2–14). */
export type TextIndicatorCode = Exclude<TsiCode, '1'>;
export const TEXT_INDICATOR_CODES: readonly TextIndicatorCode[] = TSI_INDICATORS.filter((i) => i.answer === 'text').map((i) => i.code as TextIndicatorCode);

/** The 14 USI indicators a university reports each quarter. */
export const USI_INDICATORS = [
  { code: '1', th: 'วิเคราะห์โจทย์การพัฒนาเพื่อแก้ปัญหาความยากจน', en: 'Analysis of development problems against poverty' },
  { code: '2', th: 'บริการวิชาการตามความต้องการของ 4 องค์กรหลัก', en: 'Academic services for the 4 key organisations' },
  { code: '3', th: 'ผู้ปฏิบัติการหลัก (Key Actors) และผู้ขับเคลื่อนปฏิบัติการในตำบล', en: 'Key actors and drivers in the tambons' },
  { code: '4', th: 'การถ่ายทอดเทคโนโลยีของกลุ่มนวัตกรรมในกลุ่มตำบล', en: 'Technology transfer by innovation groups across tambons' },
  { code: '5', th: 'สถานะของกลุ่มประชากรเป้าหมายในการแก้ไขปัญหาความยากจน', en: 'Status of the target population in overcoming poverty' },
  { code: '6', th: 'วิเคราะห์จัดกลุ่มตามศักยภาพของตำบลออกเป็น 3 กลุ่ม', en: 'Tambons grouped into 3 groups by potential' },
  { code: '7', th: 'ยกระดับตำบลที่มีศักยภาพเป็นศูนย์เรียนรู้ที่มีความเชี่ยวชาญ', en: 'Capable tambons raised to expert learning centres' },
  { code: '8', th: 'วิเคราะห์จัดกลุ่ม บริการ กิจกรรม ผลิตภัณฑ์ และนวัตกรรม ที่เกี่ยวกับการแก้ปัญหาความยากจน', en: 'Services, activities, products and innovations against poverty, grouped' },
  { code: '9', th: 'จัดทำฐานข้อมูลนักวิชาการเชี่ยวชาญในการแก้ปัญหาความยากจน', en: 'Database of academic experts on poverty' },
  { code: '10', th: 'กรณีตัวอย่างสู่การนำไปใช้ในการปรับปรุงหลักสูตรของมหาวิทยาลัย', en: 'Cases used to improve the university’s curricula' },
  { code: '11', th: 'ตำบลเป็นพื้นที่จัดการศึกษารายวิชาที่นักศึกษาได้ฝึกปฏิบัติการ', en: 'Tambons as places where students practise their courses' },
  { code: '12', th: 'ความรู้ที่สรุปจากประสบการณ์ของพื้นที่', en: 'Knowledge drawn from the areas’ experience' },
  { code: '13', th: 'เกิดหลักสูตรเพิ่มสมรรถนะผู้รับจ้างงาน', en: 'Courses that build the hired workers’ competences' },
  { code: '14', th: 'ข้อมูล (การสำรวจการเฝ้าระวัง COVID-19 และ Community Data)', en: 'Data (COVID-19 surveillance survey and Community Data)' },
] as const satisfies readonly (Label & { code: string })[];
export type UsiCode = (typeof USI_INDICATORS)[number]['code'];

/** The 4 RSI indicators a network reports each quarter. */
export const RSI_INDICATORS = [
  { code: '1', th: 'ประมวลตัวชี้วัดระดับตำบลและระดับมหาวิทยาลัยให้อยู่ในสถานะที่แสดงความครอบคลุมประชากรเป้าหมาย และสอดคล้องกับ 16 เป้าหมาย', en: 'Tambon and university indicators consolidated to show target-population coverage against the 16 goals' },
  { code: '2', th: 'วิเคราะห์และสังเคราะห์ความรู้จากปฏิบัติการในพื้นที่กับความสอดคล้องของกลุ่มสาขาวิชาเพื่อจัดทำเป็นข้อเสนอในการปฏิรูปการศึกษาในระดับอุดมศึกษา', en: 'Knowledge from field work synthesised against fields of study into proposals for higher-education reform' },
  { code: '3', th: 'สังเคราะห์นวัตกรรมของพื้นที่เพื่อยกระดับเศรษฐกิจและสังคมของประเทศ', en: 'Local innovations synthesised to raise the country’s economy and society' },
  { code: '4', th: 'สังเคราะห์ข้อมูล การสำรวจการเฝ้าระวังและป้องกันโรคติดเชื้อไวรัสโคโรนา 2019 ข้อมูลการยกระดับเศรษฐกิจและสังคม เพื่อจัดทำข้อเสนอเชิงนโยบาย', en: 'COVID-19 surveillance and socio-economic data synthesised into policy proposals' },
] as const satisfies readonly (Label & { code: string })[];
export type RsiCode = (typeof RSI_INDICATORS)[number]['code'];

/** Activity (sub-project) types of the form's header, ก–จ; จ. "other" carries its own name. */
export const ACTIVITY_TYPES = [
  { code: 'a', letter: 'ก', th: 'การพัฒนาสัมมาชีพและสร้างอาชีพใหม่ เช่น การยกระดับ OTOP และอาชีพอื่น ๆ', en: 'Livelihoods and new occupations (e.g. raising OTOP)' },
  { code: 'b', letter: 'ข', th: 'การสร้างและพัฒนา Creative Economy (การยกระดับการท่องเที่ยว)', en: 'Creative Economy (tourism)' },
  { code: 'c', letter: 'ค', th: 'การนำองค์ความรู้ไปช่วยบริการชุมชน (Healthcare / เทคโนโลยีด้านต่าง ๆ)', en: 'Knowledge services for the community (healthcare / technology)' },
  { code: 'd', letter: 'ง', th: 'การส่งเสริมด้านสิ่งแวดล้อม / Circular Economy (การเพิ่มรายได้หมุนเวียนให้แก่ชุมชน)', en: 'Environment / Circular Economy (recurring community income)' },
  { code: 'e', letter: 'จ', th: 'อื่น ๆ (โปรดระบุ)', en: 'Other (specify)' },
] as const satisfies readonly (Label & { code: string; letter: string })[];
export type ActivityType = (typeof ACTIVITY_TYPES)[number]['code'];
export const ACTIVITY_TYPE_CODES: readonly ActivityType[] = ACTIVITY_TYPES.map((t) => t.code);

/** The two columns every form has after its activities. */
export const FIXED_COLUMNS = [
  { key: 'covid', th: 'กิจกรรมเฝ้าระวัง COVID', en: 'COVID surveillance' },
  { key: 'data', th: 'Community Data', en: 'Community Data' },
] as const satisfies readonly (Label & { key: string })[];
export type FixedColumn = (typeof FIXED_COLUMNS)[number]['key'];

/** A goal cell: ✓ already in place (มีอยู่แล้ว) or ✗ expected once this activity is done (คาดว่าจะเกิด). Empty is absent. */
export type Mark = 'have' | 'expected';
export const MARKS: readonly Mark[] = ['have', 'expected'];
export const MARK_SYMBOL: Record<Mark, string> = { have: '✓', expected: '✗' };

/**
 * An activity (sub-project) column. `key` is stable across rounds ('act1', 'act2', … in the order they were added),
 * so a cell is the same cell in the next round even when an activity before it is removed.
 */
export interface Activity {
  key: string;
  type: ActivityType;
  name: string;
  /** The type's name when the type is จ. "other". */
  otherType?: string;
}

/** A column of the form: an activity's key, or one of the fixed columns. */
export type ColumnKey = string;

/**
 * What a tambon's form holds. Every map is sparse: an absent cell is empty (not every activity needs every indicator).
 * - `goals[column][goal]`: the ✓/✗ of indicator 1;
 * - `texts[column][indicator]`: the answer to indicators 2–14;
 * - `links[column][indicator]`: evidence as web addresses (files are stored beside the form in PocketBase).
 */
export interface TambonForm {
  activities: Activity[];
  goals: Record<ColumnKey, Partial<Record<GoalCode, Mark>>>;
  texts: Record<ColumnKey, Partial<Record<TextIndicatorCode, string>>>;
  links: Record<ColumnKey, Partial<Record<TextIndicatorCode, string[]>>>;
}

export const EMPTY_FORM: TambonForm = { activities: [], goals: {}, texts: {}, links: {} };

/** The form's columns in order: its activities, then the COVID-surveillance activity and Community Data. */
export function formColumns(form: Pick<TambonForm, 'activities'>): ColumnKey[] {
  return [...form.activities.map((a) => a.key), ...FIXED_COLUMNS.map((c) => c.key)];
}

/** The header's count of activities by type ก–จ (computed, never typed). */
export function activityCounts(form: Pick<TambonForm, 'activities'>): Record<ActivityType, number> {
  const counts = Object.fromEntries(ACTIVITY_TYPE_CODES.map((c) => [c, 0])) as Record<ActivityType, number>;
  for (const a of form.activities) counts[a.type] += 1;
  return counts;
}

/** Bounds of a form, so that a form stays a form (and a page) and not a dump. */
export const FORM_LIMITS = { activities: 20, activityName: 200, text: 2000, links: 10, link: 500 } as const;
