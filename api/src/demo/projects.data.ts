// The projects named in the CLSM's documents, and the groups that carry them (by slug); their
// partner organisations, convention, years, funding and results as the documents give them.
export interface DemoFundingLine {
  funderSlug?: string;
  funderName: string;
  basis: 'PER_UNIT_PER_YEAR' | 'PER_YEAR' | 'ONE_OFF';
  unitLabel?: string;
  amountEuros: number;
  units: number;
  fromYear: number;
  toYear: number;
  note?: string;
}

export interface DemoIndicator {
  name: string;
  unit?: string;
  values: Array<{ year: number; target?: number; value?: number }>;
}

export interface DemoProject {
  slug: string;
  name: string;
  description: string;
  status: 'UNDER_STUDY' | 'ACTIVE' | 'CLOSED';
  contribution: boolean;
  leadPartnerSlug?: string;
  groupSlugs: string[];
  partnerSlugs?: string[];
  conventionSlug?: string;
  startYear?: number;
  endYear?: number;
  funding?: DemoFundingLine[];
  indicators?: DemoIndicator[];
}

// The landlords of the Metz area that the 2020 press release names for the IML and tenant-support
// conventions (through ARELOR Hlm).
const landlords = ['batigere', '3f-grand-est', 'moselis', 'metz-habitat-territoire', 'logiest', 'icf-nord-est', 'presence-habitat', 'vilogia'];
const cmps = ['cmp-secteur-1-pole-5', 'cmp-secteur-2-pole-5', 'cmp-secteur-3-pole-5', 'cmp-secteur-4-pole-5'];

// IML funding (2018 presentation, "financements cumulables sur 2 ans"), at the pace the documents
// give: 10 flats the first year, 10 more the next (plenary of 10 Dec 2019), so 10 then 20 flats
// funded, one line per year and funder. First flats in 2019 ("l'an passé", press release 2020).
const imlFunding = (units: number, year: number): DemoFundingLine[] => [
  { funderSlug: 'ddcs-moselle', funderName: 'IML (DDCS de la Moselle)', basis: 'PER_UNIT_PER_YEAR', unitLabel: 'logement', amountEuros: 5000, units, fromYear: year, toYear: year },
  {
    funderSlug: 'metz-metropole',
    funderName: 'AMI Logement d’abord (Metz Métropole et DIHAL)',
    basis: 'PER_UNIT_PER_YEAR',
    unitLabel: 'personne',
    amountEuros: 1400,
    units,
    fromYear: year,
    toYear: year,
    note: 'peut être doublé',
  },
];

export const demoProjects: DemoProject[] = [
  {
    slug: 'iml',
    name: 'Intermédiation locative (IML)',
    description:
      'Accès au logement accompagné de 20 patients sortant du CH de Jury, 10 logements par an sur 2 ans : bail à l’association, sous-location à la personne, accompagnement pluridisciplinaire, puis glissement de bail ou réorientation au cas par cas.',
    status: 'ACTIVE',
    contribution: false,
    leadPartnerSlug: 'ch-jury',
    groupSlugs: ['logement-sante-mentale'],
    // Plenary of 10 Dec 2019: AMLI, Metz Métropole, the State services (DDCS and ARS), the landlords.
    partnerSlugs: ['ch-jury-erah', 'amli', 'arelor-hlm', ...landlords, 'ddcs-moselle', 'ars-grand-est', 'metz-metropole', 'dihal'],
    conventionSlug: 'convention-cadre-2018',
    startYear: 2018,
    funding: [...imlFunding(10, 2019), ...imlFunding(20, 2020)],
    // Press release of 2020: 11 patients housed "l'an passé", 9 more "cette année"; plenary of
    // Dec 2019: 2 of those housed may see their lease transferred.
    indicators: [
      { name: 'Personnes logées', unit: 'personnes', values: [{ year: 2019, value: 11 }, { year: 2020, target: 9 }] },
      { name: 'Glissements de bail', unit: 'baux', values: [{ year: 2020, target: 2 }] },
    ],
  },
  {
    slug: 'soutien-aux-locataires',
    name: 'Procédure de soutien aux locataires',
    description:
      'Signalement par un référent bailleur d’une situation préoccupante, avec le consentement du locataire ; le CMP du secteur aide à lever le doute sur un besoin de soins.',
    status: 'ACTIVE',
    contribution: false,
    leadPartnerSlug: 'ch-jury',
    groupSlugs: ['logement-sante-mentale'],
    partnerSlugs: ['arelor-hlm', ...cmps, ...landlords],
    conventionSlug: 'convention-cmp-bailleurs-2019',
    // "La mise en œuvre débutera en février" (plenary of 10 Dec 2019).
    startYear: 2020,
  },
  {
    slug: 'commission-locataires-en-difficulte',
    name: 'Commission pluri-professionnelle pour les locataires en difficulté',
    description: 'Commission réunissant des partenaires du social, du médico-social et du soin pour examiner les situations complexes.',
    status: 'UNDER_STUDY',
    contribution: false,
    groupSlugs: ['logement-sante-mentale'],
  },
  {
    slug: 'sism',
    name: 'Semaines d’information sur la santé mentale (SISM)',
    description: 'Chaque mois de mars, un programme d’événements ouverts au public, préparé par le comité d’organisation.',
    status: 'ACTIVE',
    contribution: false,
    leadPartnerSlug: 'ch-jury',
    groupSlugs: ['comite-sism'],
    // Partners the plenary names for the SISM: the two GEMs' actions, CHR Metz-Thionville's hall
    // for GEM L'Albatros, and the Ville de Metz early-childhood department's programme.
    partnerSlugs: ['gem-camille-claudel', 'gem-l-albatros', 'chr-metz-thionville', 'ville-de-metz-pole-petite-enfance'],
    // GEM Camille Claudel's 2019 action was its third: the CLSM's SISM began in 2017.
    // 2019: 250 participants, 18 partners, 9 events; 2020: the programme announced in December 2019
    // (11 events, 14 local actors).
    startYear: 2017,
    indicators: [
      { name: 'Participants', unit: 'personnes', values: [{ year: 2019, value: 250 }] },
      { name: 'Événements', unit: 'événements', values: [{ year: 2019, value: 9 }, { year: 2020, value: 11 }] },
      { name: 'Partenaires impliqués', unit: 'structures', values: [{ year: 2019, value: 18 }, { year: 2020, value: 14 }] },
    ],
  },
  {
    slug: 'sensibilisation-sante-mentale',
    name: 'Formations de sensibilisation à la santé mentale',
    description: 'Sessions de sensibilisation pour les professionnels du territoire : 5 sessions et 102 participants en 2019, objectif de doubler.',
    status: 'ACTIVE',
    contribution: false,
    leadPartnerSlug: 'ch-jury',
    groupSlugs: ['sensibilisation'],
    // Plenary: ARS funding; speakers from UNAFAM and GEM L'Albatros.
    partnerSlugs: ['ars-grand-est', 'unafam-moselle', 'gem-l-albatros'],
    startYear: 2019,
    // 5 sessions and 102 participants in 2019; "l'objectif de doubler le nombre de professionnels formés".
    indicators: [
      { name: 'Sessions', unit: 'sessions', values: [{ year: 2019, value: 5 }, { year: 2020, target: 10 }] },
      { name: 'Participants', unit: 'personnes', values: [{ year: 2019, value: 102 }, { year: 2020, target: 204 }] },
    ],
  },
  {
    slug: 'outils-de-coordination',
    name: 'Guide santé mentale, carte des ressources et annuaire interactif',
    description: 'Les outils de coordination du CLSM, que ce hub remplace et prolonge.',
    status: 'ACTIVE',
    contribution: false,
    leadPartnerSlug: 'ch-jury',
    groupSlugs: ['outils-de-coordination'],
  },
  {
    slug: 'logement-d-abord',
    name: 'Logement d’abord',
    description: 'La démarche de Metz Métropole, soutenue par la DIHAL, qui place l’accès au logement au cœur de l’accompagnement.',
    status: 'ACTIVE',
    contribution: true,
    leadPartnerSlug: 'metz-metropole',
    groupSlugs: ['logement-sante-mentale'],
    partnerSlugs: ['dihal'],
    // "Metz Métropole est engagée depuis fin 2018" (plenary of 10 Dec 2019).
    startYear: 2018,
  },
  {
    slug: 'ptsm-moselle',
    name: 'Projet territorial de santé mentale (PTSM) de la Moselle',
    description: 'Le projet territorial de santé mentale du département, auquel le CLSM contribue.',
    status: 'ACTIVE',
    contribution: true,
    leadPartnerSlug: 'ars-grand-est',
    groupSlugs: [],
    // The collective the plenary names; the CLSM co-animates a group with the CMSEA.
    partnerSlugs: ['ars-grand-est-dt-moselle', 'ch-jury', 'chr-metz-thionville', 'chs-lorquin', 'chs-sarreguemines', 'hia-legouest', 'cmsea', 'unafam-moselle'],
    // "Les travaux initiés en décembre 2018".
    startYear: 2018,
  },
  {
    slug: 'stopblues',
    name: 'Stopblues',
    description: 'Dispositif de prévention du mal-être et du risque suicidaire porté par la Ville de Metz, dont le CLSM assure la promotion avec les GEM.',
    status: 'ACTIVE',
    contribution: true,
    leadPartnerSlug: 'ville-de-metz',
    groupSlugs: [],
    partnerSlugs: ['gem-camille-claudel', 'gem-l-albatros'],
  },
];
