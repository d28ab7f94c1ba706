import { loginInput } from '@otou/domain';
import { z } from 'zod';
import { pocketBaseFor } from '../context.ts';
import { appError } from '../errors.ts';
import { toSessionUser, USER_EXPAND } from '../session.ts';
import { publicProcedure, router, signedInProcedure } from '../trpc.ts';

export const authRouter = router({
  /** Signs in with PocketBase's password auth; the token goes back to the shell, which sends it on every call. */
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const pb = pocketBaseFor(ctx.pbUrl, null);
    try {
      const auth = await pb.collection('users').authWithPassword(input.email, input.password, { expand: USER_EXPAND });
      return { token: auth.token, user: toSessionUser(auth.record) };
    } catch {
      // Never say which of the two was wrong.
      throw appError('UNAUTHORIZED', 'error.badCredentials');
    }
  }),

  me: signedInProcedure.query(({ ctx }) => ctx.sessionUser),

  /** Remembers the user's language; PocketBase's rule lets a user change this but not their role or placement. */
  setLanguage: signedInProcedure.input(z.object({ language: z.enum(['th', 'en']) })).mutation(async ({ ctx, input }) => {
    await ctx.pb.collection('users').update(ctx.sessionUser.id, { language: input.language });
    return { language: input.language };
  }),
});
