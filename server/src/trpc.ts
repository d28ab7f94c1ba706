import { initTRPC } from '@trpc/server';
import { isModuleAdmin, type FormattedErrorData, type ModuleName, type Role, type SessionUser } from '@otou/domain';
import { superuserSessionOf, type Actor, type Context } from './context.ts';
import { appError, describeError, fromPocketBase } from './errors.ts';
import { SuperuserWrites } from './pocketbase/superuserWrites.ts';

/** The one initTRPC of the platform. No stack traces leave the server; messages are in the caller's language. */
const t = initTRPC.context<Context>().create({
  isDev: false,
  errorFormatter({ shape, error, ctx }) {
    const { message, fieldErrors, messageKey, conflict } = describeError(error, ctx?.locale ?? 'th');
    const data: FormattedErrorData = { code: shape.data.code, httpStatus: shape.data.httpStatus, messageKey, fieldErrors, ...(conflict ? { conflict } : {}) };
    return { code: shape.code, message, data };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Maps what PocketBase answers (403 from an API rule, 404, …) to the platform's translated errors. */
const pocketBaseErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = fromPocketBase(result.error.cause);
    if (mapped !== result.error.cause && mapped instanceof Error) throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.use(pocketBaseErrors);

const signedIn = t.middleware(async ({ ctx, next }) => {
  const user = await ctx.user();
  if (!user) throw appError('UNAUTHORIZED', ctx.token ? 'error.sessionExpired' : 'error.unauthorized');
  return next({ ctx: { ...ctx, sessionUser: user as SessionUser } });
});

/** Guarantees a valid signed-in user in ctx.user. */
export const signedInProcedure = publicProcedure.use(signedIn);

/**
 * The caller as an actor, with writes as the platform. Built only here, after a guard has let the caller in: this
 * is the one place a request reaches the superuser session (context.ts keeps it out of the context's fields).
 */
function actorAfterGuard(ctx: Context, user: SessionUser): Actor {
  return { pb: ctx.pb, user, now: ctx.now(), locale: ctx.locale, superuserWrites: new SuperuserWrites(superuserSessionOf(ctx)) };
}

/** Any signed-in caller as an actor: for procedures whose services write only what concerns the caller. */
const signedInActor = signedInProcedure.use(({ ctx, next }) => next({ ctx: { actor: actorAfterGuard(ctx, ctx.sessionUser) } }));

/** A person's own account: signed in; the actor's writes go to the caller's own user record only (auth.setLanguage). */
export const ownAccountProcedure = signedInActor;

/**
 * What the module registry keeps about every user's browser: the versions their network runs (read as the platform:
 * module_versions is for admins' tokens), the failures and successful mounts it reports (registry.reportFailure,
 * reportMounted). Their services write only rows about the caller's own network, never a choice of version.
 */
export const registryUserProcedure = signedInActor;

/** Guarantees the caller may switch modules on and off for at least one network (central or network admin). */
export const moduleAdminProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (!isModuleAdmin(ctx.sessionUser)) throw appError('FORBIDDEN', 'error.forbidden');
  return next({ ctx: { actor: actorAfterGuard(ctx, ctx.sessionUser) } });
});

/**
 * A module's procedures: signed in, with one of the roles the module's contract names, and the caller as an `actor`
 * for the module's services (PocketBase as the caller, the user, the request's time and language, and writes as the
 * platform, which the services use only after their own checks of the target: canPlan, canReport, canApprove…).
 * A module this deployment does not run answers NOT_FOUND "module X is not deployed on this platform".
 */
export function moduleProcedure(contract: { name: ModuleName; roles: readonly Role[] }) {
  return publicProcedure
    .use(({ ctx, next }) => {
      // A subset deployment (see deploymentOf) does not run this module: it is not there, for guests and users alike.
      if (!ctx.deployed.has(contract.name)) throw appError('NOT_FOUND', 'release.notDeployed', { module: contract.name });
      return next();
    })
    .use(signedIn)
    .use(({ ctx, next }) => {
      if (!contract.roles.includes(ctx.sessionUser.role)) throw appError('FORBIDDEN', 'error.forbidden');
      return next({ ctx: { actor: actorAfterGuard(ctx, ctx.sessionUser) } });
    });
}
