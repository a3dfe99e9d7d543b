import { PartnerKind, Sector } from '../modules/partners/partner.enums.js';
import type { DemoPartner } from './demo.types.js';

// Demo partner directory of the Metz CLSM, built from the CLSM documents (plenary minutes of
// 2019-12-10, housing-group timeline, landlords presentation, IML procedure, 2020 press release).
// Only organisations those documents name are listed. Addresses, phones, e-mails, websites and
// opening hours are left out because the documents do not give them; a commune is set only where
// the organisation's seat is certain. Every contact is fictional (example.org, +33 3 00 00 00 xx).
export const demoPartners: DemoPartner[] = [
  // ---------------------------------------------------------------- Soin
  {
    slug: 'ch-jury',
    name: 'Centre hospitalier de Jury',
    shortName: 'CH Jury',
    sector: Sector.CARE,
    kind: PartnerKind.HOSPITAL,
    description:
      'Centre hospitalier spécialisé en psychiatrie publique ; son pôle 5 mène des actions de prévention, de diagnostic, de soin, de réadaptation et de réinsertion sociale. Il porte le Conseil local de santé mentale du territoire messin en partenariat avec l’ARS Grand Est et la Ville de Metz, et a signé avec ARELOR Hlm et les bailleurs sociaux les conventions de 2018 et 2019.',
    postalCode: '57245',
    commune: 'Jury',
    communeCode: '57351',
    themes: [
      'sante--sante-mentale',
      'sante--acces-aux-soins',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: ['personnes-en-situation-de-handicap', 'tous-publics'],
    contacts: [
      {
        firstName: 'Camille',
        lastName: 'Exemple',
        function: 'Coordinatrice du CLSM',
        email: 'camille.exemple@example.org',
        phone: '+33 3 00 00 00 01',
      },
      {
        firstName: 'Hugo',
        lastName: 'Fictif',
        function: 'Assistant social, coordinateur des dispositifs de logement',
        email: 'hugo.fictif@example.org',
        phone: '+33 3 00 00 00 02',
      },
    ],
  },
  {
    slug: 'ch-jury-erah',
    name: 'Équipe réseau des alternatives à l’hospitalisation (ERAH)',
    shortName: 'ERAH',
    sector: Sector.CARE,
    kind: PartnerKind.HOSPITAL_TEAM,
    parentSlug: 'ch-jury',
    description:
      'Équipe du pôle 5 du CH de Jury mise en place en 2012. Dans le dispositif d’intermédiation locative, elle suit les patients dans leur logement : contrat de soin formalisé, prise en charge soignante continue avec astreinte téléphonique, évaluation clinique et accompagnement du projet de vie.',
    themes: [
      'sante--sante-mentale',
      'sante--acces-aux-soins',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: ['personnes-en-situation-de-handicap'],
    contacts: [
      {
        firstName: 'Luc',
        lastName: 'Placebo',
        function: 'Infirmier coordinateur',
        email: 'luc.placebo@example.org',
        phone: '+33 3 00 00 00 03',
      },
    ],
  },
  // The documents speak of "the CMPs of the 4 sectors of pôle 5" without naming them or giving
  // their addresses (only that they lie within Metz Métropole): placeholder names, no commune.
  {
    slug: 'cmp-secteur-1-pole-5',
    name: 'CMP du secteur 1 (pôle 5)',
    shortName: 'CMP',
    sector: Sector.CARE,
    kind: PartnerKind.CMP,
    parentSlug: 'ch-jury',
    description:
      'Centre médico-psychologique de l’un des quatre secteurs du pôle 5 du CH de Jury, situés sur le territoire de Metz Métropole. Depuis la convention CH Jury / ARELOR de décembre 2019, il soutient les référents bailleurs pour lever le doute sur un besoin de soins d’un locataire, avec le consentement de celui-ci.',
    themes: [
      'sante--sante-mentale',
      'sante--acces-aux-soins',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: ['tous-publics'],
    contacts: [
      {
        firstName: 'Anne',
        lastName: 'Modèle',
        function: 'Cadre de santé',
        email: 'anne.modele@example.org',
        phone: '+33 3 00 00 00 04',
      },
    ],
  },
  {
    slug: 'cmp-secteur-2-pole-5',
    name: 'CMP du secteur 2 (pôle 5)',
    shortName: 'CMP',
    sector: Sector.CARE,
    kind: PartnerKind.CMP,
    parentSlug: 'ch-jury',
    description:
      'Centre médico-psychologique de l’un des quatre secteurs du pôle 5 du CH de Jury, situés sur le territoire de Metz Métropole. Il participe à la collaboration renforcée avec les référents bailleurs prévue par la convention CH Jury / ARELOR de décembre 2019.',
    themes: [
      'sante--sante-mentale',
      'sante--acces-aux-soins',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: ['tous-publics'],
    contacts: [],
  },
  {
    slug: 'cmp-secteur-3-pole-5',
    name: 'CMP du secteur 3 (pôle 5)',
    shortName: 'CMP',
    sector: Sector.CARE,
    kind: PartnerKind.CMP,
    parentSlug: 'ch-jury',
    description:
      'Centre médico-psychologique de l’un des quatre secteurs du pôle 5 du CH de Jury, situés sur le territoire de Metz Métropole. Il participe à la collaboration renforcée avec les référents bailleurs prévue par la convention CH Jury / ARELOR de décembre 2019.',
    themes: [
      'sante--sante-mentale',
      'sante--acces-aux-soins',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: ['tous-publics'],
    contacts: [
      {
        firstName: 'Léa',
        lastName: 'Témoin',
        function: 'Infirmière référente pour les bailleurs',
        email: 'lea.temoin@example.org',
        phone: '+33 3 00 00 00 05',
      },
    ],
  },
  {
    slug: 'cmp-secteur-4-pole-5',
    name: 'CMP du secteur 4 (pôle 5)',
    shortName: 'CMP',
    sector: Sector.CARE,
    kind: PartnerKind.CMP,
    parentSlug: 'ch-jury',
    description:
      'Centre médico-psychologique de l’un des quatre secteurs du pôle 5 du CH de Jury, situés sur le territoire de Metz Métropole. Il participe à la collaboration renforcée avec les référents bailleurs prévue par la convention CH Jury / ARELOR de décembre 2019.',
    themes: [
      'sante--sante-mentale',
      'sante--acces-aux-soins',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: ['tous-publics'],
    contacts: [],
  },
  {
    slug: 'chr-metz-thionville',
    name: 'CHR Metz-Thionville – Hôpital de Mercy',
    shortName: 'CHR Metz-Thionville',
    sector: Sector.CARE,
    kind: PartnerKind.HOSPITAL,
    description:
      'Centre hospitalier régional, membre du collectif de psychiatrie publique qui porte le projet territorial de santé mentale (PTSM) de la Moselle. Pendant les SISM, le GEM L’Albatros tient un stand dans le hall de l’hôpital de Mercy ; le partenariat se poursuit par une permanence du GEM à la Maison des usagers.',
    // Mercy hospital is in Ars-Laquenexy (postal address Metz Cedex).
    postalCode: '57530',
    commune: 'Ars-Laquenexy',
    communeCode: '57031',
    themes: ['sante--acces-aux-soins', 'sante--sante-mentale'],
    publics: ['tous-publics'],
    contacts: [
      {
        firstName: 'Élise',
        lastName: 'Factice',
        function: 'Chargée des relations avec les usagers',
        email: 'elise.factice@example.org',
        phone: '+33 3 00 00 00 06',
      },
    ],
  },
  {
    slug: 'chs-lorquin',
    name: 'Centre hospitalier spécialisé de Lorquin',
    shortName: 'CHS Lorquin',
    sector: Sector.CARE,
    kind: PartnerKind.HOSPITAL,
    description:
      'Établissement de psychiatrie publique, membre du collectif sanitaire qui porte le projet territorial de santé mentale (PTSM) de la Moselle.',
    commune: 'Lorquin',
    themes: ['sante--sante-mentale', 'sante--acces-aux-soins'],
    publics: ['tous-publics'],
    contacts: [],
  },
  {
    slug: 'chs-sarreguemines',
    name: 'Centre hospitalier spécialisé de Sarreguemines',
    shortName: 'CHS Sarreguemines',
    sector: Sector.CARE,
    kind: PartnerKind.HOSPITAL,
    description:
      'Établissement de psychiatrie publique, membre du collectif sanitaire qui porte le projet territorial de santé mentale (PTSM) de la Moselle.',
    commune: 'Sarreguemines',
    themes: ['sante--sante-mentale', 'sante--acces-aux-soins'],
    publics: ['tous-publics'],
    contacts: [],
  },
  {
    slug: 'hia-legouest',
    name: 'Hôpital d’instruction des armées Legouest',
    shortName: 'HIA Legouest',
    sector: Sector.CARE,
    kind: PartnerKind.HOSPITAL,
    description:
      'Hôpital militaire de Metz, membre du collectif sanitaire qui porte le projet territorial de santé mentale (PTSM) de la Moselle.',
    postalCode: '57000',
    commune: 'Metz',
    communeCode: '57463',
    themes: ['sante--acces-aux-soins', 'sante--sante-mentale'],
    publics: ['tous-publics'],
    contacts: [],
  },

  // ---------------------------------------------------------------- Associations de soutien et d'écoute
  {
    slug: 'unafam-moselle',
    name: 'UNAFAM – Délégation de la Moselle',
    shortName: 'UNAFAM',
    sector: Sector.SUPPORT_LISTENING,
    kind: PartnerKind.ASSOCIATION,
    description:
      'Union nationale de familles et amis de personnes malades et/ou handicapées psychiques ; elle représente les usagers et les proches aidants, notamment dans le PTSM de la Moselle. Elle intervient dans les sessions de sensibilisation en santé mentale du CLSM et est partenaire associée de la convention CH Jury / ARELOR de 2019.',
    themes: ['famille--soutien-aidants', 'sante--sante-mentale'],
    publics: ['familles'],
    contacts: [
      {
        firstName: 'Bruno',
        lastName: 'Essai',
        function: 'Bénévole, intervenant en sensibilisation',
        email: 'bruno.essai@example.org',
        phone: '+33 3 00 00 00 07',
      },
    ],
  },
  {
    slug: 'gem-camille-claudel',
    name: 'GEM Camille Claudel',
    shortName: 'GEM',
    sector: Sector.SUPPORT_LISTENING,
    kind: PartnerKind.GEM,
    description:
      'Groupe d’entraide mutuelle. Une dizaine d’adhérents participent toute l’année à un atelier d’écriture dont les textes, liés au thème des SISM, sont mis en scène et présentés au public. Il participe avec le CLSM à la promotion du dispositif Stopblues.',
    themes: [
      'remobilisation--lien-social',
      'remobilisation--activites-sportives-et-culturelles',
      'sante--sante-mentale',
    ],
    publics: ['personnes-en-situation-de-handicap'],
    contacts: [
      {
        firstName: 'Paul',
        lastName: 'Maquette',
        function: 'Animateur',
        email: 'paul.maquette@example.org',
        phone: '+33 3 00 00 00 08',
      },
    ],
  },
  {
    slug: 'gem-l-albatros',
    name: 'GEM L’Albatros',
    shortName: 'GEM',
    sector: Sector.SUPPORT_LISTENING,
    kind: PartnerKind.GEM,
    description:
      'Groupe d’entraide mutuelle. En partenariat avec le CHR Metz-Thionville, ses adhérents tiennent un stand à l’hôpital de Mercy pendant les SISM et une permanence à la Maison des usagers le premier mercredi du mois de 9 h à 12 h. Il intervient dans les sessions de sensibilisation du CLSM et participe à la promotion de Stopblues.',
    themes: [
      'remobilisation--lien-social',
      'remobilisation--bien-etre-confiance-en-soi',
      'sante--sante-mentale',
    ],
    publics: ['personnes-en-situation-de-handicap'],
    contacts: [
      {
        firstName: 'Nadia',
        lastName: 'Démo',
        function: 'Animatrice',
        email: 'nadia.demo@example.org',
        phone: '+33 3 00 00 00 09',
      },
    ],
  },

  // ---------------------------------------------------------------- Action sociale
  {
    slug: 'ccas-de-metz',
    name: 'Centre communal d’action sociale de Metz',
    shortName: 'CCAS',
    sector: Sector.SOCIAL_ACTION,
    kind: PartnerKind.LOCAL_AUTHORITY,
    description:
      'Centre communal d’action sociale de la Ville de Metz. Il porte le Carrefour des solidarités, structure d’accueil inconditionnel des publics en grande précarité.',
    postalCode: '57000',
    commune: 'Metz',
    communeCode: '57463',
    themes: [
      'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits',
      'difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere',
      'sante--acces-aux-soins',
    ],
    publics: ['beneficiaires-des-minimas-sociaux', 'personnes-en-situation-durgence'],
    contacts: [
      {
        firstName: 'Inès',
        lastName: 'Prototype',
        function: 'Conseillère en économie sociale et familiale (CESF)',
        email: 'ines.prototype@example.org',
        phone: '+33 3 00 00 00 10',
      },
    ],
  },
  {
    slug: 'carrefour-des-solidarites',
    name: 'Carrefour des solidarités',
    sector: Sector.SOCIAL_ACTION,
    kind: PartnerKind.OTHER,
    parentSlug: 'ccas-de-metz',
    description:
      'Structure d’accueil inconditionnel des publics en grande précarité, portée par le CCAS de Metz. Avec l’appui du CLSM, un partenariat avec le CH de Jury y a mis en place un temps de consultation d’une infirmière en soins psychiatriques.',
    postalCode: '57000',
    commune: 'Metz',
    communeCode: '57463',
    themes: [
      'sante--acces-aux-soins',
      'sante--sante-mentale',
      'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits',
    ],
    publics: ['personnes-en-situation-durgence'],
    contacts: [],
  },
  {
    slug: 'cmsea',
    name: 'Comité mosellan de sauvegarde de l’enfance, de l’adolescence et des adultes',
    shortName: 'CMSEA',
    sector: Sector.SOCIAL_ACTION,
    kind: PartnerKind.ASSOCIATION,
    description:
      'Association qui représente le secteur social et médico-social dans le collectif du projet territorial de santé mentale (PTSM) de la Moselle. Elle co-anime avec le CLSM le groupe « accès aux accompagnements sociaux et médico-sociaux ».',
    postalCode: '57000',
    commune: 'Metz',
    communeCode: '57463',
    themes: [
      'famille--soutien-a-la-parentalite-et-a-leducation',
      'difficultes-administratives-ou-juridiques--beneficier-dune-mesure-daccompagnement-adapte',
      'sante--sante-mentale',
    ],
    publics: ['jeunes', 'familles'],
    contacts: [
      {
        firstName: 'Antoine',
        lastName: 'Brouillon',
        function: 'Chef de service éducatif',
        email: 'antoine.brouillon@example.org',
        phone: '+33 3 00 00 00 11',
      },
    ],
  },
  {
    slug: 'migration-sante-alsace',
    name: 'Migration Santé Alsace',
    sector: Sector.SOCIAL_ACTION,
    kind: PartnerKind.ASSOCIATION,
    description:
      'Association qui a organisé avec l’ORIV la journée régionale « Vers plus d’égalité en santé » à Metz le 3 décembre 2019, au cours de laquelle le CLSM a animé un groupe thématique.',
    commune: 'Strasbourg',
    themes: ['sante--acces-aux-soins', 'sante--sante-mentale'],
    publics: ['personnes-exilees'],
    contacts: [],
  },

  // ---------------------------------------------------------------- Formation et emploi
  {
    slug: 'ireps-grand-est',
    name: 'Instance régionale d’éducation et de promotion de la santé Grand Est',
    shortName: 'IREPS',
    sector: Sector.TRAINING_EMPLOYMENT,
    kind: PartnerKind.RESOURCE_CENTRE,
    description:
      'Instance régionale d’éducation et de promotion de la santé ; elle appuie les acteurs locaux qui souhaitent agir pour promouvoir la santé mentale, par exemple à l’occasion des SISM.',
    themes: ['sante--sante-mentale', 'remobilisation--bien-etre-confiance-en-soi'],
    publics: ['tous-publics'],
    contacts: [
      {
        firstName: 'Chloé',
        lastName: 'Exemple',
        function: 'Chargée de projets en promotion de la santé',
        email: 'chloe.exemple@example.org',
        phone: '+33 3 00 00 00 12',
      },
    ],
  },
  {
    slug: 'oriv',
    name: 'Observatoire régional de l’intégration et de la ville',
    shortName: 'ORIV',
    sector: Sector.TRAINING_EMPLOYMENT,
    kind: PartnerKind.RESOURCE_CENTRE,
    description:
      'Centre de ressources qui a organisé avec Migration Santé Alsace la journée régionale « Vers plus d’égalité en santé » à Metz le 3 décembre 2019, au cours de laquelle le CLSM a animé un groupe thématique.',
    commune: 'Strasbourg',
    themes: [
      'difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination',
      'sante--acces-aux-soins',
    ],
    publics: ['residents-qpv-frr', 'personnes-exilees'],
    contacts: [],
  },

  // ---------------------------------------------------------------- Institutions et collectivités territoriales
  {
    slug: 'ville-de-metz',
    name: 'Ville de Metz',
    sector: Sector.INSTITUTIONS,
    kind: PartnerKind.LOCAL_AUTHORITY,
    description:
      'Partenaire du CLSM avec le CH de Jury et l’ARS Grand Est ; le CLSM répond à un axe stratégique du Contrat local de santé porté par la Ville. Elle porte le dispositif Stopblues de prévention du mal-être et du risque suicidaire et est partenaire associée de la convention CH Jury / ARELOR de 2019.',
    postalCode: '57000',
    commune: 'Metz',
    communeCode: '57463',
    themes: ['sante--sante-mentale', 'sante--acces-aux-soins'],
    publics: ['tous-publics'],
    contacts: [
      {
        firstName: 'Claire',
        lastName: 'Démo',
        function: 'Chargée de mission Contrat local de santé',
        email: 'claire.demo@example.org',
        phone: '+33 3 00 00 00 13',
      },
    ],
  },
  {
    slug: 'ville-de-metz-pole-petite-enfance',
    name: 'Pôle petite enfance de la Ville de Metz',
    sector: Sector.INSTITUTIONS,
    kind: PartnerKind.LOCAL_AUTHORITY,
    parentSlug: 'ville-de-metz',
    description:
      'Service de la Ville de Metz qui a lancé lors des SISM un programme annuel de prévention des usages du numérique chez les enfants.',
    postalCode: '57000',
    commune: 'Metz',
    communeCode: '57463',
    themes: ['famille--soutien-a-la-parentalite-et-a-leducation', 'famille--garde-denfants'],
    publics: ['familles'],
    contacts: [],
  },
  {
    slug: 'metz-metropole',
    name: 'Metz Métropole',
    sector: Sector.INSTITUTIONS,
    kind: PartnerKind.LOCAL_AUTHORITY,
    description:
      'Retenue en 2018 pour mettre en œuvre le plan « Logement d’abord » sur l’agglomération messine, elle porte cette démarche de 14 actions en direction notamment des personnes sortant de l’hôpital psychiatrique. Elle cofinance avec la DIHAL, au titre de l’AMI « Logement d’abord », l’accompagnement des personnes logées par le dispositif d’intermédiation locative.',
    postalCode: '57000',
    commune: 'Metz',
    communeCode: '57463',
    themes: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--se-maintenir-dans-le-logement',
      'logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement',
    ],
    publics: ['personnes-en-situation-durgence'],
    contacts: [
      {
        firstName: 'Sophie',
        lastName: 'Essai',
        function: 'Chargée de mission habitat, plan « Logement d’abord »',
        email: 'sophie.essai@example.org',
        phone: '+33 3 00 00 00 14',
      },
    ],
  },
  {
    slug: 'ars-grand-est',
    name: 'Agence régionale de santé Grand Est',
    shortName: 'ARS',
    sector: Sector.INSTITUTIONS,
    kind: PartnerKind.STATE_SERVICE,
    description:
      'Agence régionale de santé, partenaire du CLSM avec le CH de Jury et la Ville de Metz. Elle a soutenu financièrement les sessions de sensibilisation en santé mentale et est associée aux partenariats entre le CH de Jury et les bailleurs sociaux.',
    commune: 'Nancy',
    themes: ['sante--sante-mentale', 'sante--acces-aux-soins'],
    publics: ['tous-publics'],
    contacts: [],
  },
  {
    slug: 'ars-grand-est-dt-moselle',
    name: 'ARS Grand Est – Délégation territoriale de la Moselle',
    shortName: 'ARS DT 57',
    sector: Sector.INSTITUTIONS,
    kind: PartnerKind.STATE_SERVICE,
    parentSlug: 'ars-grand-est',
    description:
      'Délégation territoriale de l’ARS Grand Est en Moselle ; elle impulse le projet territorial de santé mentale (PTSM) de la Moselle, engagé en décembre 2018 et qui doit aboutir à une contractualisation sur cinq ans.',
    postalCode: '57000',
    commune: 'Metz',
    communeCode: '57463',
    themes: ['sante--sante-mentale', 'sante--acces-aux-soins'],
    publics: ['tous-publics'],
    contacts: [
      {
        firstName: 'Maxime',
        lastName: 'Fictif',
        function: 'Chargé de mission santé mentale',
        email: 'maxime.fictif@example.org',
        phone: '+33 3 00 00 00 15',
      },
    ],
  },
  {
    slug: 'ddcs-moselle',
    name: 'Direction départementale de la cohésion sociale de la Moselle',
    shortName: 'DDCS',
    sector: Sector.INSTITUTIONS,
    kind: PartnerKind.STATE_SERVICE,
    description:
      'Service de l’État qui finance l’intermédiation locative (5 000 € par an et par logement) et suit le logement accompagné (pensions de famille, résidences accueil). La convention-cadre CH Jury / ARELOR / bailleurs y a été signée le 13 novembre 2018.',
    postalCode: '57000',
    commune: 'Metz',
    communeCode: '57463',
    themes: [
      'logement-hebergement--rechercher-une-solution-dhebergement-temporaire',
      'logement-hebergement--louer-un-logement',
    ],
    publics: ['personnes-en-situation-durgence'],
    contacts: [
      {
        firstName: 'Sarah',
        lastName: 'Modèle',
        function: 'Chargée de mission logement accompagné',
        email: 'sarah.modele@example.org',
        phone: '+33 3 00 00 00 16',
      },
    ],
  },
  {
    slug: 'dihal',
    name: 'Délégation interministérielle à l’hébergement et à l’accès au logement',
    shortName: 'DIHAL',
    sector: Sector.INSTITUTIONS,
    kind: PartnerKind.STATE_SERVICE,
    description:
      'Délégation interministérielle qui cofinance avec Metz Métropole, au titre de l’AMI « Logement d’abord », l’accompagnement des personnes logées par le dispositif d’intermédiation locative (1 400 € par an et par personne).',
    commune: 'Paris',
    themes: [
      'logement-hebergement--rechercher-une-solution-dhebergement-temporaire',
      'logement-hebergement--louer-un-logement',
    ],
    publics: ['personnes-en-situation-durgence'],
    contacts: [],
  },
  {
    slug: 'psycom',
    name: 'Psycom',
    sector: Sector.INSTITUTIONS,
    kind: PartnerKind.RESOURCE_CENTRE,
    description:
      'Organisme public spécialisé dans la promotion de la santé mentale ; son site Internet et ses dépliants d’information sont des ressources recommandées aux partenaires du CLSM.',
    commune: 'Paris',
    themes: ['sante--sante-mentale'],
    publics: ['tous-publics'],
    contacts: [],
  },
  {
    slug: 'ccoms',
    name: 'Centre national de ressources et d’appui aux CLSM (CCOMS)',
    shortName: 'CCOMS',
    sector: Sector.INSTITUTIONS,
    kind: PartnerKind.RESOURCE_CENTRE,
    description:
      'Centre collaborateur de l’OMS pour la recherche et la formation en santé mentale, qui anime le Centre national de ressources et d’appui aux CLSM. Il met à disposition des ressources, dont une plaquette de sensibilisation pour les élus locaux et un guide méthodologique sur les commissions d’aide aux locataires en difficulté.',
    commune: 'Lille',
    themes: ['sante--sante-mentale', 'logement-hebergement--se-maintenir-dans-le-logement'],
    publics: [],
    contacts: [],
  },

  // ---------------------------------------------------------------- Logement et hébergement
  {
    slug: 'arelor-hlm',
    name: 'ARELOR Hlm',
    shortName: 'ARELOR',
    sector: Sector.HOUSING,
    kind: PartnerKind.LANDLORD_FEDERATION,
    description:
      'Association territoriale des organismes Hlm de Lorraine, membre de l’Union régionale Hlm Grand Est, qui représente les bailleurs sociaux du territoire messin. Elle coordonne les bailleurs, anime avec le CLSM le groupe « logement et santé mentale » et a signé avec le CH de Jury les conventions de 2018 et de 2019.',
    themes: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: [],
    contacts: [
      {
        firstName: 'Nicolas',
        lastName: 'Témoin',
        function: 'Chargé de mission politiques sociales',
        email: 'nicolas.temoin@example.org',
        phone: '+33 3 00 00 00 17',
      },
    ],
  },
  {
    slug: 'batigere',
    name: 'BATIGERE',
    sector: Sector.HOUSING,
    kind: PartnerKind.SOCIAL_LANDLORD,
    description:
      'Bailleur social du territoire messin, partie prenante du partenariat avec le CH de Jury coordonné par ARELOR Hlm : logements pour le dispositif d’intermédiation locative et procédure de soutien aux locataires en difficulté.',
    themes: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: [],
    contacts: [
      {
        firstName: 'Emma',
        lastName: 'Placebo',
        function: 'Conseillère en économie sociale et familiale (CESF)',
        email: 'emma.placebo@example.org',
        phone: '+33 3 00 00 00 18',
      },
    ],
  },
  {
    slug: 'moselis',
    name: 'MOSELIS',
    sector: Sector.HOUSING,
    kind: PartnerKind.SOCIAL_LANDLORD,
    description:
      'Bailleur social du territoire messin, partie prenante du partenariat avec le CH de Jury coordonné par ARELOR Hlm : logements pour le dispositif d’intermédiation locative et procédure de soutien aux locataires en difficulté.',
    themes: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: [],
    contacts: [
      {
        firstName: 'Yann',
        lastName: 'Exemple',
        function: 'Référent santé mentale',
        email: 'yann.exemple@example.org',
        phone: '+33 3 00 00 00 19',
      },
    ],
  },
  {
    slug: 'logiest',
    name: 'LOGIEST',
    sector: Sector.HOUSING,
    kind: PartnerKind.SOCIAL_LANDLORD,
    description:
      'Bailleur social du territoire messin, présent dès la première réunion de préparation de la convention CH Jury / ARELOR / bailleurs, en 2017. Partie prenante du partenariat : intermédiation locative et soutien aux locataires en difficulté.',
    themes: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: [],
    contacts: [],
  },
  {
    slug: 'icf-nord-est',
    name: 'ICF Habitat Nord-Est',
    shortName: 'ICF HNE',
    sector: Sector.HOUSING,
    kind: PartnerKind.SOCIAL_LANDLORD,
    description:
      'Bailleur social du territoire messin, partie prenante du partenariat avec le CH de Jury coordonné par ARELOR Hlm : logements pour le dispositif d’intermédiation locative et procédure de soutien aux locataires en difficulté.',
    themes: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: [],
    contacts: [],
  },
  {
    slug: '3f-grand-est',
    name: '3F Grand Est',
    shortName: 'I3F',
    sector: Sector.HOUSING,
    kind: PartnerKind.SOCIAL_LANDLORD,
    description:
      'Bailleur social du territoire messin, partie prenante du partenariat avec le CH de Jury coordonné par ARELOR Hlm : logements pour le dispositif d’intermédiation locative et procédure de soutien aux locataires en difficulté.',
    themes: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: [],
    contacts: [],
  },
  {
    slug: 'oph-montigny-les-metz',
    name: 'Office public de l’habitat de Montigny-lès-Metz',
    shortName: 'OPH',
    sector: Sector.HOUSING,
    kind: PartnerKind.SOCIAL_LANDLORD,
    description:
      'Office public de l’habitat, bailleur social du territoire messin et partie prenante du partenariat avec le CH de Jury coordonné par ARELOR Hlm. Montigny-lès-Metz fait partie des communes privilégiées pour les logements du dispositif d’intermédiation locative.',
    postalCode: '57950',
    commune: 'Montigny-lès-Metz',
    communeCode: '57480',
    themes: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: [],
    contacts: [
      {
        firstName: 'Thomas',
        lastName: 'Maquette',
        function: 'Chargé de gestion locative',
        email: 'thomas.maquette@example.org',
        phone: '+33 3 00 00 00 20',
      },
    ],
  },
  {
    slug: 'metz-habitat-territoire',
    name: 'Metz Habitat Territoire',
    shortName: 'MHT',
    sector: Sector.HOUSING,
    kind: PartnerKind.SOCIAL_LANDLORD,
    description:
      'Bailleur social du territoire messin, partie prenante du partenariat avec le CH de Jury coordonné par ARELOR Hlm : logements pour le dispositif d’intermédiation locative et procédure de soutien aux locataires en difficulté.',
    postalCode: '57000',
    commune: 'Metz',
    communeCode: '57463',
    themes: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--se-maintenir-dans-le-logement',
      'logement-hebergement--reduire-les-impayes-de-loyer',
    ],
    publics: [],
    contacts: [
      {
        firstName: 'Marie',
        lastName: 'Fictive',
        function: 'Référente santé mentale',
        email: 'marie.fictive@example.org',
        phone: '+33 3 00 00 00 21',
      },
    ],
  },
  {
    slug: 'presence-habitat',
    name: 'Présence Habitat',
    sector: Sector.HOUSING,
    kind: PartnerKind.SOCIAL_LANDLORD,
    description:
      'Bailleur social du territoire messin, partie prenante du partenariat avec le CH de Jury coordonné par ARELOR Hlm : logements pour le dispositif d’intermédiation locative et procédure de soutien aux locataires en difficulté.',
    themes: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: [],
    contacts: [],
  },
  {
    slug: 'vilogia',
    name: 'Vilogia',
    sector: Sector.HOUSING,
    kind: PartnerKind.SOCIAL_LANDLORD,
    description:
      'Bailleur social cité par ARELOR Hlm parmi les organismes de l’agglomération messine concernés par la convention avec le CH de Jury, dont la nouvelle étape de 2020 vise le maintien dans le logement des locataires présentant des troubles psychiques.',
    commune: 'Villeneuve-d’Ascq',
    themes: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--se-maintenir-dans-le-logement',
    ],
    publics: [],
    contacts: [],
  },
  {
    slug: 'amli',
    name: 'Association pour l’accompagnement, le mieux-être et le logement des isolés',
    shortName: 'AMLI',
    sector: Sector.HOUSING,
    kind: PartnerKind.ASSOCIATION,
    description:
      'Opérateur associatif de l’intermédiation locative destinée aux patients sortant du CH de Jury : locataire des logements auprès des bailleurs, elle les sous-loue aux personnes et assure l’accompagnement social (gestion locative, savoir habiter). Ce dispositif a permis à 11 patients d’accéder à un logement autonome.',
    themes: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--se-maintenir-dans-le-logement',
      'difficultes-financieres--ameliorer-sa-gestion-budgetaire',
    ],
    publics: ['personnes-en-situation-de-handicap'],
    contacts: [
      {
        firstName: 'Lucas',
        lastName: 'Essai',
        function: 'Travailleur social, intermédiation locative',
        email: 'lucas.essai@example.org',
        phone: '+33 3 00 00 00 22',
      },
    ],
  },
  {
    slug: 'fondation-abbe-pierre',
    name: 'Fondation Abbé Pierre',
    shortName: 'FAP',
    sector: Sector.HOUSING,
    kind: PartnerKind.FOUNDATION,
    description:
      'Fondation engagée contre le mal-logement ; elle a organisé avec Metz Métropole une journée « Logement d’abord » le 14 juin 2018.',
    commune: 'Paris',
    themes: [
      'logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement',
      'logement-hebergement--rechercher-une-solution-dhebergement-temporaire',
    ],
    publics: ['personnes-en-situation-durgence'],
    contacts: [],
  },
];
