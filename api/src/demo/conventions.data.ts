// The two conventions of the documents: the 2018 framework convention and the 2019 one.
export interface DemoConvention {
  slug: string;
  title: string;
  summary: string;
  objectives: string[];
  parties: Array<{ slug: string; role: 'CO_PILOT' | 'SIGNATORY' | 'ASSOCIATED' | 'OPERATOR' }>;
  // Each step of the lifecycle with its date, in order.
  steps: Array<{ status: 'DRAFT' | 'NEGOTIATION' | 'SIGNED' | 'IN_FORCE'; on: string }>;
  signedOn: string;
  signedAt: string;
  durationMonths: number | null;
  evaluationDue: string | null;
  // Housing-group meetings between these dates prepared it.
  preparedBetween: [string, string] | null;
  // Attached text files (see the charter placeholder below).
  documents?: Array<{ title: string; fileName: string; text: string }>;
}

// The 2019 charter's text is not in the documents: what is attached is a placeholder that says
// so and only sums up what the plenary minutes of 10 Dec 2019 tell of it.
const charterPlaceholder = `DOCUMENT DE DÉMONSTRATION : ce fichier n’est pas la charte éthique.

Il tient la place, dans la démonstration du hub, de la charte qui accompagne la convention
CH de Jury / ARELOR Hlm signée le 10 décembre 2019. Le texte de la charte ne figure pas dans
les documents sources ; ce fichier résume seulement ce qu’ils en disent :

- la charte précise le cadre éthique et juridique de la démarche de collaboration renforcée
  entre les centres médico-psychologiques et les référents des bailleurs sociaux ;
- elle devait être diffusée lors des réunions de présentation aux professionnels concernés,
  prévues à partir de février 2020 ;
- le consentement du locataire concerné est un préalable à la démarche de soutien ;
- le but est de lever le doute sur la nécessité d’une prise en charge en soins psychiatriques
  pour les locataires dont la situation est préoccupante ;
- une évaluation accompagne la mise en œuvre, et un bilan est prévu au bout d’un an pour
  décider des suites à donner à l’expérimentation.

Source : compte rendu de l’assemblée plénière du CLSM de Metz du 10 décembre 2019.
`;

const landlords = ['batigere', 'moselis', 'logiest', 'icf-nord-est', '3f-grand-est', 'oph-montigny-les-metz', 'metz-habitat-territoire', 'presence-habitat'];

export const demoConventions: DemoConvention[] = [
  {
    slug: 'convention-cadre-2018',
    title: 'Convention cadre CH de Jury / ARELOR Hlm / bailleurs sociaux',
    summary:
      'Convention de partenariat entre la psychiatrie publique et les bailleurs sociaux du territoire messin, préparée à partir de décembre 2017 et signée le 13 novembre 2018 à la DDCS.',
    objectives: [
      'Favoriser l’accès au logement accompagné des patients du CH de Jury (dispositif d’intermédiation locative).',
      'Mettre en place une procédure de signalement et d’intervention lorsque le comportement d’un locataire est préoccupant.',
    ],
    parties: [
      { slug: 'ch-jury', role: 'SIGNATORY' },
      { slug: 'arelor-hlm', role: 'SIGNATORY' },
      ...landlords.map((slug) => ({ slug, role: 'SIGNATORY' as const })),
      { slug: 'ddcs-moselle', role: 'ASSOCIATED' },
      { slug: 'amli', role: 'OPERATOR' },
    ],
    steps: [
      { status: 'DRAFT', on: '2017-12-21' },
      { status: 'NEGOTIATION', on: '2018-02-15' },
      { status: 'SIGNED', on: '2018-11-13' },
      { status: 'IN_FORCE', on: '2018-11-13' },
    ],
    signedOn: '2018-11-13',
    signedAt: 'DDCS de la Moselle, Metz',
    durationMonths: null,
    evaluationDue: null,
    preparedBetween: ['2017-09-01', '2018-11-12'],
  },
  {
    slug: 'convention-cmp-bailleurs-2019',
    title: 'Convention CH de Jury / ARELOR Hlm : collaboration des CMP et des référents bailleurs',
    summary:
      'Collaboration renforcée entre les 4 CMP du pôle 5 et les référents des bailleurs, avec une charte éthique ; le consentement du locataire est un préalable ; évaluation après un an.',
    objectives: [
      'Renforcer la collaboration entre les centres médico-psychologiques des 4 secteurs et les référents des bailleurs sociaux.',
      'Respecter la charte éthique : le consentement du locataire est un préalable à toute démarche.',
      'Évaluer le dispositif après un an.',
    ],
    parties: [
      { slug: 'ch-jury', role: 'SIGNATORY' },
      { slug: 'arelor-hlm', role: 'SIGNATORY' },
      ...['cmp-secteur-1-pole-5', 'cmp-secteur-2-pole-5', 'cmp-secteur-3-pole-5', 'cmp-secteur-4-pole-5'].map((slug) => ({ slug, role: 'ASSOCIATED' as const })),
    ],
    steps: [
      { status: 'SIGNED', on: '2019-12-10' },
      { status: 'IN_FORCE', on: '2019-12-10' },
    ],
    signedOn: '2019-12-10',
    signedAt: 'Assemblée plénière du CLSM, Metz',
    durationMonths: null,
    evaluationDue: '2020-12-10',
    preparedBetween: null,
    documents: [{ title: 'Charte éthique (document de démonstration)', fileName: 'charte-ethique-demonstration.txt', text: charterPlaceholder }],
  },
];
