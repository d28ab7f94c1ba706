import { defineManifest, assessmentModule } from '@otou/domain';
import { version } from '../package.json';

/** The assessment module's contract (shared with the server in @otou/domain) and this build's version. */
export default defineManifest({ ...assessmentModule, version });
