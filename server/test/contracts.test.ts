import { describe, expect, it } from 'vitest';
import { SERVER_CONTRACTS } from '@otou/domain';
import { appRouter } from '../src/routers/_app.ts';

describe('the server contracts a module may name', () => {
  it('name exactly the routers this server has: a router added or removed needs its contract version declared', () => {
    const routers = Object.keys((appRouter as unknown as { _def: { record: Record<string, unknown> } })._def.record).sort();
    expect(Object.keys(SERVER_CONTRACTS).sort()).toEqual(routers);
  });
});
