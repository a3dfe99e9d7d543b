// The projects named in the CLSM's documents, and the groups that carry them (by slug).
export interface DemoProject {
  slug: string;
  name: string;
  description: string;
  status: 'UNDER_STUDY' | 'ACTIVE' | 'CLOSED';
  contribution: boolean;
  leadPartnerSlug?: string;
  groupSlugs: string[];
}

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
  },
  {
    slug: 'sensibilisation-sante-mentale',
    name: 'Formations de sensibilisation à la santé mentale',
    description: 'Sessions de sensibilisation pour les professionnels du territoire : 5 sessions et 102 participants en 2019, objectif de doubler.',
    status: 'ACTIVE',
    contribution: false,
    leadPartnerSlug: 'ch-jury',
    groupSlugs: ['sensibilisation'],
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
  },
  {
    slug: 'ptsm-moselle',
    name: 'Projet territorial de santé mentale (PTSM) de la Moselle',
    description: 'Le projet territorial de santé mentale du département, auquel le CLSM contribue.',
    status: 'ACTIVE',
    contribution: true,
    leadPartnerSlug: 'ars-grand-est',
    groupSlugs: [],
  },
  {
    slug: 'stopblues',
    name: 'Stopblues',
    description: 'Dispositif de prévention du suicide, auquel le CLSM contribue.',
    status: 'ACTIVE',
    contribution: true,
    groupSlugs: [],
  },
];
