import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/svelte';
import { budgetModule, defineManifest } from '@otou/domain';
import { svelteLifecycles } from './lifecycle.ts';
import { writable, type Session, type SingleSpaProps } from './platform.ts';
import HomeApp from './testing/HomeApp.svelte';

const manifest = defineManifest({ ...budgetModule, version: '1.2.3' });

const myScope = {
  level: 'university',
  role: 'university_staff',
  places: {
    university: { id: 'u1', code: 'CU', name_th: 'จุฬาลงกรณ์มหาวิทยาลัย', name_en: 'Chulalongkorn University' },
    network: { id: 'n1', code: 'UC', name_th: 'เครือข่ายอุดมศึกษาภาคกลางตอนบน', name_en: 'Upper Central Higher Education Network' },
  },
  counts: { networks: 1, universities: 1, tambons: 3 },
};

function platform(session: Session | null = { token: 'tok', user: { id: 'x' } as Session['user'] }) {
  const outlet = document.createElement('div');
  document.body.appendChild(outlet);
  const props: SingleSpaProps = {
    name: '@otou/budget',
    domElementGetter: () => outlet,
    session: writable(session),
    locale: writable<'th' | 'en'>('th'),
    apiUrl: '/trpc',
    navigate: vi.fn(),
    sessionExpired: vi.fn(),
  };
  return { outlet, props, locale: props.locale as ReturnType<typeof writable<'th' | 'en'>> };
}

/** A tRPC batch answer, as the server sends it. */
const answer = (data: unknown, status = 200) =>
  new Response(JSON.stringify([status === 200 ? { result: { data } } : { error: { message: 'กรุณาเข้าสู่ระบบก่อน', code: -32001, data: { code: 'UNAUTHORIZED', httpStatus: 401, messageKey: 'error.unauthorized', fieldErrors: {} } } }]), {
    status,
    headers: { 'content-type': 'application/json' },
  });

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('svelteLifecycles', () => {
  it('mounts the module into the shell outlet, shows its name and the scope the server returned, and follows the language', async () => {
    const fetch = vi.fn(async () => answer(myScope));
    vi.stubGlobal('fetch', fetch);
    const { outlet, props, locale } = platform();
    const app = svelteLifecycles(HomeApp, manifest);
    await app.bootstrap(props);
    await app.mount(props);

    expect(outlet.querySelector('[data-module="budget"]')).not.toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('งบประมาณและความก้าวหน้า');
    await waitFor(() => expect(screen.getByTestId('tambon-count').textContent).toBe('3'));
    expect(screen.getByTestId('scope-summary').textContent).toContain('จุฬาลงกรณ์มหาวิทยาลัย');
    expect(screen.getByTestId('module-own')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('แผนและผลรายเดือน');

    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toContain('/trpc/org.myScope');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer tok');
    expect(new Headers(init.headers).get('x-otou-lang')).toBe('th');

    locale.set('en');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Budget & progress'));
    expect(screen.getByTestId('scope-summary').textContent).toContain('Chulalongkorn University');
    expect(screen.getByRole('listitem').textContent).toBe('Monthly plan and actual');

    await app.unmount(props);
    expect(outlet.childElementCount).toBe(0);
  });

  it('tells the shell when the server no longer accepts the token', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer(null, 401)));
    const { props } = platform();
    const app = svelteLifecycles(HomeApp, manifest);
    await app.mount(props);
    await waitFor(() => expect(props.sessionExpired).toHaveBeenCalled());
    expect(await screen.findByRole('alert')).toBeTruthy();
    await app.unmount(props);
  });

  it('a module can be mounted again after unmounting, each time fresh', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer(myScope)));
    const { outlet, props } = platform();
    const app = svelteLifecycles(HomeApp, manifest);
    await app.mount(props);
    await app.unmount(props);
    await app.mount(props);
    expect(outlet.querySelectorAll('[data-module="budget"]')).toHaveLength(1);
    await app.unmount(props);
  });
});
