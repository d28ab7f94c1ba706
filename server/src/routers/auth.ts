import { loginInput } from '@otou/domain';
import { ClientResponseError } from 'pocketbase';
import { z } from 'zod';
import { pocketBaseFor } from '../context.ts';
import { appError, fromPocketBase } from '../errors.ts';
import { toSessionUser, USER_EXPAND } from '../session.ts';
import { ownAccountProcedure, publicProcedure, router, signedInProcedure } from '../trpc.ts';

/** The seconds PocketBase asks a refused sign-in to wait, or null when it was not refused for too many attempts. */
function signInWait(e: unknown): number | null {
  if (!(e instanceof ClientResponseError) || e.status !== 429) return null;
  const seconds = /(\d+) seconds/.exec(e.message)?.[1];
  return seconds ? Number(seconds) : 15 * 60;
}

export const authRouter = router({
  /** Signs in with PocketBase's password auth; the token goes back to the shell, which sends it on every call. */
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const pb = pocketBaseFor(ctx.pbUrl, null);
    // PocketBase limits attempts per account and per address (pb_hooks/sign_in_limits.js): name the person's address.
    const headers: Record<string, string> = ctx.address ? { 'X-Forwarded-For': ctx.address } : {};
    try {
      const auth = await pb.collection('users').authWithPassword(input.email, input.password, { expand: USER_EXPAND, headers });
      return { token: auth.token, user: toSessionUser(auth.record) };
    } catch (e) {
      if (e instanceof ClientResponseError && e.status === 0) throw fromPocketBase(e);
      const wait = signInWait(e);
      if (wait !== null) throw appError('TOO_MANY_REQUESTS', 'error.tooManyAttempts', { minutes: Math.ceil(wait / 60) });
      // Never say which of the two was wrong.
      throw appError('UNAUTHORIZED', 'error.badCredentials');
    }
  }),

  me: signedInProcedure.query(({ ctx }) => ctx.sessionUser),

  /**
   * Remembers the user's language: the one thing people change on their own record (their name is what the history
   * shows of them; role and placement are the central office's). Written as the platform, to the caller's record only.
   */
  setLanguage: ownAccountProcedure.input(z.object({ language: z.enum(['th', 'en']) })).mutation(async ({ ctx, input }) => {
    await ctx.actor.superuserWrites.batch().update('users', ctx.actor.user.id, { language: input.language }).send();
    return { language: input.language };
  }),
});
