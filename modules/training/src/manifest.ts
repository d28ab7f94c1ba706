import { defineManifest, trainingModule } from '@otou/domain';
import { version } from '../package.json';

/** The training module's contract (shared with the server in @otou/domain) and this build's version. */
export default defineManifest({ ...trainingModule, version });
