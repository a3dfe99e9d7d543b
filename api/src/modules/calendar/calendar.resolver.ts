import { Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CalendarFeedService } from './calendar.service.js';

@Resolver()
export class CalendarResolver {
  @Mutation(() => String, { description: 'Crée le lien de mon agenda personnel (l’ancien lien cesse de fonctionner)' })
  async createCalendarFeed(@Ctx() ctx: Context): Promise<string> {
    const token = await new CalendarFeedService(ctx.dataSource, ctx.viewer).create();
    return `/calendrier/personnel/${token}.ics`;
  }

  @Mutation(() => Boolean, { description: 'Révoque les liens de mon agenda personnel' })
  async revokeCalendarFeeds(@Ctx() ctx: Context): Promise<boolean> {
    await new CalendarFeedService(ctx.dataSource, ctx.viewer).revokeAll();
    return true;
  }
}
