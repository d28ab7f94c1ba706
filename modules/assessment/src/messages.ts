import { defineMessages } from '@otou/sdk';

/** The assessment module's own words, Thai first; platform words (common.*, error.*, …) come from the platform's catalogue. */
export default defineMessages({
  th: {
    'home.whoTitle': 'ใครใช้โมดูลนี้',
    'home.who': 'มหาวิทยาลัยกรอกแบบประเมินภาพรวมของแต่ละตำบลสองครั้ง ก่อนและหลังดำเนินกิจกรรม และรายงานทุกไตรมาส เครือข่ายและส่วนกลางเห็นภาพรวมของตำบลในความดูแล',
    'home.form': 'แบบประเมินภาพรวมตำบล ก่อนและหลังดำเนินกิจกรรม แยกตามกิจกรรม',
    'home.goals': 'ตัวชี้วัด TSI ๑๔ ข้อ และเป้าหมายตำบล ๑๖ ประการ: มีอยู่แล้ว หรือคาดว่าจะเกิดเมื่อจบกิจกรรม',
    'home.tiers': 'ระดับของตำบลตามจำนวนเป้าหมายที่บรรลุ: มุ่งสู่ความยั่งยืน · มุ่งสู่ความพอเพียง · อยู่รอด',
    'home.quarterly': 'รายงานรายไตรมาสของมหาวิทยาลัย (ตัวชี้วัด USI) และของเครือข่าย (ตัวชี้วัด RSI)',
  },
  en: {
    'home.whoTitle': 'Who works here',
    'home.who': 'Each university assesses its tambons twice, before and after the activities, and reports every quarter; networks and the central office see the overview of the tambons in their care.',
    'home.form': 'The tambon overview form, before and after the activities, activity by activity',
    'home.goals': 'The 14 TSI indicators and the 16 tambon goals: already in place, or expected once the activity is done',
    'home.tiers': "Each tambon's tier by the goals it meets: sustainable · sufficiency · survive",
    'home.quarterly': 'Quarterly reports of universities (USI indicators) and of networks (RSI indicators)',
  },
});
