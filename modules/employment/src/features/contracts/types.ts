import type { RouterOutputs } from '@otou/server/router';

/*
 * What the contract and agency pages read, as the server's procedures answer it: derived from the router, never
 * written again here, so a field the server adds, renames or makes nullable reaches these pages' types at once.
 */
type Api = RouterOutputs['employment'];

/** A contract as `employment.contract.list` sends it (the national ID masked). */
export type ContractRow = Api['contract']['list'][number];

/** A user agency as `employment.agency.list` sends it. */
export type AgencyRow = Api['agency']['list'][number];

/** `employment.contract.get`: the contract with its tambon, agency, reports, payments and history. */
export type ContractDetail = Api['contract']['get'];

/** One row of a contract's history (employment_events), as `employment.contract.get` sends it. */
export type ContractEvent = ContractDetail['events'][number];

/** The worker account a contract made or linked: a temporary password only when it made one (shown once). */
export type WorkerAccount = Api['contract']['create']['account'];

/**
 * Who fills the vacancy a resignation leaves. `account` is null when the worker recorded their own resignation: the
 * leaver never sees the replacement's temporary password (the hiring staff issue one).
 */
export type Promotion = Api['resignation']['record']['promotion'];
