// Who is asking. Accounts arrive with the accounts module; until then every request is the
// anonymous public, and the rules below already say what the public may not see.
export type Viewer = { kind: 'anonymous' } | { kind: 'member'; userId: string; partnerIds: string[] };

export const anonymous: Viewer = { kind: 'anonymous' };

/** Contact details of people are for signed-in partners only, never the public directory. */
export const canSeeContactDetails = (viewer: Viewer): boolean => viewer.kind === 'member';
