import { createTranslator, type Locale } from '../i18n.ts';

/**
 * The assessment module's server-raised words, Thai first: what its checks and workflow refuse and why (each naming
 * the fix), and the words its pages and downloads share with the server (tiers, rounds, bases). The server
 * translates them into the caller's language; the module's screens can show them too.
 */
const th = {
  'assessment.threshold.range': 'เกณฑ์ต้องเป็นจำนวนเต็มตั้งแต่ {min} ถึง {max} เป้าหมาย',
  'assessment.threshold.order': 'เกณฑ์ของระดับ "{higher}" ต้องมากกว่าเกณฑ์ของระดับ "{lower}" กรุณาเรียงเกณฑ์จากมากไปน้อย',
  'assessment.tier.sustainable': 'ตำบลมุ่งสู่ความยั่งยืน',
  'assessment.tier.sufficiency': 'ตำบลมุ่งสู่ความพอเพียง',
  'assessment.tier.survive': 'ตำบลที่อยู่รอด',
  'assessment.tier.unclassified': 'ยังไม่จัดระดับ',
  'assessment.round.baseline': 'เริ่มดำเนินกิจกรรม',
  'assessment.round.quarterly': 'ไตรมาส {quarter}',
  'assessment.round.final': 'หลังดำเนินกิจกรรม',
  // USI / RSI quarterly reports and evidence files (QUARTERLY).
  'assessment.report.unknown': 'รายงานนี้ไม่มีช่องนี้ กรุณาโหลดหน้าใหม่แล้วกรอกอีกครั้ง',
  'assessment.report.tooLong': 'ข้อความยาวเกิน {max} ตัวอักษร กรุณาย่อให้สั้นลง',
  'assessment.report.required': 'กรุณากรอกตัวชี้วัดนี้ก่อนส่งรายงาน',
  'assessment.report.locked': 'รายงานนี้ส่งแล้ว แก้ไขไม่ได้ หากต้องแก้ กรุณาขอให้ผู้ดูแลเปิดให้แก้ไขอีกครั้ง',
  'assessment.report.notSubmitted': 'รายงานนี้ยังไม่ได้ส่ง จึงไม่ต้องเปิดให้แก้ไข',
  'assessment.report.reasonRequired': 'กรุณาระบุเหตุผลที่เปิดให้แก้ไข',
  'assessment.file.empty': 'ไฟล์นี้ว่างเปล่า กรุณาเลือกไฟล์หลักฐานที่มีเนื้อหา',
  'assessment.file.tooLarge': 'ไฟล์ใหญ่เกิน 10 MB กรุณาย่อขนาดหรือแบ่งเป็นหลายไฟล์',
  'assessment.report.reference': 'ข้อมูลอ้างอิงของหน้านี้ไม่ถูกต้อง กรุณาเปิดหน้านี้ใหม่จากเมนู',
  'assessment.file.type': 'รับเฉพาะไฟล์ {types} (ชื่อไฟล์ต้องตรงกับชนิดไฟล์)',
  'assessment.file.name': 'ชื่อไฟล์ต้องมี 1 ถึง {max} ตัวอักษร',
  'assessment.file.tooMany': 'ช่องนี้มีไฟล์หลักฐานครบ {max} ไฟล์แล้ว กรุณาลบไฟล์เดิมก่อนเพิ่ม',
  'assessment.file.column': 'ไม่มีคอลัมน์นี้ในแบบประเมิน กรุณาโหลดหน้าใหม่',
  'assessment.file.indicator': 'แนบหลักฐานได้เฉพาะตัวชี้วัดที่ 2–14',
  'assessment.file.locked': 'แบบประเมินนี้ส่งแล้ว แนบหรือลบไฟล์ไม่ได้ จนกว่าผู้อนุมัติจะเปิดให้แก้ไข',
  'assessment.file.missing': 'กรุณาเลือกไฟล์หลักฐาน',
} as const;

export type AssessmentMessageKey = keyof typeof th;

const en: Record<AssessmentMessageKey, string> = {
  'assessment.threshold.range': 'A threshold is a whole number of goals from {min} to {max}',
  'assessment.threshold.order': 'The threshold of "{higher}" must be higher than that of "{lower}"; order the thresholds from high to low',
  'assessment.tier.sustainable': 'Sustainable',
  'assessment.tier.sufficiency': 'Sufficiency',
  'assessment.tier.survive': 'Survive',
  'assessment.tier.unclassified': 'Not yet classified',
  'assessment.round.baseline': 'Baseline (before activities)',
  'assessment.round.quarterly': 'Quarter {quarter}',
  'assessment.round.final': 'Final (after activities)',
  'assessment.report.unknown': 'This report has no such field; reload the page and fill it in again',
  'assessment.report.tooLong': 'The text is longer than {max} characters; please shorten it',
  'assessment.report.required': 'Answer this indicator before submitting the report',
  'assessment.report.locked': 'This report has been submitted and cannot be changed; ask its overseer to reopen it',
  'assessment.report.notSubmitted': 'This report has not been submitted, so there is nothing to reopen',
  'assessment.report.reasonRequired': 'Say why the report is reopened',
  'assessment.file.empty': 'This file is empty; choose an evidence file with content',
  'assessment.file.tooLarge': 'The file is larger than 10 MB; make it smaller or split it into several files',
  'assessment.report.reference': 'This page refers to something that is not there; open it again from the menu',
  'assessment.file.type': 'Only {types} files are accepted (the file name must match its type)',
  'assessment.file.name': 'A file name has 1 to {max} characters',
  'assessment.file.tooMany': 'This cell already has {max} evidence files; remove one before adding another',
  'assessment.file.column': 'The form has no such column; reload the page',
  'assessment.file.indicator': 'Evidence is attached to indicators 2–14 only',
  'assessment.file.locked': 'This form has been submitted: files can be added or removed once the approver reopens it',
  'assessment.file.missing': 'Choose an evidence file',
};

export const assessmentMessages: Record<Locale, Record<AssessmentMessageKey, string>> = { th, en };

export const translateAssessment = createTranslator(assessmentMessages);

export function isAssessmentMessageKey(k: string): k is AssessmentMessageKey {
  return Object.hasOwn(th, k);
}
