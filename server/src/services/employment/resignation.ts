import { noticeProblems, reservePromotion, toSatang, translateEmployment, vacancyOf, type ReserveEntry } from '@otou/domain';
import type { InputOf, recordResignationInput } from '@otou/domain/employment/schemas';
import type { Actor } from '../../context.ts';
import { AppError, appError, conflictError, describeError, fieldError } from '../../errors.ts';
import { loadTambon } from '../budget/read.ts';
import { toApplicant } from './applicants.ts';
import { writeEmployment, type EmploymentEvent } from './audit.ts';
import type { WriteBatch } from '../../pocketbase/superuserWrites.ts';
import { contractOut, hireWrites, loadContract, type WorkerAccount } from './contracts.ts';
import { heldContracts, peopleVersions } from './people.ts';
import { canHire, placeOf, todayOf } from './scope.ts';

export type PromotionOut =
  /** `account` is null when the worker recorded their own resignation: the replacement's password is not theirs to see (staff issue one: contract.issuePassword). */
  | { kind: 'promoted'; contractId: string; applicantId: string; name: string; start: string; end: string; account: WorkerAccount | null }
  | { kind: 'none'; message: string };

/**
 * A resignation, recorded by the worker themself or the staff who hire for the tambon (or the centre): at least a
 * month's notice, the last working day inside the contract. In the same transaction the vacancy is filled from the
 * reserve list — the next in rank of the same type who is still free anywhere in the country gets a contract from the
 * day after the leaver's last working day (never in the past) to the leaver's end, at the same rate and agency.
 */
export async function recordResignation(a: Actor, input: InputOf<typeof recordResignationInput>) {
  const c = await loadContract(a, input.contractId);
  const own = a.user.role === 'worker' && c.workerId === a.user.id;
  if (!own && !canHire(a.user, { universityId: c.universityId })) throw appError('FORBIDDEN', 'employment.forbidden.resign');
  if (c.status !== 'active') throw appError('PRECONDITION_FAILED', 'employment.contract.notActive');
  const problems = noticeProblems(input, c);
  if (problems.length) throw fieldError(problems);
  const today = todayOf(a);
  // The worker's token reads neither the tambon's applicants nor the tambon's university: read as the platform after the check above.
  const [tambon, reserveRows] = await Promise.all([
    a.superuserWrites.read((pb) => loadTambon(pb, c.tambonId)),
    a.superuserWrites.read((pb) =>
      pb.collection('employment_applicants').getFullList({ filter: pb.filter('tambon = {:t} && type = {:y} && status = "reserve"', { t: c.tambonId, y: c.type }), sort: 'rank,@rowid' }),
    ),
  ]);
  const reserve = reserveRows.map(toApplicant);
  const held = new Set((await heldContracts(a, reserve.map((r) => r.person), today)).map((h) => h.person));
  const entries: ReserveEntry[] = reserve.map((r) => ({ applicantId: r.id, nationalId: r.person, type: r.type, rank: r.rank ?? Number.MAX_SAFE_INTEGER, status: 'reserve' }));
  const resigned = { ...c, lastWorkingDay: input.lastWorkingDay, tambonId: c.tambonId, nationalId: c.person };
  const promotion = reservePromotion(entries, vacancyOf(resigned), { heldIds: held, notBefore: today });
  const place = placeOf(tambon);
  const versions = await peopleVersions(a, promotion.ok ? [c.person, reserve.find((r) => r.id === promotion.entry.applicantId)!.person] : [c.person]);
  const events: EmploymentEvent[] = [
    { action: 'resign', contract: c.id, applicant: c.applicantId, ...place, reason: input.reason, changes: { noticeOn: input.noticeOn, lastWorkingDay: input.lastWorkingDay, by: own ? 'worker' : 'staff' } },
  ];
  let out: PromotionOut;
  let promote: ((b: WriteBatch) => void) | null = null;
  if (promotion.ok) {
    const s = reserve.find((r) => r.id === promotion.entry.applicantId)!;
    const terms = { type: c.type, start: promotion.contract.start, end: promotion.contract.end, rateSatang: toSatang(c.rate), agencyId: c.agencyId, replaces: c.id, nda: null };
    const hire = await hireWrites(a, tambon, s, terms, versions.get(s.person) ?? 0).catch((e: unknown) => {
      // The reserve's sign-in cannot be made (their email is another account's): the resignation still stands, and
      // the page says what to correct before making the replacement's contract by hand.
      if (e instanceof AppError) return { error: describeError(e, a.locale) };
      throw e;
    });
    if ('error' in hire) out = { kind: 'none', message: Object.values(hire.error.fieldErrors).flat()[0] ?? hire.error.message };
    else {
      promote = hire.write;
      events.push({ action: 'promote', contract: hire.id, applicant: s.id, ...place, changes: { replaces: c.id, rank: s.rank, start: terms.start, end: terms.end } });
      out = { kind: 'promoted', contractId: hire.id, applicantId: s.id, name: `${s.firstName} ${s.lastName}`, start: terms.start, end: terms.end, account: own ? null : hire.account };
    }
  } else out = { kind: 'none', message: translateEmployment(a.locale, promotion.reason === 'noReserve' ? 'employment.reserve.none' : 'employment.reserve.noTimeLeft') };

  await writeEmployment(
    a,
    (b) => {
      b.update(
        'employment_contracts',
        c.id,
        { status: 'resigned', notice_on: input.noticeOn, last_working_day: input.lastWorkingDay, resign_reason: input.reason },
        { version: input.version },
      );
      b.update('employment_people', c.person, {}, { version: versions.get(c.person) ?? 0 });
      promote?.(b);
    },
    events,
    async () => {
      const now = await loadContract(a, c.id);
      return conflictError(now.version, contractOut(now));
    },
  );
  return { contract: contractOut(await loadContract(a, c.id)), promotion: out };
}
