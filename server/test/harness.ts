import { afterAll, beforeAll } from 'vitest';
import PocketBase, { BaseAuthStore } from 'pocketbase';
import type { ModuleManifest } from '@otou/domain';
import { createContextFor } from '../src/context.ts';
import { createCallerFactory } from '../src/trpc.ts';
import { appRouter } from '../src/routers/_app.ts';
import { startPocketBase, type PocketBaseProcess } from '../src/pocketbase/process.ts';
import { superuserClient } from '../src/pocketbase/admin.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo.ts';
import { releaseModule } from '../src/services/releases.ts';
import assessment from '../../modules/assessment/src/manifest.ts';
import budget from '../../modules/budget/src/manifest.ts';
import employment from '../../modules/employment/src/manifest.ts';
import training from '../../modules/training/src/manifest.ts';
import pitching from '../../modules/pitching/src/manifest.ts';

export const MANIFESTS: ModuleManifest[] = [assessment, budget, employment, training, pitching];
const createCaller = createCallerFactory(appRouter);

export interface Platform {
  pb: PocketBaseProcess;
  admin: PocketBase;
  /** A tRPC caller as a guest or with a token, in Thai unless told otherwise, at `now` when given. */
  caller(token?: string | null, locale?: 'th' | 'en', now?: Date): ReturnType<typeof createCaller>;
  /** Signs a demo user in through the server and returns the token. */
  login(email: string): Promise<string>;
  /** A PocketBase SDK client carrying a user's token, to try PocketBase's REST API directly. */
  rest(token: string | null): PocketBase;
}

/** A real PocketBase with the demo organisation and the five real module manifests released, for one test file. */
export function usePlatform(): Platform {
  const platform = {} as Platform;
  beforeAll(async () => {
    const pb = await startPocketBase();
    const admin = await superuserClient(pb.url, pb.superuser);
    await seedDemo(admin);
    for (const m of MANIFESTS) await releaseModule(admin, m);
    Object.assign(platform, {
      pb,
      admin,
      caller: (token: string | null = null, locale: 'th' | 'en' = 'th', now?: Date) =>
        createCaller(createContextFor({ pbUrl: pb.url, superuser: pb.superuser, ...(now ? { clock: () => now } : {}) }, token, locale)),
      login: async (email: string) => (await createCaller(createContextFor({ pbUrl: pb.url, superuser: pb.superuser }, null, 'th')).auth.login({ email, password: DEMO_PASSWORD })).token,
      rest: (token: string | null) => {
        const c = new PocketBase(pb.url, new BaseAuthStore());
        c.autoCancellation(false);
        if (token) c.authStore.save(token);
        return c;
      },
    });
  });
  afterAll(async () => {
    await platform.pb?.stop();
  });
  return platform;
}
