// Services of the demo partners, only where the documents describe one (source in `from`).
// Whatever the documents do not say (opening hours, reception modes, capacity of most
// services) is left empty. The SISM are events, not services (see events.data.ts).

export interface DemoService {
  partnerSlug: string;
  slug: string;
  name: string;
  description: string;
  themes: string[];
  publics: string[];
  accessConditions: string | null;
  receptionModes: string[];
  capacity: number | null;
  from: string;
}

const cmpConsultation = (sector: number): DemoService => ({
  partnerSlug: `cmp-secteur-${sector}-pole-5`,
  slug: `cmp-secteur-${sector}-pole-5-soins-en-sante-mentale`,
  name: 'Consultations et soins en santé mentale',
  description:
    'Consultations du centre médico-psychologique du secteur. Depuis la convention CH Jury / ARELOR Hlm de décembre 2019, le CMP travaille aussi avec les référents des bailleurs sociaux pour faciliter l’accès aux soins des locataires concernés, dès lors que l’indication est posée et avec leur consentement.',
  themes: ['sante--sante-mentale', 'sante--acces-aux-soins'],
  publics: ['tous-publics'],
  accessConditions: null,
  receptionModes: ['en-presentiel'],
  capacity: null,
  from: 'Communiqué bailleurs / CH Jury 2020; convention CH Jury / ARELOR 2019',
});

export const demoServices: DemoService[] = [
  {
    partnerSlug: 'amli',
    slug: 'amli-logements-accompagnes-iml',
    name: 'Logements accompagnés en intermédiation locative (IML)',
    description:
      'Sous-location de logements du parc social via l’association AMLI, avec un accompagnement pluridisciplinaire assuré par AMLI (gestion locative et volet social, deux ans au plus) et l’équipe ERAH du CH de Jury (soins). Expérimentation « AMI Logement d’abord » : 11 patients ont quitté l’hôpital pour un logement autonome en 2019, 9 autres personnes en bénéficient en 2020. Logements T1/T2 à Metz Sablon, Montigny-lès-Metz et Marly de préférence.',
    themes: ['logement-hebergement--louer-un-logement', 'logement-hebergement--se-maintenir-dans-le-logement', 'sante--sante-mentale'],
    publics: ['personnes-en-situation-de-handicap'],
    accessConditions:
      'Quatre critères cumulatifs : être en situation de handicap psychique, être suivi par le CH de Jury, être confronté à une difficulté d’accès au logement autonome, être solvable dans la perspective d’un logement autonome. Orientation par le CH de Jury (grille « Un toit »).',
    receptionModes: ['en-presentiel'],
    capacity: 20,
    from: 'Procédure IML 2018 (20 besoins identifiés); communiqué 2020 (11 + 9 personnes)',
  },
  {
    partnerSlug: 'ch-jury-erah',
    slug: 'ch-jury-erah-accompagnement-soignant-logement',
    name: 'Accompagnement soignant dans le logement',
    description:
      'Suivi des patients logés dans le dispositif d’intermédiation locative : contrat de soin formalisé avec le futur résident, prise en charge soignante continue avec astreinte téléphonique, évaluation clinique, accompagnement du projet de vie.',
    themes: ['sante--sante-mentale', 'logement-hebergement--se-maintenir-dans-le-logement'],
    publics: ['personnes-en-situation-de-handicap'],
    accessConditions: 'Patients du CH de Jury logés dans le dispositif d’intermédiation locative.',
    receptionModes: ['en-presentiel'],
    capacity: null,
    from: 'Procédure IML 2018; présentation du 18 juin 2018',
  },
  cmpConsultation(1),
  cmpConsultation(2),
  cmpConsultation(3),
  cmpConsultation(4),
  {
    partnerSlug: 'carrefour-des-solidarites',
    slug: 'carrefour-des-solidarites-consultation-infirmiere-psychiatrie',
    name: 'Consultation d’une infirmière en soins psychiatriques',
    description:
      'Un temps de consultation d’une infirmière en soins psychiatriques du CH de Jury, mis en place avec l’appui du CLSM dans cette structure d’accueil inconditionnel des publics en grande précarité.',
    themes: ['sante--sante-mentale', 'sante--acces-aux-soins'],
    publics: ['personnes-en-situation-durgence'],
    accessConditions: null,
    receptionModes: ['en-presentiel'],
    capacity: null,
    from: 'Compte rendu de l’assemblée plénière du 10 décembre 2019',
  },
  {
    partnerSlug: 'gem-camille-claudel',
    slug: 'gem-camille-claudel-entraide-entre-pairs',
    name: 'Entraide entre pairs et atelier d’écriture',
    description:
      'Groupe d’entraide mutuelle : une dizaine d’adhérents participent toute l’année à un atelier d’écriture dont les textes, liés au thème des SISM, sont mis en scène et présentés au public.',
    themes: ['sante--sante-mentale', 'remobilisation--lien-social', 'remobilisation--activites-sportives-et-culturelles'],
    publics: ['personnes-en-situation-de-handicap'],
    accessConditions: null,
    receptionModes: ['en-presentiel'],
    capacity: null,
    from: 'Compte rendu de l’assemblée plénière du 10 décembre 2019',
  },
  {
    partnerSlug: 'gem-l-albatros',
    slug: 'gem-l-albatros-entraide-entre-pairs',
    name: 'Entraide entre pairs',
    description: 'Groupe d’entraide mutuelle : accueil et activités entre pairs, géré par et pour ses adhérents.',
    themes: ['sante--sante-mentale', 'remobilisation--lien-social'],
    publics: ['personnes-en-situation-de-handicap'],
    accessConditions: null,
    receptionModes: ['en-presentiel'],
    capacity: null,
    from: 'Compte rendu de l’assemblée plénière du 10 décembre 2019 (GEM l’Albatros)',
  },
];
