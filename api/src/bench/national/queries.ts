/**
 * The six requests of the national benchmark, as the web app asks them. Each names the viewer
 * it runs as and, for Q1-Q3, the equivalent PostGraphile (v4) operation on the same tables.
 */
export type BenchViewer = 'anonymous' | 'coordinator' | 'careTeam';

export interface BenchQuery {
  id: 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6';
  title: string;
  viewer: BenchViewer;
  /** Levels of lists in the answer: the statement goal is at most 1 + this. */
  listLevels: number;
  operationName: string;
  document: string;
  postgraphile?: string;
}

export const benchQueries: BenchQuery[] = [
  {
    id: 'Q1',
    title: 'annuaire d’un territoire (20 partenaires, secteur, contacts)',
    viewer: 'anonymous',
    listLevels: 2,
    operationName: 'DirectoryOfTerritory',
    document: `query DirectoryOfTerritory($territory: String!) {
  partners(filter: { territory: $territory }, first: 20) {
    totalCount
    edges { node { id slug name sector sectorLabel commune contacts { id function email phone person { displayName } } } }
    pageInfo { hasNextPage }
  }
}`,
    postgraphile: `query DirectoryOfTerritory($territory: String!) {
  territoryBySlug(slug: $territory) {
    partnerTerritoriesByTerritoryId(first: 20) {
      totalCount
      nodes { partnerByPartnerId { id slug name sector commune contactsByPartnerId { nodes { id function email phone personByPersonId { firstName lastName } } } } }
      pageInfo { hasNextPage }
    }
  }
}`,
  },
  {
    id: 'Q2',
    title: 'recherche dans tout l’annuaire national',
    viewer: 'anonymous',
    listLevels: 1,
    operationName: 'DirectorySearch',
    document: `query DirectorySearch($search: String!) {
  partners(filter: { search: $search }, first: 20) {
    totalCount
    edges { node { id slug name sector sectorLabel commune } }
    pageInfo { hasNextPage }
  }
}`,
    postgraphile: `query DirectorySearch($search: String!) {
  searchPartners(search: $search, first: 20) {
    totalCount
    nodes { id slug name sector commune }
    pageInfo { hasNextPage }
  }
}`,
  },
  {
    id: 'Q3',
    title: 'un groupe, ses réunions et leurs participants',
    viewer: 'anonymous',
    listLevels: 2,
    operationName: 'GroupMeetings',
    document: `query GroupMeetings($slug: String!) {
  group(slug: $slug) {
    id name
    meetings { id title status startsAt attendance { status person { displayName } partner { name } } }
  }
}`,
    postgraphile: `query GroupMeetings($slug: String!) {
  workingGroupBySlug(slug: $slug) {
    id name
    meetingsByGroupId(orderBy: STARTS_AT_ASC) { nodes { id title status startsAt attendancesByMeetingId { nodes { status personByPersonId { firstName lastName } partnerByPartnerId { name } } } } }
  }
}`,
  },
  {
    id: 'Q4',
    title: 'la carte : les structures d’un rectangle',
    viewer: 'anonymous',
    listLevels: 1,
    operationName: 'MapOfBox',
    document: `query MapOfBox($box: BoundingBox!) {
  partnerMarkers(filter: { box: $box }) { id slug name sector latitude longitude }
}`,
  },
  {
    id: 'Q5',
    title: 'modification versionnée d’une fiche',
    viewer: 'coordinator',
    listLevels: 0,
    operationName: 'EditPartner',
    document: `mutation EditPartner($target: VersionedPartnerInput!, $fields: PartnerFieldsInput!) {
  updatePartner(target: $target, fields: $fields) { id version openingHours }
}`,
  },
  {
    id: 'Q6',
    title: 'la page d’un dossier IML par son équipe de soins',
    viewer: 'careTeam',
    listLevels: 1,
    operationName: 'ImlCasePage',
    document: `query ImlCasePage($id: ID!) {
  imlCase(id: $id) {
    id version pseudonym state referredOn
    identity { firstName lastName birthDate }
    clinicalNotes
    steps { fromState toState on note }
  }
}`,
  },
];

export const bodyOf = (query: BenchQuery, variables: Record<string, unknown>, document = query.document): string =>
  JSON.stringify({ operationName: query.operationName, query: document, variables });
