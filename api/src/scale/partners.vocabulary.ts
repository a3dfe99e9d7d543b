import { PartnerKind, Sector } from '../modules/partners/partner.enums.js';

// The kinds of organisation a CLSM works with, as templates: names (with their usual acronym),
// sentences for descriptions, data·inclusion themes and publics. Placeholders: {town} the
// territory's main town, {commune} a commune of it, {deptOf} "de l’Aube", {deptCode} "10",
// {deptName} "Aube", {name} an association's name, {gem} a peer-support club's name, {saint} a
// clinic's name.

export interface PartnerTemplate {
  key: string;
  kind: PartnerKind;
  sector: Sector;
  /** How often the kind comes up among the organisations that are not a territory's anchors. */
  weight: number;
  /** How many contacts it tends to have, relatively. */
  contactWeight: number;
  names: ReadonlyArray<readonly [name: string, shortName: string | null]>;
  sentences: readonly string[];
  themes: readonly string[];
  publics: readonly string[];
}

const t = (template: PartnerTemplate) => template;

export const partnerTemplates = {
  hospital: t({
    key: 'hospital', kind: PartnerKind.HOSPITAL, sector: Sector.CARE, weight: 0.6, contactWeight: 6,
    names: [['Centre hospitalier spécialisé de {town}', 'CHS {town}'], ['Établissement public de santé mentale de {town}', 'EPSM {town}'], ['Centre hospitalier de {town}', 'CH {town}']],
    sentences: [
      'Établissement public de psychiatrie : hospitalisation complète, hôpitaux de jour et centres médico-psychologiques pour les adultes et les enfants du territoire.',
      'Urgences psychiatriques et équipe de liaison auprès des urgences de l’hôpital général.',
      'Filière de réhabilitation psychosociale et éducation thérapeutique pour les personnes vivant avec un trouble psychique.',
      'Unité d’addictologie et consultations spécialisées pour les conduites addictives.',
      'Pilote du conseil local de santé mentale avec la ville et l’agence régionale de santé.',
    ],
    themes: ['sante--sante-mentale', 'sante--acces-aux-soins', 'sante--addictions'],
    publics: ['tous-publics'],
  }),
  clinic: t({
    key: 'clinic', kind: PartnerKind.HOSPITAL, sector: Sector.CARE, weight: 1.5, contactWeight: 3,
    names: [['Clinique {saint} de {commune}', null], ['Clinique psychiatrique {saint}', null]],
    sentences: [
      'Clinique psychiatrique : hospitalisation complète et de jour, prise en charge des troubles anxieux et dépressifs.',
      'Programme de soins pour les troubles du comportement alimentaire des adolescents et des jeunes adultes.',
      'Unité de soins pour les conduites addictives et sevrages programmés.',
      'Consultations post-hospitalisation et lien avec le médecin traitant.',
    ],
    themes: ['sante--sante-mentale', 'sante--acces-aux-soins'],
    publics: ['tous-publics'],
  }),
  cmpAdult: t({
    key: 'cmpAdult', kind: PartnerKind.CMP, sector: Sector.CARE, weight: 6, contactWeight: 3,
    names: [['Centre médico-psychologique adultes de {commune}', 'CMP {commune}']],
    sentences: [
      'Consultations de psychiatrie adulte, entretiens infirmiers et suivi psychologique, sans avance de frais.',
      'Premier lieu de soins du secteur : accueil, orientation et coordination des soins pour les adultes.',
      'Visites à domicile et appui aux bailleurs lorsqu’un locataire est en difficulté.',
      'Accueil sans rendez-vous le matin pour les situations urgentes.',
      'Groupes de parole et éducation thérapeutique pour les patients et leurs proches.',
    ],
    themes: ['sante--sante-mentale', 'sante--acces-aux-soins'],
    publics: ['tous-publics'],
  }),
  cmpChild: t({
    key: 'cmpChild', kind: PartnerKind.CMP, sector: Sector.CARE, weight: 3, contactWeight: 3,
    names: [['Centre médico-psychologique infanto-juvénile de {commune}', 'CMPIJ {commune}']],
    sentences: [
      'Consultations pour les enfants et les adolescents jusqu’à 16 ans, et pour leurs familles.',
      'Bilans, psychothérapies, orthophonie et psychomotricité.',
      'Travail en lien avec l’Éducation nationale et la protection de l’enfance.',
      'Groupes thérapeutiques pour adolescents et soutien à la parentalité.',
    ],
    themes: ['sante--sante-mentale', 'famille--soutien-a-la-parentalite-et-a-leducation'],
    publics: ['jeunes', 'familles'],
  }),
  careTeam: t({
    key: 'careTeam', kind: PartnerKind.HOSPITAL_TEAM, sector: Sector.CARE, weight: 3, contactWeight: 3,
    names: [
      ['Équipe de réhabilitation et d’accompagnement vers le logement de {town}', null],
      ['Équipe mobile psychiatrie précarité de {town}', 'EMPP {town}'],
      ['Centre d’accueil thérapeutique à temps partiel de {commune}', 'CATTP {commune}'],
      ['Hôpital de jour {name}', null],
      ['Équipe mobile de psychiatrie du sujet âgé de {town}', null],
      ['Équipe de liaison et de soins en addictologie de {town}', 'ELSA {town}'],
      ['Équipe mobile pour adolescents de {town}', null],
    ],
    sentences: [
      'Équipe pluridisciplinaire qui va vers les personnes en situation de précarité et d’exclusion pour faciliter l’accès aux soins psychiatriques.',
      'Accompagnement vers le logement et maintien dans le logement des patients suivis, en lien avec les bailleurs et les opérateurs.',
      'Soins de réhabilitation psychosociale, ateliers thérapeutiques et remédiation cognitive.',
      'Interventions auprès des personnes âgées à domicile et en établissement.',
      'Liaison en addictologie auprès des services de l’hôpital général.',
      'Accueil des adolescents en crise et de leurs familles, en lien avec la maison des adolescents.',
    ],
    themes: ['sante--sante-mentale', 'sante--acces-aux-soins', 'logement-hebergement--se-maintenir-dans-le-logement'],
    publics: ['personnes-en-situation-de-handicap', 'personnes-en-situation-durgence'],
  }),
  teenagers: t({
    key: 'teenagers', kind: PartnerKind.ASSOCIATION, sector: Sector.SUPPORT_LISTENING, weight: 0.8, contactWeight: 3,
    names: [['Maison des adolescents {deptOf}', 'MDA {deptCode}'], ['Point accueil écoute jeunes {name}', 'PAEJ {name}']],
    sentences: [
      'Lieu d’accueil, d’écoute et d’orientation pour les adolescents de 11 à 25 ans, leurs parents et les professionnels.',
      'Consultations gratuites et anonymes avec des psychologues, des médecins et des éducateurs.',
      'Permanences dans les collèges, les lycées et les missions locales ; prévention du harcèlement et des conduites à risque.',
    ],
    themes: ['sante--sante-mentale', 'famille--soutien-a-la-parentalite-et-a-leducation'],
    publics: ['jeunes', 'familles'],
  }),
  addictions: t({
    key: 'addictions', kind: PartnerKind.ASSOCIATION, sector: Sector.CARE, weight: 2.5, contactWeight: 3,
    names: [['Centre de soins, d’accompagnement et de prévention en addictologie {name}', 'CSAPA {name}'], ['Accueil et réduction des risques {name}', 'CAARUD {name}']],
    sentences: [
      'Accueil, soins et accompagnement des personnes en difficulté avec l’alcool, le tabac, le cannabis, les jeux ou d’autres addictions.',
      'Consultations jeunes consommateurs pour les adolescents et leur entourage.',
      'Réduction des risques, matériel de prévention et accompagnement vers les soins.',
      'Soutien aux familles confrontées aux addictions d’un proche.',
    ],
    themes: ['sante--addictions', 'sante--acces-aux-soins'],
    publics: ['tous-publics', 'jeunes'],
  }),
  gem: t({
    key: 'gem', kind: PartnerKind.GEM, sector: Sector.SUPPORT_LISTENING, weight: 4, contactWeight: 1.5,
    names: [['GEM {gem}', null], ['Groupe d’entraide mutuelle {gem}', 'GEM {gem}']],
    sentences: [
      'Association d’usagers en santé mentale : un lieu convivial pour rompre l’isolement, géré par et pour ses adhérents.',
      'Activités choisies par les membres : sorties culturelles, ateliers d’écriture, randonnées, repas partagés.',
      'Pair-aidance et entraide entre personnes vivant avec un trouble psychique.',
      'Parrainé par une association gestionnaire et soutenu par l’agence régionale de santé.',
    ],
    themes: ['remobilisation--lien-social', 'remobilisation--bien-etre-confiance-en-soi', 'remobilisation--activites-sportives-et-culturelles'],
    publics: ['personnes-en-situation-de-handicap'],
  }),
  families: t({
    key: 'families', kind: PartnerKind.ASSOCIATION, sector: Sector.SUPPORT_LISTENING, weight: 1.5, contactWeight: 2,
    names: [['Familles et santé psychique {deptOf}', null], ['Entraide des familles {town}', null]],
    sentences: [
      'Accueil et soutien des familles et des proches de personnes vivant avec des troubles psychiques.',
      'Groupes de parole pour les aidants, formations et permanences d’écoute.',
      'Représentation des usagers et des familles dans les instances de santé mentale.',
    ],
    themes: ['famille--soutien-aidants', 'sante--sante-mentale'],
    publics: ['familles'],
  }),
  listening: t({
    key: 'listening', kind: PartnerKind.ASSOCIATION, sector: Sector.SUPPORT_LISTENING, weight: 2.5, contactWeight: 2,
    names: [['{name} – écoute et soutien', null], ['Point écoute {name}', null], ['Ligne d’écoute {name}', null]],
    sentences: [
      'Écoute anonyme et bienveillante par des bénévoles formés, par téléphone ou sur place.',
      'Prévention du suicide et soutien aux personnes en souffrance psychique.',
      'Accueil des jeunes et des adolescents en difficulté, orientation vers les professionnels.',
      'Soutien aux personnes endeuillées et groupes de parole.',
    ],
    themes: ['sante--sante-mentale', 'remobilisation--lien-social'],
    publics: ['tous-publics'],
  }),
  ccas: t({
    key: 'ccas', kind: PartnerKind.LOCAL_AUTHORITY, sector: Sector.SOCIAL_ACTION, weight: 2.5, contactWeight: 3,
    names: [['Centre communal d’action sociale de {commune}', 'CCAS {commune}']],
    sentences: [
      'Aide sociale légale et facultative, domiciliation, aides d’urgence et accompagnement des personnes isolées.',
      'Accueil des personnes âgées, des familles et des personnes en situation de précarité.',
      'Instruction des demandes de logement social et de RSA, accompagnement budgétaire.',
    ],
    themes: ['difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives', 'difficultes-financieres--ameliorer-sa-gestion-budgetaire', 'equipement-et-alimentation--alimentation'],
    publics: ['beneficiaires-des-minimas-sociaux', 'seniors', 'familles'],
  }),
  socialCentre: t({
    key: 'socialCentre', kind: PartnerKind.ASSOCIATION, sector: Sector.SOCIAL_ACTION, weight: 2.5, contactWeight: 2,
    names: [['Centre social {name}', null], ['Espace de vie sociale {name}', null]],
    sentences: [
      'Lieu d’animation de la vie sociale du quartier : accueil, activités pour les familles, accompagnement à la scolarité.',
      'Ateliers numériques et aide aux démarches en ligne.',
      'Actions contre l’isolement des personnes âgées et repas solidaires.',
    ],
    themes: ['remobilisation--lien-social', 'numerique--acceder-a-des-services-en-ligne', 'famille--soutien-a-la-parentalite-et-a-leducation'],
    publics: ['tous-publics', 'familles'],
  }),
  homeSupport: t({
    key: 'homeSupport', kind: PartnerKind.ASSOCIATION, sector: Sector.SOCIAL_ACTION, weight: 2, contactWeight: 2.5,
    names: [['Service d’accompagnement à la vie sociale {name}', 'SAVS {name}'], ['Service d’accompagnement médico-social pour adultes handicapés {name}', 'SAMSAH {name}']],
    sentences: [
      'Accompagnement à domicile des adultes en situation de handicap psychique : vie quotidienne, budget, accès aux droits et aux soins.',
      'Soutien au maintien dans le logement et à l’insertion sociale.',
      'Intervention sur notification de la maison départementale des personnes handicapées.',
    ],
    themes: ['sante--constituer-un-dossier-mdph-invalidite', 'logement-hebergement--se-maintenir-dans-le-logement', 'difficultes-financieres--acquerir-une-autonomie-budgetaire'],
    publics: ['personnes-en-situation-de-handicap'],
  }),
  shelter: t({
    key: 'shelter', kind: PartnerKind.ASSOCIATION, sector: Sector.HOUSING, weight: 2.5, contactWeight: 2.5,
    names: [['Centre d’hébergement et de réinsertion sociale {name}', 'CHRS {name}'], ['Accueil de jour {name}', null], ['Foyer {name}', null]],
    sentences: [
      'Hébergement d’urgence et d’insertion pour les personnes sans domicile, avec un accompagnement social global.',
      'Accueil de jour : douches, repas, domiciliation et orientation.',
      'Accompagnement vers le logement et l’insertion professionnelle.',
    ],
    themes: ['logement-hebergement--rechercher-une-solution-dhebergement-temporaire', 'sante--acces-aux-soins'],
    publics: ['personnes-en-situation-durgence'],
  }),
  supportedHousing: t({
    key: 'supportedHousing', kind: PartnerKind.ASSOCIATION, sector: Sector.HOUSING, weight: 2.5, contactWeight: 1.5,
    names: [['Pension de famille {name}', null], ['Résidence accueil {name}', null]],
    sentences: [
      'Logement accompagné pour des personnes isolées en situation d’exclusion, avec des hôtes présents au quotidien.',
      'Résidence accueil pour des personnes vivant avec un handicap psychique, en lien avec le secteur psychiatrique et un SAVS.',
      'Espaces collectifs, repas partagés et activités pour rompre l’isolement.',
    ],
    themes: ['logement-hebergement--louer-un-logement', 'logement-hebergement--se-maintenir-dans-le-logement', 'remobilisation--lien-social'],
    publics: ['personnes-en-situation-de-handicap'],
  }),
  landlord: t({
    key: 'landlord', kind: PartnerKind.SOCIAL_LANDLORD, sector: Sector.HOUSING, weight: 2, contactWeight: 2.5,
    names: [['{town} Habitat', null], ['Office public de l’habitat {deptOf}', 'OPH {deptCode}'], ['Les Toits de {town}', null], ['Logis {deptName}', null], ['Habitat solidaire de {commune}', null]],
    sentences: [
      'Bailleur social : logements locatifs sociaux, du studio au T5, dans les communes du territoire.',
      'Référents sociaux et conseillères en économie sociale et familiale pour prévenir les impayés de loyer et les expulsions.',
      'Partenaire de l’intermédiation locative et de la convention santé mentale et logement.',
    ],
    themes: ['logement-hebergement--louer-un-logement', 'logement-hebergement--reduire-les-impayes-de-loyer', 'logement-hebergement--changer-de-logement'],
    publics: ['tous-publics'],
  }),
  housingOperator: t({
    key: 'housingOperator', kind: PartnerKind.ASSOCIATION, sector: Sector.HOUSING, weight: 0.8, contactWeight: 2,
    names: [['{name} Logement solidaire', null], ['Agence immobilière à vocation sociale de {town}', 'AIVS {town}']],
    sentences: [
      'Intermédiation locative : l’association loue des logements et les sous-loue à des personnes accompagnées, jusqu’au glissement de bail.',
      'Gestion locative adaptée et accompagnement social lié au logement.',
      'Partenaire du dispositif Logement d’abord.',
    ],
    themes: ['logement-hebergement--louer-un-logement', 'logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement'],
    publics: ['personnes-en-situation-de-handicap', 'beneficiaires-des-minimas-sociaux'],
  }),
  landlordFederation: t({
    key: 'landlordFederation', kind: PartnerKind.LANDLORD_FEDERATION, sector: Sector.HOUSING, weight: 0.2, contactWeight: 1.5,
    names: [['Association des bailleurs sociaux {deptOf}', null]],
    sentences: [
      'Association qui fédère les organismes Hlm du département et anime leurs partenariats.',
      'Coordination des référents des bailleurs pour les situations de locataires en difficulté.',
    ],
    themes: ['logement-hebergement--louer-un-logement'],
    publics: ['tous-publics'],
  }),
  protection: t({
    key: 'protection', kind: PartnerKind.ASSOCIATION, sector: Sector.LEGAL_PROTECTION, weight: 2.5, contactWeight: 3,
    names: [['Association tutélaire {deptOf}', null], ['Service mandataire judiciaire {name}', null], ['Union départementale des associations familiales {deptOf}', 'UDAF {deptCode}']],
    sentences: [
      'Mesures de protection juridique des majeurs (tutelle, curatelle) confiées par le juge des contentieux de la protection.',
      'Mesures d’accompagnement social personnalisé et aide à la gestion du budget familial.',
      'Information et soutien aux tuteurs familiaux.',
    ],
    themes: ['difficultes-financieres--mettre-en-place-une-mesure-de-protection-financiere', 'difficultes-administratives-ou-juridiques--beneficier-dune-mesure-daccompagnement-adapte'],
    publics: ['personnes-en-situation-juridique-specifique'],
  }),
  youthEmployment: t({
    key: 'youthEmployment', kind: PartnerKind.ASSOCIATION, sector: Sector.TRAINING_EMPLOYMENT, weight: 1.5, contactWeight: 3,
    names: [['Mission locale {town}', null], ['Mission locale de {commune}', null]],
    sentences: [
      'Accompagnement des jeunes de 16 à 25 ans vers l’emploi, la formation et l’autonomie.',
      'Contrat d’engagement jeune, aides au logement et à la mobilité, point santé avec une psychologue.',
      'Ateliers CV et préparation aux entretiens d’embauche.',
    ],
    themes: ['trouver-un-emploi--repondre-a-des-offres-demploi', 'se-former--trouver-sa-formation', 'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation'],
    publics: ['jeunes', 'demandeurs-emploi'],
  }),
  insertion: t({
    key: 'insertion', kind: PartnerKind.ASSOCIATION, sector: Sector.TRAINING_EMPLOYMENT, weight: 2.5, contactWeight: 2,
    names: [['Établissement et service d’aide par le travail {name}', 'ESAT {name}'], ['Atelier et chantier d’insertion {name}', null], ['Entreprise adaptée {name}', null]],
    sentences: [
      'Travail adapté et accompagnement professionnel pour des personnes en situation de handicap psychique.',
      'Chantier d’insertion : espaces verts, restauration, recyclage, avec un accompagnement socioprofessionnel.',
      'Parcours d’insertion vers l’emploi ordinaire et maintien dans l’emploi.',
    ],
    themes: ['trouver-un-emploi--maintien-dans-lemploi', 'choisir-un-metier--identifier-ses-points-forts-et-ses-competences'],
    publics: ['personnes-en-situation-de-handicap', 'demandeurs-emploi'],
  }),
  training: t({
    key: 'training', kind: PartnerKind.TRAINING_ORGANISATION, sector: Sector.TRAINING_EMPLOYMENT, weight: 0.8, contactWeight: 2,
    names: [['Institut de formation en soins infirmiers de {town}', 'IFSI {town}'], ['Institut régional du travail social {name}', null], ['Centre de formation {name}', null]],
    sentences: [
      'Formations initiales et continues des professionnels du soin et du travail social.',
      'Modules de premiers secours en santé mentale ouverts aux partenaires.',
      'Stages en psychiatrie et en structures médico-sociales.',
    ],
    themes: ['se-former--trouver-sa-formation'],
    publics: ['etudiants', 'actifs'],
  }),
  town: t({
    key: 'town', kind: PartnerKind.LOCAL_AUTHORITY, sector: Sector.INSTITUTIONS, weight: 1.5, contactWeight: 2,
    names: [['Ville de {commune}', null], ['Mairie de {commune}', null]],
    sentences: [
      'Service santé de la ville : contrat local de santé et conseil local de santé mentale.',
      'Actions de prévention, médiation sociale et tranquillité publique.',
      'Point d’accès aux droits et maison France services.',
    ],
    themes: ['difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits', 'sante--acces-aux-soins'],
    publics: ['tous-publics'],
  }),
  intercommunality: t({
    key: 'intercommunality', kind: PartnerKind.LOCAL_AUTHORITY, sector: Sector.INSTITUTIONS, weight: 0.6, contactWeight: 2,
    names: [['Communauté de communes de {town}', null], ['Communauté d’agglomération de {town}', null]],
    sentences: ['Politique de l’habitat, Logement d’abord et contrat de ville.', 'Transport à la demande et mobilité solidaire.'],
    themes: ['logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement', 'mobilite--mobilite-douce-partagee-collective'],
    publics: ['tous-publics'],
  }),
  department: t({
    key: 'department', kind: PartnerKind.LOCAL_AUTHORITY, sector: Sector.INSTITUTIONS, weight: 0.3, contactWeight: 3,
    names: [['Conseil départemental {deptOf}', null], ['Maison départementale des personnes handicapées {deptOf}', 'MDPH {deptCode}']],
    sentences: [
      'Protection de l’enfance, insertion des allocataires du RSA et autonomie des personnes âgées et handicapées.',
      'Reconnaissance du handicap, orientation et prestations de compensation.',
    ],
    themes: ['sante--constituer-un-dossier-mdph-invalidite', 'famille--prise-en-charge-personne-dependante'],
    publics: ['personnes-en-situation-de-handicap', 'seniors'],
  }),
  state: t({
    key: 'state', kind: PartnerKind.STATE_SERVICE, sector: Sector.INSTITUTIONS, weight: 0.3, contactWeight: 2,
    names: [['Direction départementale de l’emploi, du travail et des solidarités {deptOf}', 'DDETS {deptCode}'], ['Délégation départementale de l’agence régionale de santé {deptOf}', null]],
    sentences: ['Politiques d’hébergement, de logement accompagné et d’insertion de l’État.', 'Financement et suivi des dispositifs de santé mentale du territoire.'],
    themes: ['logement-hebergement--rechercher-une-solution-dhebergement-temporaire', 'sante--acces-aux-soins'],
    publics: ['tous-publics'],
  }),
  foundation: t({
    key: 'foundation', kind: PartnerKind.FOUNDATION, sector: Sector.SOCIAL_ACTION, weight: 0.5, contactWeight: 1.5,
    names: [['Fondation {name}', null]],
    sentences: [
      'Fondation qui soutient des projets d’habitat inclusif et d’accès aux droits.',
      'Financement d’actions innovantes en santé mentale et de lutte contre l’exclusion.',
    ],
    themes: ['logement-hebergement--louer-un-logement', 'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits'],
    publics: ['tous-publics'],
  }),
  resource: t({
    key: 'resource', kind: PartnerKind.RESOURCE_CENTRE, sector: Sector.INSTITUTIONS, weight: 0.4, contactWeight: 1.5,
    names: [['Centre ressource en santé mentale {name}', null], ['Instance d’éducation et de promotion de la santé {deptOf}', null]],
    sentences: ['Documentation, formation et appui méthodologique aux acteurs de la santé mentale.', 'Accompagnement des conseils locaux de santé mentale et des projets de prévention.'],
    themes: ['sante--sante-mentale', 'se-former--trouver-sa-formation'],
    publics: ['actifs'],
  }),
  exiles: t({
    key: 'exiles', kind: PartnerKind.ASSOCIATION, sector: Sector.SOCIAL_ACTION, weight: 1, contactWeight: 2,
    names: [['Accueil des personnes exilées {name}', null], ['Centre de soins pour personnes exilées {name}', null]],
    sentences: [
      'Accueil et accompagnement des personnes exilées, demandeuses d’asile et réfugiées : accès aux droits, cours de français.',
      'Consultations de psychotraumatologie avec interprètes.',
    ],
    themes: ['lecture-ecriture-calcul--maitriser-le-francais', 'sante--sante-mentale', 'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits'],
    publics: ['personnes-exilees'],
  }),
  seniors: t({
    key: 'seniors', kind: PartnerKind.ASSOCIATION, sector: Sector.SOCIAL_ACTION, weight: 1, contactWeight: 2,
    names: [['Réseau gérontologique {name}', null], ['Plateforme de répit des aidants de {town}', null]],
    sentences: ['Coordination du maintien à domicile des personnes âgées.', 'Soutien et répit pour les aidants de personnes âgées ou malades.'],
    themes: ['famille--soutien-aidants', 'famille--prise-en-charge-personne-dependante'],
    publics: ['seniors', 'familles'],
  }),
  leisure: t({
    key: 'leisure', kind: PartnerKind.ASSOCIATION, sector: Sector.SUPPORT_LISTENING, weight: 1, contactWeight: 1.5,
    names: [['Club sport et santé mentale {name}', null], ['Atelier artistique {name}', null]],
    sentences: [
      'Activités sportives adaptées pour les personnes suivies en psychiatrie, en lien avec les soignants.',
      'Ateliers de théâtre, de musique et d’arts plastiques ouverts à tous.',
    ],
    themes: ['remobilisation--activites-sportives-et-culturelles', 'remobilisation--bien-etre-confiance-en-soi'],
    publics: ['tous-publics'],
  }),
} as const satisfies Record<string, PartnerTemplate>;

export type TemplateKey = keyof typeof partnerTemplates;

/** What every territory has, whatever its size: the IML pathway and the sectors need them. */
export const anchorTemplates: readonly TemplateKey[] = ['hospital', 'cmpAdult', 'cmpAdult', 'cmpChild', 'careTeam', 'housingOperator', 'landlord', 'landlord', 'ccas', 'gem', 'town'];

/** Sentences any member of the network may add to its description. */
export const networkSentences = [
  'Membre du conseil local de santé mentale, la structure participe aux groupes de travail sur le logement, l’insertion et la prévention.',
  'Travaille en lien avec les CMP du secteur, le CCAS et les bailleurs sociaux.',
  'Accueil sur rendez-vous ; permanences dans les communes rurales du territoire.',
  'Orientation des familles et des aidants vers les dispositifs adaptés.',
  'Actions de prévention auprès des adolescents et des jeunes adultes dans les collèges et les lycées.',
  'Participe chaque année aux Semaines d’information sur la santé mentale.',
  'Partenaire du projet territorial de santé mentale du département.',
  'Interventions possibles à domicile pour les personnes isolées ou en situation de précarité.',
  'Accessible aux personnes à mobilité réduite ; interprétariat sur demande.',
  'Contribue à la lutte contre la stigmatisation des troubles psychiques.',
] as const;

export const associationNames = [
  'Le Trait d’Union', 'L’Escale', 'La Passerelle', 'Horizon', 'Le Relais', 'Accueil et Partage', 'Les Tilleuls', 'Le Phare', 'L’Étape',
  'Arc-en-ciel', 'Le Fil d’Ariane', 'Renouer', 'Ensemble', 'Cap Avenir', 'La Main tendue', 'Le Pont', 'Solidarités Nouvelles',
  'Le Colibri', 'Les Glycines', 'L’Abri', 'Les Capucines', 'La Source', 'Le Tremplin', 'Élan', 'Le Chemin', 'La Clé', 'Les Marronniers',
  'Le Lien', 'L’Olivier', 'Les Platanes', 'Boussole', 'Clair Matin', 'Le Sillon', 'Les Ateliers du Val', 'Rivages', 'Le Grand Chêne',
  'Saint-Exupéry', 'Pierre-Valdo', 'Les Amandiers', 'Alizé', 'La Roseraie', 'Le Mascaret', 'Entre Deux', 'Terre d’Envol', 'Le Moulin Vert',
] as const;

export const gemNames = [
  'L’Envol', 'La Passerelle', 'Le Phare', 'Les Ailes', 'L’Escale', 'Arc-en-ciel', 'Le Lien', 'L’Oasis', 'La Boussole', 'Entre-Nous',
  'Les Copains d’abord', 'Le Cocon', 'La Bulle', 'L’Étincelle', 'Le Rebond', 'Soleil Levant', 'La Parenthèse', 'Le Kiosque', 'L’Albizia',
  'Les Lucioles', 'La Clé des champs', 'Le Fanal', 'Cap Espoir', 'Le Petit Prince', 'L’Archipel',
] as const;

export const clinicNames = ['Saint-Luc', 'Sainte-Anne', 'Les Cèdres', 'Le Parc', 'Les Oliviers', 'du Val', 'Les Sorbiers', 'Saint-Michel', 'Les Rosiers', 'de la Source'] as const;

export const openingHours = [
  'Mo-Fr 09:00-12:30,13:30-17:00',
  'Mo-Fr 08:30-17:30',
  'Mo,Tu,Th,Fr 09:00-12:00,14:00-17:00; We 09:00-12:00',
  'Mo-Fr 09:00-17:00; Sa 09:00-12:00',
  'Tu-Sa 14:00-18:00',
  'Mo-Fr 09:00-18:00',
  '24/7',
] as const;
