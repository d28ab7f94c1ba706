import { defineMessages } from '@otou/sdk';

/** The employment module's own words, Thai first; platform words (common.*, error.*, …) come from the platform's catalogue. */
export default defineMessages({
  th: {
    'home.whoTitle': 'ใครใช้โมดูลนี้',
    'home.who': 'มหาวิทยาลัยจ้างคนในพื้นที่ตำบลละ ๒๐ คน ทั้งประชาชน บัณฑิตจบใหม่ และนักศึกษา ผู้ถูกจ้างงานรายงานการปฏิบัติงานทุกเดือน และมหาวิทยาลัยตรวจรับและจ่ายค่าจ้าง',
    // ── the monthly cycle (worker, acceptance, certificate, dashboard, exports) ──
    'next.title': 'ทำอะไรต่อ',
    'next.mine': 'สัญญาและรายงานของฉัน',
    'next.queue': 'รายงานที่รอตรวจรับ',
    'next.tambons': 'ผู้สมัครและสัญญาจ้างรายตำบล',
    'next.positions': 'อัตราและค่าจ้าง',
    'next.agencies': 'หน่วยงานผู้ใช้',
    'dash.title': 'ภาพรวมการจ้างงาน',
    'exports.title': 'ข้อมูลสำหรับกระทรวงแรงงาน',
    // ── end of the monthly cycle ──
  },
  en: {
    'home.whoTitle': 'Who works here',
    'home.who': 'Universities hire 20 local people per tambon (citizens, new graduates and students); workers report their work every month, and the university accepts the report and pays them.',
    // ── the monthly cycle (worker, acceptance, certificate, dashboard, exports) ──
    'next.title': 'What next',
    'next.mine': 'My contract and reports',
    'next.queue': 'Reports awaiting acceptance',
    'next.tambons': 'Applicants and contracts by tambon',
    'next.positions': 'Positions and rates',
    'next.agencies': 'User agencies',
    'dash.title': 'Employment overview',
    'exports.title': 'Data for the Ministry of Labour',
    // ── end of the monthly cycle ──
  },
});
