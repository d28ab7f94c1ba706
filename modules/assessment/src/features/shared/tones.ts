import type { Tone } from '@otou/ui';

/** A tambon's form in a round, on the kit's badge: the same colours wherever a form's state is shown. */
export const FORM_TONE: Record<'none' | 'draft' | 'submitted' | 'approved', Tone> = { none: undefined, draft: 'info', submitted: 'waiting', approved: 'ok' };
