// Working groups, meetings, projects and events of a CLSM, in French, for the fictional network.

export interface GroupTheme {
  name: string;
  theme: string;
  purpose: string;
  isPublic: boolean;
  /** Agenda items and actions that fit the theme, beside the generic ones. */
  topics: readonly string[];
}

export const groupThemes: readonly GroupTheme[] = [
  {
    name: 'Logement et santé mentale', theme: 'Accès et maintien dans le logement', isPublic: true,
    purpose: 'Faciliter l’accès et le maintien dans le logement des personnes vivant avec des troubles psychiques, avec les bailleurs sociaux et les opérateurs.',
    topics: ['Bilan de l’intermédiation locative', 'Situations de locataires en difficulté', 'Procédure de signalement avec les bailleurs', 'Logement d’abord : point d’étape', 'Prévention des expulsions locatives'],
  },
  {
    name: 'Comité d’organisation des SISM', theme: 'Semaines d’information sur la santé mentale (SISM)', isPublic: true,
    purpose: 'Préparer le programme local des Semaines d’information sur la santé mentale et coordonner les partenaires organisateurs.',
    topics: ['Programme des SISM', 'Appel à propositions d’événements', 'Communication et affiches', 'Bilan de l’édition précédente'],
  },
  {
    name: 'Prévention du suicide', theme: 'Prévention du suicide et postvention', isPublic: true,
    purpose: 'Repérer, orienter et accompagner les personnes en crise suicidaire ; organiser la postvention.',
    topics: ['Formation de sentinelles', 'Dispositif de recontact VigilanS', 'Postvention après un suicide', 'Repérage de la crise suicidaire'],
  },
  {
    name: 'Santé mentale des jeunes', theme: 'Adolescents et jeunes adultes', isPublic: true,
    purpose: 'Coordonner les acteurs de la prévention et du soin pour les adolescents et les jeunes adultes.',
    topics: ['Permanences dans les lycées', 'Harcèlement scolaire', 'Jeunes en rupture', 'Accès aux consultations pour les adolescents'],
  },
  {
    name: 'Enfance et parentalité', theme: 'Soutien à la parentalité', isPublic: true,
    purpose: 'Soutenir les parents et repérer tôt les difficultés psychiques des enfants.',
    topics: ['Périnatalité et santé mentale', 'Groupes de parents', 'Lien avec la protection de l’enfance'],
  },
  {
    name: 'Emploi, formation et insertion', theme: 'Insertion professionnelle', isPublic: true,
    purpose: 'Favoriser l’insertion et le maintien dans l’emploi des personnes vivant avec un handicap psychique.',
    topics: ['Emploi accompagné', 'Job coaching', 'Partenariat avec les ESAT', 'Maintien dans l’emploi'],
  },
  {
    name: 'Culture, sport et loisirs', theme: 'Culture et loisirs', isPublic: true,
    purpose: 'Ouvrir l’accès à la culture, au sport et aux loisirs aux personnes suivies en santé mentale.',
    topics: ['Sport adapté', 'Partenariat avec la médiathèque', 'Ateliers artistiques', 'Sorties culturelles'],
  },
  {
    name: 'Addictions et santé mentale', theme: 'Conduites addictives', isPublic: true,
    purpose: 'Articuler les soins en addictologie et en psychiatrie, et la réduction des risques.',
    topics: ['Parcours des patients en double diagnostic', 'Réduction des risques', 'Consultations jeunes consommateurs'],
  },
  {
    name: 'Précarité et santé mentale', theme: 'Personnes en situation de précarité', isPublic: true,
    purpose: 'Améliorer l’accès aux soins psychiques des personnes sans domicile ou en grande précarité.',
    topics: ['Maraudes et équipe mobile', 'Accès aux droits et domiciliation', 'Hébergement d’urgence et soins'],
  },
  {
    name: 'Personnes âgées et santé mentale', theme: 'Vieillissement', isPublic: true,
    purpose: 'Repérer la souffrance psychique des personnes âgées et soutenir leurs aidants.',
    topics: ['Dépression du sujet âgé', 'Soutien aux aidants', 'Lien avec les EHPAD'],
  },
  {
    name: 'Cellule de situations complexes', theme: 'Situations individuelles complexes', isPublic: false,
    purpose: 'Examiner, avec l’accord des personnes, les situations qui mettent en échec les réponses habituelles.',
    topics: ['Examen de situations', 'Suivi des situations précédentes', 'Charte éthique et consentement'],
  },
  {
    name: 'Déstigmatisation et citoyenneté', theme: 'Lutte contre la stigmatisation', isPublic: true,
    purpose: 'Changer le regard sur les troubles psychiques et promouvoir la participation des usagers.',
    topics: ['Campagne de sensibilisation', 'Participation des usagers', 'Témoignages de pairs'],
  },
  {
    name: 'Prévention et gestion de crise', theme: 'Crise et urgences psychiatriques', isPublic: true,
    purpose: 'Organiser la réponse aux situations de crise et les soins sans consentement sur le territoire.',
    topics: ['Protocole d’intervention à domicile', 'Soins sans consentement', 'Lien avec les forces de l’ordre et les pompiers'],
  },
  {
    name: 'Pair-aidance et rétablissement', theme: 'Rétablissement', isPublic: true,
    purpose: 'Développer la pair-aidance et les pratiques orientées vers le rétablissement.',
    topics: ['Recrutement de médiateurs pairs', 'Plans de crise conjoints', 'Groupes d’entraide mutuelle'],
  },
  {
    name: 'Outils de coordination', theme: 'Coordination et interconnaissance des acteurs', isPublic: true,
    purpose: 'Tenir à jour l’annuaire, le guide et la carte des ressources du territoire.',
    topics: ['Mise à jour de l’annuaire', 'Guide santé mentale', 'Carte des ressources'],
  },
  {
    name: 'Sensibilisation des professionnels', theme: 'Formation', isPublic: true,
    purpose: 'Former les professionnels de première ligne au repérage et à l’orientation.',
    topics: ['Sessions de premiers secours en santé mentale', 'Calendrier des formations', 'Évaluation des sessions'],
  },
  {
    name: 'Accès aux droits et aux soins', theme: 'Accès aux soins', isPublic: true,
    purpose: 'Réduire les ruptures de parcours entre le soin, le social et le médico-social.',
    topics: ['Délais d’accès au CMP', 'Dossiers MDPH', 'Médecins généralistes et santé mentale'],
  },
  {
    name: 'Santé mentale des personnes exilées', theme: 'Personnes exilées', isPublic: true,
    purpose: 'Améliorer la prise en charge du psychotraumatisme des personnes exilées.',
    topics: ['Interprétariat', 'Psychotraumatisme', 'Hébergement des demandeurs d’asile'],
  },
];

export const genericAgendaItems = [
  'Approbation du compte rendu de la dernière réunion', 'Tour de table des partenaires', 'Actualités du CLSM', 'Questions diverses',
  'Point sur les actions en cours', 'Calendrier des prochaines réunions', 'Présentation d’un nouveau partenaire', 'Retour sur les formations',
  'Bilan annuel', 'Budget et financements',
] as const;

export const minutesSentences = [
  'Les partenaires présents font le point sur l’avancement des actions engagées.',
  'Le groupe constate une augmentation des demandes liées au logement et à la précarité.',
  'La coordinatrice présente les chiffres de l’année et les perspectives.',
  'Un échange nourri porte sur les délais d’accès aux consultations.',
  'Les bailleurs signalent plusieurs situations de locataires en difficulté, examinées avec l’accord des personnes.',
  'Le GEM présente ses activités et invite les partenaires à sa journée portes ouvertes.',
  'La mission locale rappelle les dispositifs d’insertion destinés aux jeunes.',
  'Le CMP propose une permanence avancée dans les locaux du centre social.',
  'Les participants souhaitent associer davantage les usagers et les familles.',
  'Un sous-groupe est chargé de préparer une fiche de liaison commune.',
  'La prochaine réunion sera consacrée aux addictions chez les adolescents.',
  'Le compte rendu sera diffusé à l’ensemble des membres du groupe.',
] as const;

export const decisionTexts = [
  'Le groupe valide le programme proposé.', 'Une fiche de liaison commune sera expérimentée pendant six mois.',
  'Les réunions auront lieu tous les deux mois.', 'Le groupe s’ouvre aux représentants des usagers.',
  'La charte éthique est adoptée.', 'Un bilan sera présenté à l’assemblée plénière.', 'Le guide sera mis à jour avant l’été.',
  'Une formation commune sera organisée à l’automne.', 'Le groupe demande un financement à l’agence régionale de santé.',
] as const;

export const actionTitles = [
  'Diffuser le compte rendu aux partenaires', 'Mettre à jour la liste des contacts', 'Préparer une fiche de liaison',
  'Organiser une rencontre avec les bailleurs', 'Réserver une salle pour la prochaine réunion', 'Rédiger un bilan de l’action',
  'Contacter la mission locale', 'Proposer des dates de formation', 'Recenser les places disponibles', 'Préparer la communication',
] as const;

export const meetingRooms = ['Salle du conseil', 'Salle polyvalente', 'Salle de réunion du CCAS', 'Maison des associations', 'Salle Simone-Veil', 'Centre social', 'Médiathèque'] as const;

// The national themes of the Semaines d’information sur la santé mentale; the 2026 one is made up.
export const festivalThemes: Readonly<Record<number, string>> = {
  2019: 'Santé mentale à l’ère du numérique',
  2020: 'Santé mentale et discriminations',
  2021: 'Pour ma santé mentale, respectons mes droits',
  2022: 'Pour ma santé mentale, agissons pour notre environnement',
  2023: 'À tous les âges de la vie, ma santé mentale est un droit',
  2024: 'En mouvement pour notre santé mentale',
  2025: 'Pour notre santé mentale, réparons le lien social',
  2026: 'Santé mentale et travail (thème fictif)',
};

export const eventTitles = [
  'Ciné-débat : {topic}', 'Conférence « {topic} »', 'Exposition « Regards croisés »', 'Portes ouvertes du GEM', 'Café-rencontre santé mentale',
  'Atelier théâtre-forum', 'Marche solidaire', 'Table ronde : {topic}', 'Concert solidaire', 'Lecture publique et échanges',
  'Forum des associations en santé mentale', 'Atelier bien-être et relaxation', 'Projection et rencontre avec des pairs-aidants',
  'Stand d’information au marché', 'Journée sport et santé mentale', 'Jeu de piste pour les adolescents',
] as const;

export const eventTopics = [
  'logement et santé mentale', 'les addictions chez les adolescents', 'l’insertion professionnelle', 'le rétablissement',
  'la prévention du suicide', 'les familles et les aidants', 'les écrans et la santé mentale', 'la santé mentale au travail',
  'la précarité', 'le lien social', 'la stigmatisation', 'les droits des usagers',
] as const;

export const eventDescriptions = [
  'Entrée libre et gratuite, ouverte à tous.', 'Échanges avec des professionnels du soin, des associations et des usagers.',
  'Animé par les partenaires du conseil local de santé mentale.', 'Un temps convivial clôturera la rencontre.',
  'Inscription conseillée, places limitées.', 'Accessible aux personnes à mobilité réduite.',
] as const;

export const trainingTitles = [
  'Premiers secours en santé mentale', 'Repérer et orienter la souffrance psychique', 'Repérage de la crise suicidaire',
  'Santé mentale et logement : repères pour les bailleurs', 'Addictions : repérer et orienter', 'Troubles psychiques et insertion professionnelle',
] as const;

export const extraProjects = [
  { name: 'Prévention du suicide', description: 'Formation de sentinelles et dispositif de recontact des personnes après une tentative de suicide.', groupTheme: 'Prévention du suicide' },
  { name: 'Logement d’abord', description: 'Accès direct au logement ordinaire avec un accompagnement adapté, pour des personnes sans domicile vivant avec des troubles psychiques.', groupTheme: 'Logement et santé mentale' },
  { name: 'Habitat inclusif', description: 'Colocations accompagnées pour des personnes vivant avec un handicap psychique.', groupTheme: 'Logement et santé mentale' },
  { name: 'Pair-aidance', description: 'Recrutement et formation de médiateurs de santé pairs dans les équipes.', groupTheme: 'Pair-aidance et rétablissement' },
  { name: 'Santé mentale des jeunes', description: 'Permanences de psychologues dans les lycées et les missions locales.', groupTheme: 'Santé mentale des jeunes' },
  { name: 'Culture et santé mentale', description: 'Ateliers artistiques et accès aux équipements culturels pour les personnes suivies.', groupTheme: 'Culture, sport et loisirs' },
] as const;
