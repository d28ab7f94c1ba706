import { budgetModule, defineManifest } from '@otou/domain';
import pkg from '../package.json';

/** The budget module's contract with the platform (route, labels, roles, API: shared with the server's guard) at this release. */
export default defineManifest({ ...budgetModule, version: pkg.version });
