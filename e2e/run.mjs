// `pnpm test` in e2e (and so `npm test`): the stories, then the subset deployment's own run (subset.config.ts), both
// always, failing if either failed. Arguments (a spec, --grep …) go to the stories' run alone, as `playwright test` took them.
import { spawnSync } from 'node:child_process';

const playwright = (args) => spawnSync('playwright', ['test', ...args], { stdio: 'inherit' }).status ?? 1;
const args = process.argv.slice(2);
const stories = playwright(args);
const subset = args.length ? 0 : playwright(['-c', 'subset.config.ts']);
process.exit(stories || subset);
