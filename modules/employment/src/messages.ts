import { defineMessages } from '@otou/sdk';

/** The employment module's own words, Thai first; platform words (common.*, error.*, …) come from the platform's catalogue. */
export default defineMessages({
  th: {
    'home.whoTitle': 'ใครใช้โมดูลนี้',
    'home.who': 'มหาวิทยาลัยจ้างคนในพื้นที่ตำบลละ ๒๐ คน ทั้งประชาชน บัณฑิตจบใหม่ และนักศึกษา ผู้ถูกจ้างงานรายงานการปฏิบัติงานทุกเดือน และมหาวิทยาลัยตรวจรับและจ่ายค่าจ้าง',
    'home.recruit': 'การสรรหาและคัดเลือก พร้อมบัญชีสำรองเรียงตามลำดับ และการตรวจภูมิลำเนาตามที่อยู่ในบัตรประชาชน',
    'home.contract': 'สัญญาจ้าง การลาออกโดยแจ้งล่วงหน้าอย่างน้อย ๑ เดือน และการจ้างแทนจากบัญชีสำรอง',
    'home.monthly': 'รายงานการปฏิบัติงานรายเดือน การตรวจรับ และการจ่ายค่าจ้าง',
    'home.labour': 'ข้อมูลการจ้างงานสำหรับกระทรวงแรงงาน และหนังสือรับรองการทำงานเมื่อทำงานครบ ๖ เดือน',
  },
  en: {
    'home.whoTitle': 'Who works here',
    'home.who': 'Universities hire 20 local people per tambon (citizens, new graduates and students); workers report their work every month, and the university accepts the report and pays them.',
    'home.recruit': 'Recruiting and selection with a ranked reserve list, domicile checked against the ID card address',
    'home.contract': "Contracts, resignation with at least a month's notice, and replacements from the reserve list",
    'home.monthly': 'Monthly work reports, their acceptance, and pay',
    'home.labour': 'Hiring data for the Ministry of Labour, and a certificate of service after six months of work',
  },
});
