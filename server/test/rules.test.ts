import { describe, expect, it } from 'vitest';
import { ClientResponseError } from 'pocketbase';
import { usePlatform } from './harness.ts';
import { tambonId, networkId, userId } from '../src/seed/demo.ts';

const p = usePlatform();
const codes = (items: { code?: unknown }[]) => items.map((t) => String(t['code' as keyof typeof t])).sort();

/** The same token used straight against PocketBase's REST API, bypassing the server: the API rules still hold. */
describe('PocketBase API rules with user tokens', () => {
  it('a university token lists only its own university\'s tambons', async () => {
    const pb = p.rest(await p.login('staff.cu@otou.demo'));
    expect(codes(await pb.collection('tambons').getFullList())).toEqual(['190204', '190205', '190206']);
    await expect(pb.collection('tambons').getOne(tambonId('130201'))).rejects.toMatchObject({ status: 404 });
  });

  it('a network token lists its network\'s tambons; a tambon token only its own', async () => {
    expect(codes(await p.rest(await p.login('network.uc@otou.demo')).collection('tambons').getFullList())).toEqual(['130201', '130202', '190204', '190205', '190206']);
    expect(codes(await p.rest(await p.login('worker.huaihaeng@otou.demo')).collection('tambons').getFullList())).toEqual(['190204']);
  });

  it('guests and forged tokens see no tambon', async () => {
    expect(await p.rest(null).collection('tambons').getFullList()).toHaveLength(0);
    const token = await p.login('central@otou.demo');
    const [h, payload] = token.split('.');
    expect(await p.rest(`${h}.${payload}.forgedsignature`).collection('tambons').getFullList()).toHaveLength(0);
  });

  it('a user cannot promote themselves or move to another university', async () => {
    const pb = p.rest(await p.login('staff.cu@otou.demo'));
    const id = userId('staff.cu@otou.demo');
    for (const change of [{ role: 'central_admin' }, { scope: 'central' }, { university: '' }, { network: networkId('UN') }]) {
      const err = await pb.collection('users').update(id, change).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ClientResponseError);
      expect([400, 403, 404]).toContain((err as ClientResponseError).status);
    }
    const me = await pb.collection('users').getOne(id);
    expect(me['role']).toBe('university_staff');
    expect(me['scope']).toBe('university');
    // Nor their name, which is what the history shows of them (issue 7); their language they change through the server.
    await expect(pb.collection('users').update(id, { name: 'ปริญญา (แก้ไข)' })).rejects.toBeInstanceOf(ClientResponseError);
    expect((await pb.collection('users').getOne(id))['name']).toBe('ปริญญา จุฬาฯ');
  });

  it('a user cannot read other users', async () => {
    const pb = p.rest(await p.login('staff.cu@otou.demo'));
    expect((await pb.collection('users').getFullList()).map((u) => u['email'])).toEqual(['staff.cu@otou.demo']);
  });

  it('a network admin cannot switch another network\'s module directly, nor can university staff', async () => {
    const un = networkId('UN');
    const setting = (await p.admin.collection('module_settings').getFirstListItem(p.admin.filter('network = {:n} && module = "budget"', { n: un })));
    const asUc = p.rest(await p.login('network.uc@otou.demo'));
    await expect(asUc.collection('module_settings').update(setting.id, { enabled: false, changed_by: userId('network.uc@otou.demo') })).rejects.toBeInstanceOf(ClientResponseError);
    const asStaff = p.rest(await p.login('staff.cu@otou.demo'));
    const ucSetting = await p.admin.collection('module_settings').getFirstListItem(p.admin.filter('network = {:n} && module = "budget"', { n: networkId('UC') }));
    await expect(asStaff.collection('module_settings').update(ucSetting.id, { enabled: false, changed_by: userId('staff.cu@otou.demo') })).rejects.toBeInstanceOf(ClientResponseError);
    expect((await p.admin.collection('module_settings').getOne(setting.id))['enabled']).toBe(true);
    expect((await p.admin.collection('module_settings').getOne(ucSetting.id))['enabled']).toBe(true);
  });

  it('a switch must be signed by the admin who made it', async () => {
    const uc = networkId('UC');
    const setting = await p.admin.collection('module_settings').getFirstListItem(p.admin.filter('network = {:n} && module = "budget"', { n: uc }));
    const asUc = p.rest(await p.login('network.uc@otou.demo'));
    await expect(asUc.collection('module_settings').update(setting.id, { enabled: false, changed_by: userId('central@otou.demo') })).rejects.toBeInstanceOf(ClientResponseError);
  });
});
