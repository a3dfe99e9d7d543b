import { Arg, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError } from '../../errors/errors.js';
import type { HubEvent } from '../../events/event-bus.js';
import { renewForEvent, subscribeToVisible } from '../../events/event-scope.js';
import type { Context } from '../../graphql/context.js';
import { partnerUpdatedTopic } from './partner-editing.service.js';
import { Partner } from './partner.entity.js';

const subscribeToPartner = subscribeToVisible(partnerUpdatedTopic, (ctx, args) => ctx.services.partners.findBySlug(String(args.slug)), 'Cette structure n’existe pas.');

@Resolver(() => Partner)
export class PartnerEventsResolver {
  @Subscription(() => Partner, {
    subscribe: subscribeToPartner as never,
    description: 'Une fiche modifiée, en direct (membres connectés)',
  })
  async partnerUpdated(@Root() event: HubEvent, @Arg('slug', () => String) _slug: string, @Ctx() ctx: Context): Promise<Partner> {
    // Permissions follow the event, not the connection: a session closed since the subscription
    // started receives nothing more, and every event is read afresh.
    await renewForEvent(ctx, event);
    const partner = await ctx.loaders.partnerById.load(event.id);
    if (!partner) throw new NotFoundError('Cette structure n’existe plus.');
    return partner;
  }
}
