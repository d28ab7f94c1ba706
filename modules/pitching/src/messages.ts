import { defineMessages } from '@otou/sdk';

/** The pitching module's own words, Thai first; platform words (common.*, error.*, …) come from the platform's catalogue. */
export default defineMessages({
  th: {
    'home.whoTitle': 'ใครใช้โมดูลนี้',
    'home.who': 'สป.อว. ร่วมกับสำนักงานนวัตกรรมแห่งชาติ (NIA) คัดเลือกแผนธุรกิจ start-up และวิสาหกิจเพื่อสังคมจากตำบล สู่รอบภูมิภาคและรอบระดับประเทศ',
    'home.enter': 'การส่งแผนธุรกิจจากตำบล',
    'home.rounds': 'การคัดเลือกระดับตำบล ภูมิภาค และประเทศ',
    'home.judging': 'การให้คะแนนของกรรมการตัดสิน',
    'home.indicator': 'ผลที่นับเป็นตัวชี้วัดข้อ ๑๑: ธุรกิจใหม่หรือวิสาหกิจเพื่อสังคม',
  },
  en: {
    'home.whoTitle': 'Who works here',
    'home.who': 'MHESI and the National Innovation Agency (NIA) select start-up and social-enterprise plans from the tambons, through regional rounds to a national final.',
    'home.enter': 'Business plans entered from the tambons',
    'home.rounds': 'Tambon, regional and national rounds',
    'home.judging': "The judges' scoring",
    'home.indicator': 'Results counted towards indicator 11: a new business or social enterprise',
  },
});
