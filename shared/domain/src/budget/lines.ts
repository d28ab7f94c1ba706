/**
 * The budget lines of a tambon, as the ministry's monthly progress report (รายงานความก้าวหน้า) lists them.
 * Only the leaves carry money; groups and the tambon total are always sums of their children.
 */
export const LEAF_LINES = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1'] as const;
export type LeafLine = (typeof LEAF_LINES)[number];
export type GroupLine = '1' | '2' | '3';

export interface LineLabel {
  th: string;
  en: string;
}

export const LINE_GROUPS: { code: GroupLine; label: LineLabel; leaves: { code: LeafLine; label: LineLabel }[] }[] = [
  {
    code: '1',
    label: { th: 'การจ้างงาน', en: 'Employment' },
    leaves: [
      { code: '1.1', label: { th: 'ประชาชน', en: 'Citizens' } },
      { code: '1.2', label: { th: 'บัณฑิต', en: 'New graduates' } },
      { code: '1.3', label: { th: 'นักศึกษา', en: 'Students' } },
    ],
  },
  {
    code: '2',
    label: { th: 'การพัฒนาชุมชน', en: 'Community development' },
    leaves: [
      { code: '2.1', label: { th: 'การพัฒนาสัมมาชีพและสร้างอาชีพใหม่', en: 'Livelihoods and new occupations' } },
      { code: '2.2', label: { th: 'การสร้างและพัฒนา Creative Economy', en: 'Creative Economy (tourism)' } },
      { code: '2.3', label: { th: 'การนำองค์ความรู้ไปช่วยบริการชุมชน', en: 'Knowledge services (healthcare, technology)' } },
      { code: '2.4', label: { th: 'การส่งเสริมด้านสิ่งแวดล้อม/Circular Economy', en: 'Environment / Circular Economy' } },
      { code: '2.5', label: { th: 'อื่น ๆ', en: 'Other' } },
    ],
  },
  {
    code: '3',
    label: { th: 'การบริหารจัดการ', en: 'Management' },
    leaves: [{ code: '3.1', label: { th: 'ระดับ System Integrator', en: 'System Integrator level' } }],
  },
];

export function isLeafLine(v: unknown): v is LeafLine {
  return typeof v === 'string' && (LEAF_LINES as readonly string[]).includes(v);
}

export function lineLabel(code: string): LineLabel {
  for (const g of LINE_GROUPS) {
    if (g.code === code) return g.label;
    const leaf = g.leaves.find((l) => l.code === code);
    if (leaf) return leaf.label;
  }
  return { th: code, en: code };
}
