import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { YearlyReport } from './report.types.js';

@Resolver(() => YearlyReport)
export class ReportResolver {
  @Query(() => YearlyReport, { description: 'Le bilan annuel d’un territoire (comptes du territoire)' })
  yearlyReport(@Arg('territory', () => String) territory: string, @Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<YearlyReport> {
    return ctx.services.reports.yearly(territory, year);
  }
}
