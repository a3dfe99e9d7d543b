export const demoTerritory = {
  slug: 'clsm-metz',
  name: 'CLSM du territoire messin',
  shortName: 'CLSM de Metz',
  description:
    'Le Conseil local de santé mentale du territoire messin est une plateforme de concertation et de coordination ' +
    'entre les élus, la psychiatrie publique, les usagers, les aidants et les acteurs du territoire. Il est porté ' +
    'par le Centre hospitalier de Jury (pôle 5), en partenariat avec l’ARS Grand Est et la Ville de Metz.',
};
