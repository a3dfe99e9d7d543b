import type { DataSource } from 'typeorm';
import type { SignedInViewer } from '../auth/viewer.js';
import { SessionService } from '../modules/accounts/session.service.js';

/**
 * The viewer of the account `email` for operations run in process, as the app resolves an
 * account without a session (its roles read now, demo accounts allowed).
 */
export async function accountViewer(dataSource: DataSource, email: string): Promise<SignedInViewer> {
  const [account] = await dataSource.query(`SELECT id FROM user_account WHERE email = $1`, [email]);
  const viewer = account ? await new SessionService(dataSource, { sessionTtlHours: 8, production: false }).viewerOf(account.id) : null;
  if (viewer?.kind !== 'user') throw new Error(`no usable account for ${email}`);
  return viewer;
}
