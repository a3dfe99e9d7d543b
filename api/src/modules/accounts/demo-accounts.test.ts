import { describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '../../demo/accounts.data.js';
import { useAccountsServer } from './account.test-helpers.js';

const env = useAccountsServer({ production: true });

describe('demo accounts in production', () => {
  it('are refused, each of them', async () => {
    for (const account of demoAccounts) {
      const result = await env.server.graphql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
        e: account.email,
        p: demoPassword,
      });
      expect(result.errors?.[0]?.extensions?.code, account.email).toBe('BAD_USER_INPUT');
    }
  });
});
