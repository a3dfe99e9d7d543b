// SISM editions, their programmes, and the awareness training sessions. The documents give the
// totals (2019: 9 events, 18 partners, 250 participants; 2020: 11 events, 8 organising partners;
// training 2019: 5 sessions, 102 participants) and name two actions (GEM L'Albatros' stand at
// Mercy hospital, GEM Camille Claudel's writing-workshop show); every other event is invented
// to reach those totals, and says so.
export const fictional = 'Événement fictif de démonstration.';

export interface DemoEdition {
  projectSlug: string;
  year: number;
  theme: string;
  startsOn: string;
  endsOn: string;
  submissionsOpen: boolean;
  events: DemoEvent[];
}

export interface DemoEvent {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  place: string;
  communeCode: string;
  audience: 'PUBLIC' | 'PROFESSIONAL';
  attendance: number | null;
  organiserSlugs: string[];
}

const albatrosStand = (day: string, theme: string): DemoEvent => ({
  title: 'Stand du GEM L’Albatros dans le hall de l’hôpital de Mercy',
  description: `Pendant les SISM, des adhérents du GEM L’Albatros tiennent un stand chaque mercredi après-midi dans le hall d’accueil de l’hôpital de Mercy, en partenariat avec le CHR Metz-Thionville : information sur le GEM et la maladie psychique, réponses aux questions, rencontre avec des personnes concernées pour changer l’image de la psychiatrie (${theme}). Action décrite dans le compte rendu de l’assemblée plénière du 10 décembre 2019 ; l’horaire précis est illustratif.`,
  startsAt: `${day}T14:00`,
  endsAt: `${day}T17:00`,
  place: 'Hall d’accueil de l’hôpital de Mercy',
  communeCode: '57031',
  audience: 'PUBLIC',
  attendance: null,
  organiserSlugs: ['gem-l-albatros', 'chr-metz-thionville'],
});

const writingShow = (day: string, subject: string): DemoEvent => ({
  title: 'Spectacle de l’atelier d’écriture du GEM Camille Claudel',
  description: `Une dizaine d’adhérents du GEM Camille Claudel écrivent tout au long de l’année des textes sur la thématique des SISM (${subject}), mis en scène avec un intervenant artistique et présentés au public. Action décrite dans le compte rendu de l’assemblée plénière du 10 décembre 2019 ; la date et le lieu sont illustratifs.`,
  startsAt: `${day}T18:00`,
  endsAt: `${day}T20:00`,
  place: 'Salle de spectacle (lieu illustratif)',
  communeCode: '57463',
  audience: 'PUBLIC',
  attendance: null,
  organiserSlugs: ['gem-camille-claudel'],
});

const invented = (event: Omit<DemoEvent, 'description'> & { description: string }): DemoEvent => ({
  ...event,
  description: `${event.description} ${fictional}`,
});

export const demoEditions: DemoEdition[] = [
  {
    projectSlug: 'sism',
    year: 2019,
    theme: 'Santé mentale à l’ère du numérique',
    // The national SISM dates of 2019; the documents give the theme and the totals.
    startsOn: '2019-03-18',
    endsOn: '2019-03-31',
    submissionsOpen: false,
    events: [
      { ...albatrosStand('2019-03-20', 'édition « Santé mentale à l’ère du numérique »'), attendance: 30 },
      { ...writingShow('2019-03-22', 'la santé mentale à l’ère du numérique'), attendance: 45 },
      invented({
        title: 'Lancement du programme « Écrans et tout-petits »',
        description: 'Le pôle petite enfance de la Ville de Metz lance pendant les SISM un programme annuel de prévention des usages du numérique chez les enfants, avec l’appui de l’IREPS (initiative citée par le compte rendu de l’assemblée plénière ; cette séance est inventée).',
        startsAt: '2019-03-19T09:30',
        endsAt: '2019-03-19T12:00',
        place: 'Multi-accueil (lieu illustratif)',
        communeCode: '57463',
        audience: 'PROFESSIONAL',
        attendance: 20,
        organiserSlugs: ['ville-de-metz-pole-petite-enfance', 'ireps-grand-est'],
      }),
      invented({
        title: 'Ciné-débat : réseaux sociaux et isolement',
        description: 'Projection suivie d’un échange avec des soignants et des familles.',
        startsAt: '2019-03-21T20:00',
        endsAt: '2019-03-21T22:30',
        place: 'Cinéma (lieu illustratif)',
        communeCode: '57463',
        audience: 'PUBLIC',
        attendance: 40,
        organiserSlugs: ['ch-jury', 'unafam-moselle'],
      }),
      invented({
        title: 'Conférence : écrans, usages et santé mentale',
        description: 'Ce que l’on sait des effets des usages numériques sur la santé mentale, et les ressources pour en parler.',
        startsAt: '2019-03-26T18:30',
        endsAt: '2019-03-26T20:30',
        place: 'Amphithéâtre (lieu illustratif)',
        communeCode: '57463',
        audience: 'PUBLIC',
        attendance: 35,
        organiserSlugs: ['cmp-secteur-1-pole-5', 'psycom'],
      }),
      invented({
        title: 'Table ronde : numérique et accès aux droits',
        description: 'Dématérialisation des démarches et personnes fragiles : retours de terrain et pistes.',
        startsAt: '2019-03-25T14:00',
        endsAt: '2019-03-25T16:30',
        place: 'Salle de réunion (lieu illustratif)',
        communeCode: '57463',
        audience: 'PROFESSIONAL',
        attendance: 25,
        organiserSlugs: ['ccas-de-metz', 'carrefour-des-solidarites'],
      }),
      invented({
        title: 'Atelier : parler de santé mentale en plusieurs langues',
        description: 'Atelier d’échange pour les intervenants auprès des personnes migrantes.',
        startsAt: '2019-03-28T09:30',
        endsAt: '2019-03-28T12:00',
        place: 'Salle associative (lieu illustratif)',
        communeCode: '57751',
        audience: 'PROFESSIONAL',
        attendance: 15,
        organiserSlugs: ['cmsea', 'migration-sante-alsace'],
      }),
      invented({
        title: 'Portes ouvertes : les soins de secteur et l’équipe ERAH',
        description: 'Présentation des CMP et des alternatives à l’hospitalisation.',
        startsAt: '2019-03-29T14:00',
        endsAt: '2019-03-29T17:00',
        place: 'CMP (lieu illustratif)',
        communeCode: '57480',
        audience: 'PUBLIC',
        attendance: 18,
        organiserSlugs: ['cmp-secteur-2-pole-5', 'cmp-secteur-3-pole-5', 'ch-jury-erah'],
      }),
      invented({
        title: 'Forum : logement et santé mentale',
        description: 'Bailleurs et soignants présentent leurs collaborations aux professionnels du logement.',
        startsAt: '2019-03-27T09:00',
        endsAt: '2019-03-27T12:00',
        place: 'Salle de conférence (lieu illustratif)',
        communeCode: '57463',
        audience: 'PROFESSIONAL',
        attendance: 22,
        organiserSlugs: ['arelor-hlm', 'metz-habitat-territoire', 'ch-jury'],
      }),
    ],
  },
  {
    projectSlug: 'sism',
    year: 2020,
    theme: 'Santé mentale et discriminations',
    startsOn: '2020-03-16',
    endsOn: '2020-03-29',
    // Left open so that the demo can try the call for events.
    submissionsOpen: true,
    events: [
      albatrosStand('2020-03-18', 'édition « Santé mentale et discriminations »'),
      albatrosStand('2020-03-25', 'édition « Santé mentale et discriminations »'),
      writingShow('2020-03-20', 'la santé mentale et les discriminations'),
      invented({
        title: 'Ciné-débat : la stigmatisation en images',
        description: 'Projection et échange avec des soignants et des familles.',
        startsAt: '2020-03-19T20:00',
        endsAt: '2020-03-19T22:30',
        place: 'Cinéma (lieu illustratif)',
        communeCode: '57463',
        audience: 'PUBLIC',
        attendance: null,
        organiserSlugs: ['ch-jury', 'unafam-moselle'],
      }),
      invented({
        title: 'Conférence : psychiatrie et préjugés',
        description: 'D’où viennent les idées reçues sur les troubles psychiques, et comment les défaire.',
        startsAt: '2020-03-24T18:30',
        endsAt: '2020-03-24T20:30',
        place: 'Amphithéâtre (lieu illustratif)',
        communeCode: '57463',
        audience: 'PUBLIC',
        attendance: null,
        organiserSlugs: ['ch-jury'],
      }),
      invented({
        title: 'Table ronde : discriminations et accès aux droits',
        description: 'Témoignages et réponses des services sociaux.',
        startsAt: '2020-03-17T14:00',
        endsAt: '2020-03-17T16:30',
        place: 'Salle de réunion (lieu illustratif)',
        communeCode: '57463',
        audience: 'PROFESSIONAL',
        attendance: null,
        organiserSlugs: ['ccas-de-metz'],
      }),
      invented({
        title: 'Atelier : santé mentale et exil',
        description: 'Atelier pour les intervenants auprès des personnes exilées.',
        startsAt: '2020-03-26T09:30',
        endsAt: '2020-03-26T12:00',
        place: 'Salle associative (lieu illustratif)',
        communeCode: '57751',
        audience: 'PROFESSIONAL',
        attendance: null,
        organiserSlugs: ['migration-sante-alsace', 'oriv'],
      }),
      invented({
        title: 'Exposition : regards croisés',
        description: 'Œuvres d’adhérents des deux GEM de Metz.',
        startsAt: '2020-03-16T10:00',
        endsAt: '2020-03-16T18:00',
        place: 'Médiathèque (lieu illustratif)',
        communeCode: '57463',
        audience: 'PUBLIC',
        attendance: null,
        organiserSlugs: ['gem-camille-claudel', 'gem-l-albatros'],
      }),
      invented({
        title: 'Café-rencontre des familles',
        description: 'Un moment d’échange entre proches de personnes vivant avec un trouble psychique.',
        startsAt: '2020-03-21T10:00',
        endsAt: '2020-03-21T12:00',
        place: 'Café associatif (lieu illustratif)',
        communeCode: '57480',
        audience: 'PUBLIC',
        attendance: null,
        organiserSlugs: ['unafam-moselle'],
      }),
      invented({
        title: 'Séminaire : discriminations dans la ville',
        description: 'Regards croisés sur les discriminations vécues dans les quartiers.',
        startsAt: '2020-03-27T09:00',
        endsAt: '2020-03-27T12:30',
        place: 'Salle de conférence (lieu illustratif)',
        communeCode: '57463',
        audience: 'PROFESSIONAL',
        attendance: null,
        organiserSlugs: ['oriv', 'ccas-de-metz'],
      }),
      invented({
        title: 'Portes ouvertes au CH de Jury',
        description: 'Visite et présentation des soins aux habitants.',
        startsAt: '2020-03-28T14:00',
        endsAt: '2020-03-28T17:00',
        place: 'Centre hospitalier de Jury',
        communeCode: '57351',
        audience: 'PUBLIC',
        attendance: null,
        organiserSlugs: ['ch-jury'],
      }),
    ],
  },
];

export interface DemoTrainingSession {
  startsAt: string;
  endsAt: string;
  attendance: number | null;
  capacity: number;
  registrants: Array<{ fullName: string; partnerSlug: string }>;
}

const sessionNote = 'Session de sensibilisation à la santé mentale pour les professionnels du territoire. Date fictive : les documents donnent seulement le total de 2019 (5 sessions, 102 participants).';
export const trainingTitle = 'Sensibilisation à la santé mentale';
export const trainingPlace = 'Centre hospitalier de Jury';
// The awareness sessions are run by CH Jury, which carries the CLSM.
export const trainingOrganiserSlug = 'ch-jury';
export const trainingDescription = sessionNote;
export const upcomingTrainingDescription = 'Session de sensibilisation à la santé mentale pour les professionnels du territoire. Session fictive de démonstration, ouverte aux inscriptions ; les inscrits sont des personnes fictives.';

export const demoTrainingSessions: DemoTrainingSession[] = [
  { startsAt: '2019-02-12T09:00', endsAt: '2019-02-12T17:00', attendance: 22, capacity: 25, registrants: [] },
  { startsAt: '2019-04-09T09:00', endsAt: '2019-04-09T17:00', attendance: 20, capacity: 25, registrants: [] },
  { startsAt: '2019-06-13T09:00', endsAt: '2019-06-13T17:00', attendance: 18, capacity: 25, registrants: [] },
  { startsAt: '2019-10-08T09:00', endsAt: '2019-10-08T17:00', attendance: 24, capacity: 25, registrants: [] },
  { startsAt: '2019-11-19T09:00', endsAt: '2019-11-19T17:00', attendance: 18, capacity: 25, registrants: [] },
  {
    startsAt: '2027-03-16T09:00',
    endsAt: '2027-03-16T17:00',
    attendance: null,
    capacity: 15,
    registrants: [
      { fullName: 'Lucie Inscrite-Fictive', partnerSlug: 'ccas-de-metz' },
      { fullName: 'Marc Exemple-Inscrit', partnerSlug: 'amli' },
      { fullName: 'Nadia Démo-Participante', partnerSlug: 'metz-habitat-territoire' },
    ],
  },
];
