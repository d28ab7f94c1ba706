import type PocketBase from 'pocketbase';
import { z } from 'zod';
import { router, signedInProcedure } from '../trpc.ts';

type Placement = { level: string; networkId?: string | null; universityId?: string | null };

/** The universities a placement is responsible for: the centre all, a network its own, anyone below their own university. */
const universitiesOf = (pb: PocketBase, p: Placement) =>
  p.level === 'central' ? '' : p.level === 'network' ? pb.filter('network = {:id}', { id: p.networkId }) : pb.filter('id = {:id}', { id: p.universityId });

export const orgRouter = router({
  /**
   * What the caller is responsible for, counted by PocketBase under the caller's own token, so the numbers are
   * exactly what the API rules let this user see.
   */
  myScope: signedInProcedure.query(async ({ ctx }) => {
    const u = ctx.sessionUser;
    const p = u.placement;
    const count = async (collection: string, filter = '') =>
      (await ctx.pb.collection(collection).getList(1, 1, { filter, fields: 'id' })).totalItems;
    const universityFilter = universitiesOf(ctx.pb, p);
    const [tambons, universities, networks] = await Promise.all([
      count('tambons'),
      count('universities', universityFilter),
      p.level === 'central' ? count('networks') : Promise.resolve(1),
    ]);
    return { level: p.level, role: u.role, places: u.places, counts: { networks, universities, tambons } };
  }),

  /**
   * The universities the caller is responsible for (as myScope counts them), in code order: 76 at national scale,
   * whole — for a choice of university, such as the central office adding a user agency.
   */
  universities: signedInProcedure.query(async ({ ctx }) => {
    const rows = await ctx.pb.collection('universities').getFullList({ filter: universitiesOf(ctx.pb, ctx.sessionUser.placement), sort: 'code', fields: 'id,code,name_th,name_en,network', batch: 1000 });
    return rows.map((u) => ({ id: u.id, code: u['code'] as string, name_th: u['name_th'] as string, name_en: (u['name_en'] as string) || (u['name_th'] as string), networkId: u['network'] as string }));
  }),

  /** The tambons the caller may see, one page at a time, searchable by name or DOPA code. */
  tambons: signedInProcedure
    .input(z.object({ page: z.number().int().min(1).default(1), perPage: z.number().int().min(1).max(200).default(50), search: z.string().trim().max(100).default('') }))
    .query(async ({ ctx, input }) => {
      const filter = input.search
        ? ctx.pb.filter('name_th ~ {:q} || code ~ {:q} || district_th ~ {:q} || province_th ~ {:q}', { q: input.search })
        : '';
      const res = await ctx.pb.collection('tambons').getList(input.page, input.perPage, {
        filter,
        sort: 'code',
        expand: 'university',
        fields: 'id,code,name_th,district_th,province_th,university,expand.university.name_th,expand.university.name_en',
      });
      return {
        page: res.page,
        totalItems: res.totalItems,
        totalPages: res.totalPages,
        items: res.items.map((t) => ({
          id: t.id,
          code: t['code'] as string,
          name_th: t['name_th'] as string,
          district_th: t['district_th'] as string,
          province_th: t['province_th'] as string,
          university: (t.expand?.['university']?.['name_th'] as string | undefined) ?? '',
        })),
      };
    }),
});
