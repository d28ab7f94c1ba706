import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TRPCError } from '@trpc/server';
import { assessmentMessages, budgetMessages, employmentMessages, platformMessages, releaseMessages } from '@otou/domain';
import { employmentInputs } from '@otou/domain/employment/schemas';
import { describeError } from '../../src/errors.ts';
import { appRouter } from '../../src/routers/_app.ts';
import { usePlatform } from '../harness.ts';
import { PROCEDURES, type Caller, type World } from '../access/policy.ts';
import { demoCallers, loadWorld, snapshot } from '../access/world.ts';
import { arbitraryFor, HOSTILE_KEYS, namesIn, spoiled, type Schema } from './arbitraries.ts';

/**
 * Hostile input: every procedure of the app router, fed values derived from its own zod schema and those values
 * spoiled (wrong types, huge strings, negative and non-finite numbers, Thai digits, mixed scripts, filter injection,
 * prototype keys). Every answer is a refusal or a clear field error in our own words (no validator text, no echo of
 * keys the caller made up), never a 500; and the database is byte for byte what it was.
 */
const p = usePlatform();
let world: World;
let callers: Caller[];

/** Runs per procedure: a few thousand inputs in all, in well under a minute on two shared cores. */
const RUNS = 120;

const procedures = (appRouter as unknown as { _def: { procedures: Record<string, { _def: { inputs: Schema[]; type: string } }> } })._def.procedures;

// Each procedure is called by someone its guard lets in, so the input reaches the schema and the service; and the
// service then refuses (a stale version, no rights at that place), so no input can write.
const callerFor: Record<string, string> = {
  'auth.login': 'guest',
  'registry.contracts': 'guest',
  'registry.setEnabled': 'network.un@otou.demo',
  'registry.matrix': 'network.un@otou.demo',
  // Module releases: a network admin, refused for another network and for the default, so no input activates.
  'releases.activate': 'network.un@otou.demo',
  'releases.versions': 'network.un@otou.demo',
  'releases.state': 'network.un@otou.demo',
  'releases.history': 'network.un@otou.demo',
  'releases.health': 'network.un@otou.demo',
  // A report's version a hostile input may turn into the stored one: tried by staff of another university, refused.
  'assessment.usi.save': 'staff.cmu@otou.demo',
  // An agency input with its supervisors dropped would be a good save for the university's staff: a network admin is refused.
  'employment.agency.save': 'network.uc@otou.demo',
  // A month's report with its version turned into the stored one would be a real submission for the worker: another
  // university's staff are refused.
  'employment.report.submit': 'staff.cmu@otou.demo',
};

// Where the matrix's own input would be a legitimate write or sign-in, start from one that is refused instead.
const refusedBase: Record<string, unknown> = {
  'auth.login': { email: 'agency.cu@otou.demo', password: 'not-the-password' },
  'auth.setLanguage': { language: 'xx' },
};
// Procedures whose every well-formed input is a legitimate write: only malformed inputs are tried there.
const malformedOnly = new Set(['auth.setLanguage', 'registry.reportFailure', 'registry.reportMounted']);

/** Every message of our catalogues as a pattern ({placeholders} match anything): an answer must be one of them. */
const ours = [...Object.values(platformMessages), ...Object.values(budgetMessages), ...Object.values(assessmentMessages), ...Object.values(employmentMessages), ...Object.values(releaseMessages)].flatMap((c) =>
  Object.values(c).map((m) => new RegExp(`^${m.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`, 's')),
);
const isOurs = (text: string) => ours.some((r) => r.test(text));
const REFUSALS = ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'PRECONDITION_FAILED', 'CONFLICT', 'TOO_MANY_REQUESTS'];

beforeAll(async () => {
  ({ world } = await loadWorld(p.admin));
  callers = await demoCallers(p);
});

describe('hostile input', () => {
  it('every employment procedure takes one of the domain’s employment inputs, so the domain’s property test covers its schema too', () => {
    const declared = new Set<unknown>(Object.values(employmentInputs));
    const outside = Object.entries(procedures)
      .filter(([path, p]) => path.startsWith('employment.') && p._def.inputs[0] && !declared.has(p._def.inputs[0]))
      .map(([path]) => path);
    expect(outside, 'add these schemas to employmentInputs (shared/domain/src/employment/schemas.ts)').toEqual([]);
  });

  it('every procedure answers every hostile input with a refusal or a clear field error, and nothing changes', async () => {
    const before = await snapshot(p.admin);
    const problems: string[] = [];
    let tried = 0;
    for (const [path, proc] of Object.entries(procedures)) {
      const schema = proc._def.inputs[0];
      const caller = callers.find((c) => c.label === (callerFor[path] ?? 'staff.cu@otou.demo'))!;
      const policy = PROCEDURES[path];
      const target = policy?.targets(world)[0] ?? null;
      const base = refusedBase[path] ?? policy?.input(target, world, caller) ?? {};
      // The schema's names, and the one the services add: a line's `actual` (e.g. 2.4.actual).
      const known = schema ? namesIn(schema, new Set(['actual'])) : new Set<string>();
      const mixed = schema ? fc.oneof(arbitraryFor(schema), arbitraryFor(schema).chain(spoiled), spoiled(base)) : spoiled(base);
      const parses = (input: unknown) => (schema as unknown as { safeParse(v: unknown): { success: boolean } }).safeParse(input).success;
      const arbitrary = malformedOnly.has(path) ? mixed.filter((input) => !parses(input)) : mixed;
      const locale = tried % 2 ? 'en' : 'th';
      const call = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], p.caller(caller.token, locale)) as (input: unknown) => Promise<unknown>;

      await fc.assert(
        fc.asyncProperty(arbitrary, async (input) => {
          tried += 1;
          const said = (what: string) => problems.push(`${path} as ${caller.label}: ${what} for ${JSON.stringify(input)?.slice(0, 300)}`);
          const error = await call(input).then(() => null, (e: unknown) => e);
          if (!error) return;
          if (!(error instanceof TRPCError)) return void said(`threw ${String(error)}`);
          const shown = describeError(error, locale);
          if (error.code === 'BAD_REQUEST') {
            for (const [field, messages] of Object.entries(shown.fieldErrors)) {
              const unknown = field.split('.').filter((s) => s !== '_form' && !/^\d+$/.test(s) && !known.has(s) && !known.has(field));
              if (unknown.length || HOSTILE_KEYS.some((k) => field.includes(k))) said(`a field error names "${field.slice(0, 60)}", which the schema does not have`);
              for (const m of messages) if (!isOurs(m)) said(`field ${field} says "${m.slice(0, 120)}", not one of our messages`);
            }
          } else if (!REFUSALS.includes(error.code)) return void said(`answered ${error.code} (${error.message})`);
          if (!isOurs(shown.message)) said(`says "${shown.message.slice(0, 120)}", not one of our messages`);
          if (JSON.stringify(shown).length > 20_000) said(`answered ${JSON.stringify(shown).length} characters`);
        }),
        { numRuns: RUNS, seed: 7_2564, endOnFailure: true },
      );
    }
    console.log(`hostile input: ${tried} inputs tried over ${Object.keys(procedures).length} procedures`);
    expect([...new Set(problems)].slice(0, 40)).toEqual([]);
    expect(await snapshot(p.admin)).toEqual(before);
  }, 240_000);
});
