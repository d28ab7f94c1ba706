import { defineManifest, pitchingModule } from '@otou/domain';
import { version } from '../package.json';

/** The pitching module's contract (shared with the server in @otou/domain) and this build's version. */
export default defineManifest({ ...pitchingModule, version });
