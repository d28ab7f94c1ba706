import { defineMessages } from '@otou/sdk';

/** The training module's own words, Thai first; platform words (common.*, error.*, …) come from the platform's catalogue. */
export default defineMessages({
  th: {
    'home.whoTitle': 'ใครใช้โมดูลนี้',
    'home.who': 'ผู้ถูกจ้างงานทุกคนพัฒนาทักษะ ๔ ด้าน มหาวิทยาลัยจัดการอบรม และหน่วยงานผู้ใช้ได้รับแจ้งวันอบรมล่วงหน้า โดยไม่นับเป็นวันลา',
    'home.skills': 'ทักษะ ๔ ด้าน: ดิจิทัล ภาษาอังกฤษ การเงิน (ร่วมกับตลาดหลักทรัพย์ฯ) และสังคม',
    'home.soft': 'ทักษะการทำงานในเดือนที่ ๖: การทำงานเป็นทีม การสร้างเครือข่าย การแก้ปัญหา',
    'home.trainers': 'การอบรมวิทยากรสำหรับการเก็บข้อมูล และหลักสูตรเฉพาะของหน่วยงานผู้ใช้',
    'home.record': 'การบันทึกวันอบรมในรายงานการปฏิบัติงานของเดือนนั้น',
  },
  en: {
    'home.whoTitle': 'Who works here',
    'home.who': 'Every hired worker trains in four skills; universities run the courses, and host agencies hear of each training day in advance (it does not count as leave).',
    'home.skills': 'Four skills: digital, English, financial (taught with the Stock Exchange of Thailand) and social literacy',
    'home.soft': 'Soft skills in month six: teamwork, networking, problem solving',
    'home.trainers': 'Train-the-trainer for data collection, and courses for host agencies',
    'home.record': "Training days recorded in that month's work report",
  },
});
