import { BANGKOK_OFFSET_MS } from '../calendar.ts';
import type { Locale } from '../i18n.ts';
import { windowBetween, type WindowOverrides, type WindowState } from '../budget/window.ts';
import { translateAssessment } from './messages.ts';

/**
 * Assessment rounds of a programme period: a baseline before activities (เริ่มดำเนินกิจกรรม), quarterly rounds, and
 * a final after activities (หลังดำเนินกิจกรรม). Each is open from 00:00 Thai time of its first day to the end of its
 * last day; late entry needs the central office's exception, as budget months do.
 */
export const ROUND_KINDS = ['baseline', 'quarterly', 'final'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export function isRoundKind(v: unknown): v is RoundKind {
  return typeof v === 'string' && (ROUND_KINDS as readonly string[]).includes(v);
}

export interface Round {
  id: string;
  periodId: string;
  kind: RoundKind;
  /** 1–4 for a quarterly round, 0 otherwise. */
  quarter: number;
  /** ISO instant: 00:00 Bangkok of the first day. */
  opens: string;
  /** ISO instant: the first instant after the last day (00:00 Bangkok of the day after). */
  closes: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 00:00 Bangkok of a 'YYYY-MM-DD' day, or null when it is not a real day. */
export function bangkokDayStart(day: string): Date | null {
  const m = DAY_RE.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return new Date(utc - BANGKOK_OFFSET_MS);
}

/** The Bangkok calendar day ('YYYY-MM-DD') an instant falls on. */
export function bangkokDayOf(at: Date | string): string {
  return new Date(new Date(at).getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The stored instants of a round whose first and last days people pick ('YYYY-MM-DD', Thai calendar days, both
 * included). Null when a day is not a real day.
 */
export function roundInstants(firstDay: string, lastDay: string): { opens: string; closes: string } | null {
  const opens = bangkokDayStart(firstDay);
  const last = bangkokDayStart(lastDay);
  if (!opens || !last) return null;
  return { opens: opens.toISOString(), closes: new Date(last.getTime() + DAY_MS).toISOString() };
}

/** The first and last days of a round, as its form shows them (the inverse of roundInstants). */
export function roundDays(round: Pick<Round, 'opens' | 'closes'>): { opens: string; closes: string } {
  return { opens: bangkokDayOf(round.opens), closes: bangkokDayOf(new Date(new Date(round.closes).getTime() - 1)) };
}

/** Whether a round's form may be entered and submitted now, and why (not): budget's window rule over the round's dates. */
export function roundWindowState(now: Date, round: Pick<Round, 'opens' | 'closes'>, o: WindowOverrides = {}): WindowState {
  return windowBetween(now, new Date(round.opens), new Date(round.closes), o);
}

export function roundLabel(round: Pick<Round, 'kind' | 'quarter'>, locale: Locale): string {
  return translateAssessment(locale, `assessment.round.${round.kind}`, { quarter: String(round.quarter) });
}

/** Chronological: by opening, then baseline before quarters before the final, then by quarter. */
export function roundOrder(a: Round, b: Round): number {
  return (
    Date.parse(a.opens) - Date.parse(b.opens) ||
    ROUND_KINDS.indexOf(a.kind) - ROUND_KINDS.indexOf(b.kind) ||
    a.quarter - b.quarter ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The round a new form of `round` starts from: the latest earlier round of the same programme period. A new period
 * starts afresh (its baseline is taken before its own activities).
 */
export function previousRound(rounds: readonly Round[], round: Round): Round | null {
  const earlier = rounds.filter((r) => r.id !== round.id && r.periodId === round.periodId && roundOrder(r, round) < 0).sort(roundOrder);
  return earlier[earlier.length - 1] ?? null;
}

/** The round a page shows by default: the latest to have opened (open now, or the last to close), else the first to come. */
export function currentRound(rounds: readonly Round[], now: Date): Round | null {
  const sorted = [...rounds].sort(roundOrder);
  const opened = sorted.filter((r) => Date.parse(r.opens) <= now.getTime());
  return opened[opened.length - 1] ?? sorted[0] ?? null;
}
