/**
 * The nine regional higher-education networks (เครือข่ายอุดมศึกษา 9 เครือข่าย). The first digit of a DOPA
 * province code names the region, which is how the national-scale seed places tambons in networks.
 */
export const NETWORKS = [
  { code: 'UC', regionDigit: '1', name_th: 'เครือข่ายอุดมศึกษาภาคกลางตอนบน', name_en: 'Upper Central Higher Education Network' },
  { code: 'EA', regionDigit: '2', name_th: 'เครือข่ายอุดมศึกษาภาคตะวันออก', name_en: 'Eastern Higher Education Network' },
  { code: 'LNE', regionDigit: '3', name_th: 'เครือข่ายอุดมศึกษาภาคตะวันออกเฉียงเหนือตอนล่าง', name_en: 'Lower Northeastern Higher Education Network' },
  { code: 'UNE', regionDigit: '4', name_th: 'เครือข่ายอุดมศึกษาภาคตะวันออกเฉียงเหนือตอนบน', name_en: 'Upper Northeastern Higher Education Network' },
  { code: 'UN', regionDigit: '5', name_th: 'เครือข่ายอุดมศึกษาภาคเหนือตอนบน', name_en: 'Upper Northern Higher Education Network' },
  { code: 'LN', regionDigit: '6', name_th: 'เครือข่ายอุดมศึกษาภาคเหนือตอนล่าง', name_en: 'Lower Northern Higher Education Network' },
  { code: 'LC', regionDigit: '7', name_th: 'เครือข่ายอุดมศึกษาภาคกลางตอนล่าง', name_en: 'Lower Central Higher Education Network' },
  { code: 'US', regionDigit: '8', name_th: 'เครือข่ายอุดมศึกษาภาคใต้ตอนบน', name_en: 'Upper Southern Higher Education Network' },
  { code: 'LS', regionDigit: '9', name_th: 'เครือข่ายอุดมศึกษาภาคใต้ตอนล่าง', name_en: 'Lower Southern Higher Education Network' },
] as const;
