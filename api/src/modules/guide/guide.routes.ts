import { Router, type Request } from 'express';
import { anonymous } from '../../auth/viewer.js';
import { UserInputError } from '../../errors/errors.js';
import { createContext, type AppDeps } from '../../graphql/context.js';
import { sectorLabels, partnerKindLabels } from '../partners/partner.enums.js';
import { themeCatalog } from '../themes/theme.catalog.js';
import { readGuideQuery, type GuideQuery } from './guide.filter.js';
import { writeGuidePdf } from './guide.pdf.js';
import { GuideService, type GuideSection } from './guide.service.js';

export const guideTitle = 'Guide santé mentale';

// A national guide takes seconds of CPU: a few at a time, the others are asked to come back
// (a cache in front may serve the same selection meanwhile: it is public for 5 minutes).
const maxConcurrentRenders = 2;

/** The filters in words, for the title page: « Soin ; commune : Metz ». */
export function describeSelection({ filter }: GuideQuery): string | null {
  const parts = [
    ...(filter.sectors ?? []).map((sector) => sectorLabels[sector]),
    ...(filter.kinds ?? []).map((kind) => partnerKindLabels[kind]),
    ...(filter.communes ?? []).map((commune) => `commune : ${commune}`),
    ...(filter.themes ?? []).map((theme) => `thématique : ${themeCatalog.get(theme)?.label ?? theme}`),
    ...(filter.search ? [`recherche : « ${filter.search} »`] : []),
  ];
  return parts.length ? parts.join(' ; ') : null;
}

// The printable guide as a PDF, built on the server. It is public: it shows what the
// anonymous visitor of the directory sees, with or without a session cookie.
export function guideRoutes(deps: AppDeps): Router {
  const router = Router();
  let rendering = 0;
  const badRequest = (message: string) => ({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });

  router.get('/guide.pdf', async (req: Request, res, next) => {
    const ctx = createContext(deps, anonymous, { log: req.log, ip: req.ip ?? null });
    const params = new URL(req.originalUrl, 'http://guide.invalid').searchParams;
    let query: GuideQuery;
    let sections: GuideSection[];
    let territoryName: string | null = null;
    const guide = new GuideService(deps.dataSource, ctx.services.partners);
    try {
      query = readGuideQuery(params);
      sections = await guide.sections(query.filter); // also checks the filter before any byte is sent
      if (query.territory) {
        const territory = await ctx.services.territories.findBySlug(query.territory);
        if (!territory) return res.status(404).type('text/plain; charset=utf-8').send('Territoire introuvable.');
        territoryName = territory.name;
      }
    } catch (error) {
      if (error instanceof UserInputError) return res.status(400).json(badRequest(error.message));
      return next(error);
    }
    if (rendering >= maxConcurrentRenders) {
      res.setHeader('retry-after', '10');
      return res.status(503).type('text/plain; charset=utf-8').send('Le guide est en cours de préparation pour d’autres demandes. Réessayez dans quelques secondes.');
    }
    rendering += 1;
    res.once('close', () => (rendering -= 1));
    const web = new URLSearchParams(params);
    const onlineUrl = `${deps.config.origin}/guide${web.size ? `?${web}` : ''}`;
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', 'inline; filename="guide-sante-mentale.pdf"');
    res.setHeader('cache-control', 'public, max-age=300');
    try {
      await writeGuidePdf(res, guide, query.filter, {
        title: guideTitle,
        territoryName,
        editedAt: new Date(),
        selection: describeSelection(query),
        onlineUrl,
      }, sections);
    } catch (error) {
      // Headers are gone: the best we can do is cut the download, which the reader will see.
      req.log.error({ err: error }, 'guide pdf failed');
      res.destroy(error as Error);
    }
  });

  return router;
}
