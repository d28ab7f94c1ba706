import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { moduleHarness, ModuleHarness } from './testing/index.ts';
import PageTitle from './PageTitle.svelte';
import { ModuleContext } from './moduleContext.svelte.ts';

afterEach(() => history.replaceState(null, '', '/'));

describe('ModuleContext', () => {
  it('keeps a view setting in the address without a new history entry, and reads it back', () => {
    history.replaceState(null, '', '/budget/tambon/t1?x=1');
    const { context } = moduleHarness();
    const before = history.length;
    context.setQuery({ m: 3 });
    expect(location.search).toBe('?x=1&m=3');
    expect(context.query.get('m')).toBe('3');
    context.setQuery({ m: undefined, x: null });
    expect(location.search).toBe('');
    expect(history.length).toBe(before);
  });

  it('a page sets its title through the shell', async () => {
    const h = moduleHarness();
    render(ModuleHarness, h.props(PageTitle, { title: 'ตำบลห้วยแห้ง' }));
    expect(h.titles).toEqual(['ตำบลห้วยแห้ง']);
    expect(screen.queryByText('ตำบลห้วยแห้ง')).toBeNull();
  });

  it('without a shell that shows titles, the module sets the tab title itself with the platform name', () => {
    const { context } = moduleHarness();
    const { setTitle: _shellTitle, ...olderShell } = context.platform;
    new ModuleContext(olderShell, context.manifest).setTitle('สถานะการรายงาน');
    expect(document.title).toBe('สถานะการรายงาน · ระบบ ๑ ตำบล ๑ มหาวิทยาลัย');
  });
});
