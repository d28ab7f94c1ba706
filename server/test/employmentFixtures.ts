import { expect } from 'vitest';
import { TRPCError } from '@trpc/server';
import { maskNationalId, thaiIdCheckDigit, toSatang, type WorkerType } from '@otou/domain';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { demoPlace } from '../src/seed/demo.ts';
import { stableId } from '../src/seed/ids.ts';
import { applicantId, contractId, personId } from '../src/services/employment/ids.ts';
import type { Platform } from './harness.ts';

/**
 * Contracts for the monthly-cycle tests, written as the platform writes them (the hiring steps have their own tests):
 * a person, their application and a contract, with a worker account that can sign in.
 */
export interface Hire {
  contractId: string;
  workerEmail: string;
  workerToken: string;
}

let serial = 0;

/** A new person under contract at a demo tambon: `start`–`end`, the type's default rate unless `rate`. */
export async function hire(p: Platform, code: string, opts: { type: WorkerType; start: string; end: string; rate: number; agency?: string; name?: string }): Promise<Hire> {
  const n = ++serial;
  const first12 = `3${code}${String(90_000 + n).padStart(5, '0')}`;
  const nationalId = `${first12}${thaiIdCheckDigit(first12)}`;
  const place = demoPlace(code);
  const at = { tambon: place.id, university: place.university, network: place.network };
  const person = personId(nationalId);
  const applicant = applicantId(place.id, person);
  const email = `worker${n}.${code}@cycle.test`;
  const user = stableId('cycle_worker', email);
  const [first, last] = (opts.name ?? `ทดสอบ${n} รอบเดือน`).split(' ');
  await p.admin.collection('users').create({ id: user, email, password: DEMO_PASSWORD, passwordConfirm: DEMO_PASSWORD, name: `${first} ${last}`, role: 'worker', scope: 'tambon', tambon: place.id, verified: true });
  await p.admin.collection('employment_people').create({ id: person, national_id: nationalId });
  await p.admin.collection('employment_applicants').create({
    id: applicant,
    person,
    ...at,
    national_id: nationalId,
    national_id_masked: maskNationalId(nationalId),
    first_name: first,
    last_name: last,
    type: opts.type,
    id_card_area: code,
    email,
    eligible: true,
    basis: 'domicile',
    status: 'contracted',
  });
  const id = contractId(applicant, opts.start);
  await p.admin.collection('employment_contracts').create({
    id,
    person,
    applicant,
    ...at,
    agency: opts.agency ?? '',
    worker: user,
    first_name: first,
    last_name: last,
    national_id_masked: maskNationalId(nationalId),
    type: opts.type,
    start: opts.start,
    end: opts.end,
    rate_satang: toSatang(opts.rate),
    status: 'active',
  });
  return { contractId: id, workerEmail: email, workerToken: await p.login(email) };
}

/** The refusal a call ended in (the test fails when it was not refused). */
export async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e, 'the call should have been refused').toBeInstanceOf(TRPCError);
  return e as TRPCError;
}

/** 28 February 2564, 10:00 in Bangkok: the stories' day, inside February's budget reporting window. */
export const FEB_28 = new Date('2021-02-28T03:00:00Z');
