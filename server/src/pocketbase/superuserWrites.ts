import PocketBase, { BaseAuthStore, ClientResponseError, type BatchService } from 'pocketbase';

/** The collections whose records carry a `version` (pb_migrations/1795500000_server_writes.js, 1795520000_assessment.js, 1795530000_employment.js; pb_hooks/versions.pb.js). */
export const VERSIONED = ['budget_reports', 'budget_lines', 'budget_periods', 'module_settings', 'assessment_rounds', 'assessment_settings', 'assessment_forms', 'assessment_university', 'assessment_network', 'employment_positions', 'employment_agencies', 'employment_people', 'employment_applicants', 'employment_selections', 'employment_contracts', 'employment_reports'] as const;
export type VersionedCollection = (typeof VERSIONED)[number];
const isVersioned = (c: string): c is VersionedCollection => (VERSIONED as readonly string[]).includes(c);

/** A save named a version that is no longer the stored one: someone else saved first. Nothing was written. */
export class VersionConflict extends Error {
  constructor() {
    super('version_conflict');
  }
}

/**
 * PocketBase as the platform itself: a superuser session, signed in on first use and again when PocketBase stops
 * accepting its token (a restart with restored data, an expiry). People's writes reach PocketBase only through this,
 * and only through a `SuperuserWrites` that a procedure hands out after its guard (see trpc.ts).
 */
export class SuperuserSession {
  private signedIn: Promise<PocketBase> | null = null;

  constructor(
    private readonly url: string,
    private readonly superuser: { email: string; password: string },
    private readonly timeoutMs: number,
  ) {}

  client(): Promise<PocketBase> {
    this.signedIn ??= (async () => {
      const pb = new PocketBase(this.url, new BaseAuthStore());
      pb.autoCancellation(false);
      pb.beforeSend = (url, options) => ({ url, options: { ...options, signal: options.signal ?? AbortSignal.timeout(this.timeoutMs) } });
      await pb.collection('_superusers').authWithPassword(this.superuser.email, this.superuser.password);
      return pb;
    })().catch((e: unknown) => {
      this.signedIn = null;
      throw e;
    });
    return this.signedIn.then((pb) => (pb.authStore.isValid ? pb : ((this.signedIn = null), this.client())));
  }

  /** Runs `send` with the session; signs in again once if PocketBase no longer knows the token (nothing was written). */
  async run<T>(send: (pb: PocketBase) => Promise<T>): Promise<T> {
    try {
      return await send(await this.client());
    } catch (e) {
      if (!(e instanceof ClientResponseError) || (e.status !== 401 && e.status !== 403)) throw e;
      this.signedIn = null;
      return send(await this.client());
    }
  }
}

type Write = (batch: BatchService) => void;

/** True when PocketBase refused a write (or one write of a batch) because its version was not the next one. */
function isVersionConflict(e: unknown): boolean {
  if (!(e instanceof ClientResponseError)) return false;
  if (e.status === 409) return true;
  const requests = (e.response?.['data'] as { requests?: Record<string, { response?: { status?: number } }> } | undefined)?.requests;
  return Object.values(requests ?? {}).some((r) => r.response?.status === 409);
}

/**
 * One transaction of writes as the platform: all of them land or none does (a PocketBase batch). Records people
 * edit are updated from the version they started from, so a second writer cannot overwrite the first.
 */
export class WriteBatch {
  private readonly writes: Write[] = [];

  constructor(private readonly session: SuperuserSession | null) {}

  create(collection: string, body: Record<string, unknown>): this {
    this.writes.push((b) => b.collection(collection).create(isVersioned(collection) ? { ...body, version: 1 } : body));
    return this;
  }

  /** Updates a versioned record from the version the person started from; any other record as it is. */
  update(collection: VersionedCollection, id: string, body: Record<string, unknown>, from: { version: number }): this;
  update(collection: string, id: string, body: Record<string, unknown>): this;
  update(collection: string, id: string, body: Record<string, unknown>, from?: { version: number }): this {
    if (isVersioned(collection) && !from) throw new Error(`${collection} is versioned: say which version this update starts from`);
    this.writes.push((b) => b.collection(collection).update(id, from ? { ...body, version: from.version + 1 } : body));
    return this;
  }

  /** Removes a record that is not versioned (an evidence file): versioned records are never deleted by people. */
  delete(collection: string, id: string): this {
    if (isVersioned(collection)) throw new Error(`${collection} is versioned: its records are not deleted`);
    this.writes.push((b) => b.collection(collection).delete(id));
    return this;
  }

  get size(): number {
    return this.writes.length;
  }

  /** @throws VersionConflict when a versioned record changed since the version named (nothing is written). */
  async send(): Promise<void> {
    if (!this.writes.length) return;
    const session = this.session;
    if (!session) throw new Error('The server was started without the PocketBase superuser (ServerConfig.superuser), so it cannot save');
    try {
      await session.run(async (pb) => {
        const batch = pb.createBatch();
        for (const w of this.writes) w(batch);
        await batch.send();
      });
    } catch (e) {
      if (isVersionConflict(e)) throw new VersionConflict();
      throw e;
    }
  }
}

/**
 * Writes as the platform, for code that has already authorised the caller. Only trpc.ts constructs one, in the
 * procedures' middleware after the guard; services receive it as `actor.superuserWrites`. What a caller reads goes
 * through the caller's own token, so PocketBase's read rules apply to it; `read` is only for facts a check needs.
 */
export class SuperuserWrites {
  constructor(private readonly session: SuperuserSession | null) {}

  batch(): WriteBatch {
    return new WriteBatch(this.session);
  }

  /**
   * Reads as the platform what a check must know but the caller's token may not see: the budget month an agency
   * supervisor's acceptance pays into, every payment of that tambon and month, one person's contracts in other
   * universities. The answer feeds the check; a service returns to the caller only what the caller may read.
   */
  read<T>(read: (pb: PocketBase) => Promise<T>): Promise<T> {
    const session = this.session;
    if (!session) throw new Error('The server was started without the PocketBase superuser (ServerConfig.superuser), so it cannot check this');
    return session.run(read);
  }
}
