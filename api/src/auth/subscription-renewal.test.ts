import { describe, expect, it } from 'vitest';
import { partnerUpdatedTopic } from '../modules/partners/partner-editing.service.js';
import { openSubscription, useActorsServer } from './actors.test-helpers.js';

const env = useActorsServer();

describe('a live subscription', () => {
  it('reads with the roles the account has at each event, not those it had when it subscribed', async () => {
    const partnerId = await env.partnerId('unafam-moselle');
    const subscription = openSubscription(
      env.server.url,
      'subscription { partnerUpdated(slug: "unafam-moselle") { contacts { email } } }',
      {},
      env.cookies.gemMember,
    );
    const nudge = () => env.server.deps.events.publish(partnerUpdatedTopic, partnerId);
    try {
      const before = (await subscription.next({ nudge })) as { data: { partnerUpdated: { contacts: Array<{ email: string | null }> } } };
      expect(before.data.partnerUpdated.contacts.some((c) => c.email)).toBe(true);

      // The member loses its only role: contact details are for accounts of the territory.
      await env.database.dataSource.query(`DELETE FROM role_assignment WHERE user_id = $1`, [await env.userId('gemMember')]);
      let after = before;
      for (let i = 0; i < 20 && after.data.partnerUpdated.contacts.some((c) => c.email); i += 1) {
        after = (await subscription.next({ nudge })) as typeof before;
      }
      expect(after.data.partnerUpdated.contacts.length).toBeGreaterThan(0);
      expect(after.data.partnerUpdated.contacts.every((c) => c.email === null)).toBe(true);
    } finally {
      await subscription.close();
    }
  });
});
