import { DEFAULT_BASIS, type ReportBasis } from '@otou/domain';
import { defineRoutes } from '@otou/sdk';
import manifest from './manifest.ts';

/** The assessment module's pages, below /assessment. Links are built from here (`routes.href`), never written by hand. */
export const routes = defineRoutes(manifest.route, {
  home: '',
  rounds: 'rounds',
  settings: 'settings',
  /** The tambons of a university with their form's status for a round (`?r=round&u=university`). */
  tambons: 'tambons',
  /** One tambon's form for a round (`?r=round`). */
  form: 'tambon/:tambonId',
  /** Tiers, movement, goals and coverage (`?r=round&b=basis&n=network&u=university`). */
  dashboard: 'dashboard',
  /** A university's quarterly USI report (`?r=round`). */
  usi: 'university/:universityId',
  /** A network's quarterly RSI report (`?r=round`). */
  rsi: 'network/:networkId',
});

/** The round a page is about, kept in the address (`?r=…`) so links carry it; none means "the current one". */
export const chosenRound = (query: URLSearchParams): string | undefined => query.get('r') || undefined;

/** Approved figures unless the user asked for provisional ones (`?b=provisional`), which links then carry too. */
export const chosenBasis = (query: URLSearchParams): ReportBasis => (query.get('b') === 'provisional' ? 'provisional' : DEFAULT_BASIS);
