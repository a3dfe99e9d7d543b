import type { Role } from '../modules/accounts/role.enum.js';

export interface Grant {
  role: Role;
  territoryId: string;
  partnerId: string | null;
}

// Who is asking: the anonymous public, or a signed-in account with its roles per territory.
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; personId: string; grants: Grant[]; sessionTokenHash: string };

export type SignedInViewer = Extract<Viewer, { kind: 'user' }>;

export const anonymous: Viewer = { kind: 'anonymous' };
