import { defineManifest, employmentModule } from '@otou/domain';
import { version } from '../package.json';

/** The employment module's contract (shared with the server in @otou/domain) and this build's version. */
export default defineManifest({ ...employmentModule, version });
