import { UserInputError } from '../../errors/errors.js';
import { PartnerKind, Sector } from '../partners/partner.enums.js';
import type { PartnerFilter } from '../partners/partner.inputs.js';

// The guide takes the directory's filters from the same query parameters as the directory
// page (`/annuaire?secteur=CARE&commune=Metz`), so a filtered list prints as it is shown.
export interface GuideQuery {
  filter: PartnerFilter;
  territory: string | null;
}

const sectors = new Set<string>(Object.values(Sector));
const kinds = new Set<string>(Object.values(PartnerKind));

function values(params: URLSearchParams, name: string): string[] {
  return params.getAll(name).map((value) => value.trim()).filter(Boolean);
}

/** Reads and checks the guide's filters; unknown sectors or kinds are the caller's error. */
export function readGuideQuery(params: URLSearchParams): GuideQuery {
  const sectorValues = values(params, 'secteur');
  const unknownSector = sectorValues.find((value) => !sectors.has(value));
  if (unknownSector) throw new UserInputError(`Secteur inconnu : « ${unknownSector.slice(0, 60)} ».`, 'secteur');
  const kindValues = values(params, 'type');
  const unknownKind = kindValues.find((value) => !kinds.has(value));
  if (unknownKind) throw new UserInputError(`Type de structure inconnu : « ${unknownKind.slice(0, 60)} ».`, 'type');
  const territory = params.get('territoire')?.trim() || null;
  return {
    territory,
    filter: {
      territory,
      search: params.get('q')?.trim() || null,
      sectors: sectorValues.length ? (sectorValues as Sector[]) : null,
      kinds: kindValues.length ? (kindValues as PartnerKind[]) : null,
      communes: values(params, 'commune'),
      themes: values(params, 'theme'),
    },
  };
}
