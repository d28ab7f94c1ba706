import ExcelJS from 'exceljs';
import {
  ACTIVITY_TYPES,
  activityCounts,
  FIXED_COLUMNS,
  formatDateTime,
  GOALS,
  MARK_SYMBOL,
  placeName,
  roundLabel,
  tambonHeading,
  TIERS,
  translateAssessment,
  TSI_INDICATORS,
  type AssessmentMessageKey,
  type Locale,
  type Round,
  type TambonForm,
  type TambonNames,
  type Tier,
} from '@otou/domain';
import type { InputOf, dashboardExportInput, exportFormInput } from '@otou/domain/assessment/schemas';
import type { Actor } from '../../context.ts';
import type { ExportFile } from '../budget/export.ts';
import { dashboardCoverage, dashboardTiers, type FormStatus } from './dashboard.ts';
import { getForm } from './forms.ts';

/**
 * Downloads of the assessment: a tambon's form laid out as the deck lays it out (header with the university and the
 * activities by type ก–จ; the indicators down, the activities, COVID surveillance and Community Data across; ✓/✗ for
 * the 16 goals, text for indicators 2–14; goals met and tier at the foot), and a dashboard's tier table and
 * coverage. Counts are numeric cells, words in the caller's language.
 */

const FONT = 'TH Sarabun New';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF7F7F7F' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: 14, ...extra });
const label = (l: { th: string; en: string }, locale: Locale) => (locale === 'en' ? l.en : l.th);
const say = (locale: Locale, key: AssessmentMessageKey, params?: Record<string, string | number>) => translateAssessment(locale, key, params);

function workbook(title: string, at: Date) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OTOU';
  wb.title = title;
  wb.created = at;
  wb.modified = at;
  return wb;
}

/** A heading line across `width` columns. */
function banner(ws: ExcelJS.Worksheet, row: number, width: number, text: string, f: Partial<ExcelJS.Font>) {
  ws.mergeCells(row, 1, row, width);
  const c = ws.getCell(row, 1);
  c.value = text;
  c.font = font(f);
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** One row of cells from `values` (null leaves a cell empty), boxed. */
function boxedRow(ws: ExcelJS.Worksheet, row: number, values: (string | number | null)[], style: { head?: boolean; total?: boolean; bold?: boolean } = {}) {
  values.forEach((v, i) => {
    const c = ws.getCell(row, i + 1);
    if (v !== null) c.value = v;
    c.font = font({ bold: Boolean(style.head || style.total || style.bold) });
    c.border = BOX;
    c.alignment = i === 0 ? { vertical: 'middle', wrapText: true } : { horizontal: typeof v === 'number' ? 'right' : 'center', vertical: 'middle', wrapText: true };
    if (style.head) c.fill = HEAD_FILL;
    else if (style.total) c.fill = TOTAL_FILL;
  });
}

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  // exceljs types its result as its own `Buffer extends ArrayBuffer`; under Node it is a real Buffer.
  const out = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out);
}

// ───────────────────────────── the tambon form ─────────────────────────────

export interface FormSheet {
  tambon: TambonNames;
  university: { name_th: string; name_en: string };
  round: Pick<Round, 'kind' | 'quarter'>;
  status: FormStatus;
  form: TambonForm;
  goalsMet: number;
  tier: Tier;
  locale: Locale;
  generatedAt: Date;
}

/** The form as the deck prints it: one column per activity, then COVID surveillance and Community Data. */
export async function formToXlsx(s: FormSheet): Promise<Buffer> {
  const { form, locale } = s;
  const title = say(locale, 'assessment.export.formTitle');
  const wb = workbook(`${title} ${tambonHeading(s.tambon, locale)}`, s.generatedAt);
  const ws = wb.addWorksheet(say(locale, 'assessment.export.formSheet'), {
    properties: { defaultRowHeight: 21 },
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const columns = [
    ...form.activities.map((a, i) => ({ key: a.key, head: `${say(locale, 'assessment.export.activity', { n: i + 1 })}\n${a.name}` })),
    ...FIXED_COLUMNS.map((c) => ({ key: c.key as string, head: label(c, locale) })),
  ];
  // Label, the form's columns, and the count of the activity-type table.
  const width = columns.length + 2;
  const countCol = columns.length + 2;

  banner(ws, 1, width, `${title} · ${roundLabel(s.round, locale)}`, { size: 18, bold: true });
  banner(ws, 2, width, tambonHeading(s.tambon, locale), { size: 16, bold: true });
  banner(ws, 3, width, `${say(locale, `assessment.status.${s.status}`)} · ${say(locale, 'assessment.export.generated', { at: formatDateTime(s.generatedAt, locale) })}`, { size: 12, italic: true, color: { argb: 'FF595959' } });

  boxedRow(ws, 4, [say(locale, 'assessment.export.university'), placeName(s.university, locale)], { bold: true });
  ws.mergeCells(4, 2, 4, width);
  boxedRow(ws, 5, [say(locale, 'assessment.export.activityTotal'), form.activities.length], { bold: true });

  // The header: activity types ก–จ down, each activity marked under its type, and the count per type as a number.
  let row = 7;
  boxedRow(ws, row, [say(locale, 'assessment.export.activityType'), ...form.activities.map((_, i) => say(locale, 'assessment.export.activity', { n: i + 1 })), ...FIXED_COLUMNS.map(() => null), say(locale, 'assessment.export.count')], { head: true });
  const counts = activityCounts(form);
  for (const t of ACTIVITY_TYPES) {
    row += 1;
    const marks = form.activities.map((a) => (a.type === t.code ? (t.code === 'e' && a.otherType ? `✓ ${a.otherType}` : '✓') : null));
    boxedRow(ws, row, [`${t.letter}. ${label(t, locale)}`, ...marks, ...FIXED_COLUMNS.map(() => null), counts[t.code]]);
  }

  // The indicators: 1 opens into the 16 goals (✓/✗), then 2–14 in text with their evidence links.
  row += 2;
  const tableHead = row;
  boxedRow(ws, row, [say(locale, 'assessment.export.indicators'), ...columns.map((c) => c.head)], { head: true });
  ws.getRow(row).height = 42;
  for (const ind of TSI_INDICATORS) {
    row += 1;
    boxedRow(ws, row, [`${ind.code}. ${label(ind, locale)}`, ...columns.map(() => null)], { bold: true });
    if (ind.answer === 'goals') {
      for (const g of GOALS) {
        row += 1;
        boxedRow(ws, row, [`${g.code} ${label(g, locale)}`, ...columns.map((c) => {
          const m = form.goals[c.key]?.[g.code];
          return m ? MARK_SYMBOL[m] : null;
        })]);
      }
      continue;
    }
    const code = ind.code;
    columns.forEach((c, i) => {
      const text = form.texts[c.key]?.[code] ?? '';
      const links = form.links[c.key]?.[code] ?? [];
      const value = [text, ...links].filter(Boolean).join('\n');
      const cell = ws.getCell(row, i + 2);
      if (value) cell.value = value;
      cell.font = font();
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  }
  row += 1;
  banner(ws, row, width, say(locale, 'assessment.export.note'), { size: 12, italic: true });
  ws.getCell(row, 1).alignment = { horizontal: 'left' };
  row += 1;
  banner(ws, row, width, say(locale, 'assessment.export.legend'), { size: 12 });
  ws.getCell(row, 1).alignment = { horizontal: 'left' };

  // The foot: goals met as a number, and the tier it gives under the thresholds of today.
  row += 2;
  boxedRow(ws, row, [say(locale, 'assessment.export.goalsMet'), s.goalsMet], { total: true });
  row += 1;
  boxedRow(ws, row, [say(locale, 'assessment.export.tier'), say(locale, `assessment.tier.${s.tier}`)], { total: true });

  ws.getColumn(1).width = 62;
  for (let i = 2; i <= countCol; i++) ws.getColumn(i).width = i === countCol ? 10 : 24;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: tableHead, topLeftCell: ws.getCell(tableHead + 1, 2).address }];
  return bytes(wb);
}

/** A tambon's form of a round as .xlsx, for whoever may open the form (the same checks as form.get). */
export async function exportForm(a: Actor, input: InputOf<typeof exportFormInput>): Promise<ExportFile> {
  const f = await getForm(a, { tambonId: input.tambonId, roundId: input.roundId });
  const status: FormStatus = f.version === 0 ? 'none' : f.status;
  const buffer = await formToXlsx({
    tambon: f.tambon,
    university: f.tambon.university,
    round: f.round,
    status,
    form: f.form,
    goalsMet: f.goalsMet.length,
    tier: f.tier,
    locale: a.locale,
    generatedAt: a.now,
  });
  const kind = f.round.kind === 'quarterly' ? `q${f.round.quarter}` : f.round.kind;
  return { filename: `assessment-${f.tambon.code}-${kind}.xlsx`, mime: XLSX, base64: buffer.toString('base64') };
}

// ───────────────────────────── the dashboard ─────────────────────────────

type Tiers = Awaited<ReturnType<typeof dashboardTiers>>;
type Coverage = Awaited<ReturnType<typeof dashboardCoverage>>;

/** The dashboard's two tables: tambons per tier against the targets (per child and in all), and coverage per university. */
export async function dashboardToXlsx(tiers: Tiers, coverage: Coverage, locale: Locale, generatedAt: Date): Promise<Buffer> {
  const where = tiers.place ? placeName(tiers.place, locale) : say(locale, 'assessment.dashboard.national');
  const round = roundLabel(tiers.round, locale);
  const wb = workbook(`${say(locale, 'assessment.dashboard.tiersSheet')} ${where}`, generatedAt);
  const info = `${round} · ${say(locale, `assessment.basis.${tiers.basis}`)} · ${say(locale, 'assessment.export.generated', { at: formatDateTime(generatedAt, locale) })}`;

  const ws = wb.addWorksheet(say(locale, 'assessment.dashboard.tiersSheet'), { properties: { defaultRowHeight: 21 } });
  const childHead = say(locale, `assessment.dashboard.level.${tiers.children.level}`);
  const head = [
    childHead,
    say(locale, 'assessment.dashboard.tambons'),
    ...TIERS.map((t) => say(locale, `assessment.tier.${t}`)),
    say(locale, 'assessment.dashboard.notAssessed'),
    ...(['sustainable', 'sufficiency', 'survive'] as const).map((t) => say(locale, 'assessment.dashboard.target', { tier: say(locale, `assessment.tier.${t}`) })),
  ];
  banner(ws, 1, head.length, where, { size: 18, bold: true });
  banner(ws, 2, head.length, info, { size: 12, italic: true, color: { argb: 'FF595959' } });
  boxedRow(ws, 4, head, { head: true });
  ws.getRow(4).height = 42;
  const line = (name: string, b: { tambons: number; tiers: Record<Tier, number>; notAssessed: number; targets: Record<'sustainable' | 'sufficiency' | 'survive', number> }) => [
    name,
    b.tambons,
    ...TIERS.map((t) => b.tiers[t]),
    b.notAssessed,
    b.targets.sustainable,
    b.targets.sufficiency,
    b.targets.survive,
  ];
  let row = 4;
  for (const c of tiers.children.items) boxedRow(ws, ++row, line(placeName(c, locale), c));
  // A university's rows are its tambons: one each, under its tier or "not assessed".
  for (const t of tiers.tambonList) {
    const one: Record<Tier, number> = { sustainable: 0, sufficiency: 0, survive: 0, unclassified: 0 };
    if (t.tier) one[t.tier] = 1;
    boxedRow(ws, ++row, [placeName(t, locale), 1, ...TIERS.map((x) => one[x]), t.tier ? 0 : 1, null, null, null]);
  }
  boxedRow(ws, ++row, line(say(locale, 'assessment.dashboard.total'), tiers), { total: true });
  ws.getColumn(1).width = 48;
  for (let i = 2; i <= head.length; i++) ws.getColumn(i).width = 16;

  const cs = wb.addWorksheet(say(locale, 'assessment.dashboard.coverageSheet'), { properties: { defaultRowHeight: 21 } });
  const covHead = [
    say(locale, 'assessment.dashboard.level.university'),
    say(locale, 'assessment.dashboard.tambons'),
    say(locale, 'assessment.status.none'),
    say(locale, 'assessment.status.draft'),
    say(locale, 'assessment.status.submitted'),
    say(locale, 'assessment.status.approved'),
  ];
  banner(cs, 1, covHead.length, where, { size: 18, bold: true });
  banner(cs, 2, covHead.length, `${round} · ${say(locale, 'assessment.export.generated', { at: formatDateTime(generatedAt, locale) })}`, { size: 12, italic: true, color: { argb: 'FF595959' } });
  boxedRow(cs, 4, covHead, { head: true });
  row = 4;
  const covLine = (name: string, c: { tambons: number; notStarted: number; draft: number; submitted: number; approved: number }) => [name, c.tambons, c.notStarted, c.draft, c.submitted, c.approved];
  for (const u of coverage.universities) boxedRow(cs, ++row, covLine(placeName(u, locale), u));
  boxedRow(cs, ++row, covLine(say(locale, 'assessment.dashboard.total'), coverage.totals), { total: true });
  cs.getColumn(1).width = 48;
  for (let i = 2; i <= covHead.length; i++) cs.getColumn(i).width = 16;
  return bytes(wb);
}

/** The dashboard of a scope and round as .xlsx: the same figures as the page, on the same basis. */
export async function exportDashboard(a: Actor, input: InputOf<typeof dashboardExportInput>): Promise<ExportFile> {
  const [tiers, coverage] = await Promise.all([
    dashboardTiers(a, { target: input.target, roundId: input.roundId, basis: input.basis }),
    dashboardCoverage(a, { target: input.target, roundId: input.roundId }),
  ]);
  const buffer = await dashboardToXlsx(tiers, coverage, a.locale, a.now);
  const where = tiers.place ? tiers.place.code : 'national';
  const kind = tiers.round.kind === 'quarterly' ? `q${tiers.round.quarter}` : tiers.round.kind;
  return { filename: `assessment-dashboard-${where}-${kind}${input.basis === 'provisional' ? '-provisional' : ''}.xlsx`, mime: XLSX, base64: buffer.toString('base64') };
}
