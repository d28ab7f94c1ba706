import type { Params } from '../i18n.ts';
import { addDays, addMonths, dayBE, firstDayOf, lastDayOf, maxDay, minDay, monthBE, monthKey, monthOf, nextMonth, type IsoDay, type YearMonth } from './days.ts';
import type { EmploymentMessageKey } from './messages.ts';

/**
 * The certificate of service (หนังสือรับรองการปฏิบัติงาน): the deck issues it once a worker "ปฏิบัติงานต่อเนื่องและผ่าน
 * การประเมินผลอย่างน้อย 6 เดือน" — has worked continuously and passed evaluation for at least six months.
 *
 * Decisions:
 * - Continuous: days under contract with no gap (a contract and the next one starting the day after count as one),
 *   and EVERY calendar month of those days has its work report accepted AND its evaluation passed. A month with no
 *   report, a report not (yet) accepted, or a failed evaluation breaks the run; the next run starts the month after.
 * - Six months: from the run's first day S to its last day E, E is at least the day before S + 6 months (addMonths:
 *   same day, clamped to the month's end). 1 Mar → 31 Aug qualifies; 1 Mar → 30 Aug (5 months 30 days) does not.
 * - A run counts only up to `asOf` and the last working day of a resignation: days not yet worked are not service.
 * - Any qualifying run earns it: a later failed month does not take back six good months already served.
 */
export const CERTIFICATE_MONTHS = 6;

export interface MonthRecord extends YearMonth {
  report: 'accepted' | 'submitted' | 'returned' | 'missing';
  /** The supervisor's evaluation of the month; null until evaluated. */
  evaluation: 'passed' | 'failed' | null;
}

export interface ServiceSpan {
  start: IsoDay;
  /** The last day served: the contract's end, or the last working day when the worker resigned. */
  end: IsoDay;
}

export interface CertificateMissing {
  key: EmploymentMessageKey;
  params?: Params;
}

export interface CertificateStatus {
  eligible: boolean;
  /** The qualifying run when eligible, else the latest run (null when there is none). */
  run: { start: IsoDay; end: IsoDay } | null;
  /** What stands between the worker and the certificate, in words for the page (empty when eligible). */
  missing: CertificateMissing[];
}

/** The last day of a run of service that starts on `start` and has lasted six months. */
export const sixMonthsServedOn = (start: IsoDay): IsoDay => addDays(addMonths(start, CERTIFICATE_MONTHS), -1);

/** Spans joined when one starts the day after (or before) another ends, in order. */
function joined(spans: readonly ServiceSpan[]): ServiceSpan[] {
  const out: ServiceSpan[] = [];
  for (const s of [...spans].filter((s) => s.start <= s.end).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))) {
    const last = out[out.length - 1];
    if (last && s.start <= addDays(last.end, 1)) last.end = maxDay(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

type MonthFault = { key: EmploymentMessageKey; month: YearMonth };

function fault(r: MonthRecord | undefined, m: YearMonth): MonthFault | null {
  if (!r || r.report === 'missing') return { key: 'employment.certificate.reportMissing', month: m };
  if (r.report !== 'accepted') return { key: 'employment.certificate.reportNotAccepted', month: m };
  if (r.evaluation === 'failed') return { key: 'employment.certificate.evaluationFailed', month: m };
  if (r.evaluation !== 'passed') return { key: 'employment.certificate.notEvaluated', month: m };
  return null;
}

export function certificateStatus(service: readonly ServiceSpan[], months: readonly MonthRecord[], asOf: IsoDay): CertificateStatus {
  const byMonth = new Map(months.map((r) => [monthKey(r), r]));
  const spans = joined(service.map((s) => ({ start: s.start, end: minDay(s.end, asOf) })));
  let latest: { start: IsoDay; end: IsoDay } | null = null;
  let lastFault: MonthFault | null = null;

  // The month still being worked on asOf, and the latest month worked through: their reports may still be on their way.
  const lastEnd = spans[spans.length - 1]?.end;
  const working = lastEnd !== undefined && lastEnd === asOf && lastEnd < lastDayOf(monthOf(lastEnd)) ? monthKey(monthOf(lastEnd)) : null;
  const latestDone = lastEnd === undefined ? null : working === null ? monthKey(monthOf(lastEnd)) : monthKey(monthOf(addDays(firstDayOf(monthOf(lastEnd)), -1)));

  spans: for (const [i, span] of spans.entries()) {
    let runStart: IsoDay | null = null;
    for (let m = monthOf(span.start); firstDayOf(m) <= span.end; m = nextMonth(m)) {
      const key = monthKey(m);
      const record = byMonth.get(key);
      const f = fault(record, m);
      const from = maxDay(span.start, firstDayOf(m));
      const to = minDay(span.end, lastDayOf(m));
      if (f) {
        const last = i === spans.length - 1;
        // The month still being worked has no report yet: waiting, not a break.
        if (last && key === working && !record) break spans;
        lastFault = f;
        // The latest months' reports still on their way (not failed) keep the run: pending, not broken.
        if (last && (key === working || key === latestDone) && f.key !== 'employment.certificate.evaluationFailed') break spans;
        runStart = null;
        latest = null;
        continue;
      }
      runStart ??= from;
      latest = { start: runStart, end: to };
      if (to >= sixMonthsServedOn(runStart)) return { eligible: true, run: latest, missing: [] };
    }
  }

  const missing: CertificateMissing[] = [];
  if (lastFault) missing.push({ key: lastFault.key, params: { month: monthBE(lastFault.month) } });
  if (latest) {
    missing.push({ key: 'employment.certificate.served', params: { from: dayBE(latest.start), to: dayBE(latest.end), earliest: dayBE(sixMonthsServedOn(latest.start)) } });
  } else if (spans.length === 0) {
    missing.push({ key: 'employment.certificate.noService' });
  } else {
    missing.push({ key: 'employment.certificate.noRun', params: { months: CERTIFICATE_MONTHS } });
  }
  const contractEnd = service.reduce<IsoDay | null>((e, s) => (e === null || s.end > e ? s.end : e), null);
  if (latest && contractEnd !== null && contractEnd < sixMonthsServedOn(latest.start))
    missing.push({ key: 'employment.certificate.contractTooShort', params: { end: dayBE(contractEnd) } });
  return { eligible: false, run: latest, missing };
}
