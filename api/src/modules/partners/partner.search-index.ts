import type { EntityManager } from 'typeorm';
import { audienceCatalog, themeCatalog } from '../themes/theme.catalog.js';
import { partnerKindLabels, sectorLabels } from './partner.enums.js';
import type { Partner } from './partner.entity.js';

// Words a person may type that the row itself does not hold: labels of its kind, sector,
// themes and publics ("bailleur" finds the landlords even when their name doesn't say so).
function keywords(partner: Partner): string {
  return [
    partnerKindLabels[partner.kind],
    sectorLabels[partner.sector],
    partner.commune,
    ...partner.themeCodes.map((code) => themeCatalog.get(code)?.label),
    ...partner.publicCodes.map((code) => audienceCatalog.get(code)?.label),
  ]
    .filter(Boolean)
    .join(' ');
}

/** The fields (and `contacts`) a search document is made of: an edit of any other needs no rebuild. */
export const searchedFields: ReadonlySet<string> = new Set(['name', 'shortName', 'kind', 'sector', 'commune', 'themeCodes', 'publicCodes', 'description', 'contacts']);

/**
 * Rebuilds the search documents of the given partners. Call it in the transaction of every
 * write that touches a partner or its contacts, so the index is never stale.
 * Weights: A name and acronym, B labels, C description and contacts' functions.
 */
export async function refreshSearchDocuments(manager: EntityManager, partners: Partner[]): Promise<void> {
  if (!partners.length) return;
  const entries = partners.map((partner) => ({ id: partner.id, keywords: keywords(partner) }));
  await manager.query(
    `UPDATE partner p SET search_document =
        setweight(to_tsvector('clsm_french', p.name || ' ' || coalesce(p.short_name, '')), 'A')
     || setweight(to_tsvector('clsm_french', k.keywords), 'B')
     || setweight(to_tsvector('clsm_french', coalesce(p.description, '') || ' ' || coalesce(
          (SELECT string_agg(c.function, ' ') FROM contact c WHERE c.partner_id = p.id), '')), 'C')
     FROM jsonb_to_recordset($1::jsonb) AS k(id uuid, keywords text)
     WHERE p.id = k.id`,
    [JSON.stringify(entries)],
  );
}
