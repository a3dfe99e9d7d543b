// Places of the fictional national network: real département codes and approximate centres of
// mainland France (so that coordinates fall on the map where the code says), fictional towns.

export interface Departement {
  code: string;
  name: string;
  /** "de l’Aube", "du Nord", "des Vosges": how a service of the département is named. */
  of: string;
  latitude: number;
  longitude: number;
}

const d = (code: string, name: string, of: string, latitude: number, longitude: number): Departement => ({ code, name, of, latitude, longitude });

// Moselle (57) is left out: it is the real Metz territory's, whose communes have real codes.
// Paris and its inner ring are left out too: no room there for invented towns.
export const departements: readonly Departement[] = [
  d('01', 'Ain', 'de l’Ain', 46.1, 5.35),
  d('02', 'Aisne', 'de l’Aisne', 49.56, 3.56),
  d('03', 'Allier', 'de l’Allier', 46.4, 3.2),
  d('04', 'Alpes-de-Haute-Provence', 'des Alpes-de-Haute-Provence', 44.1, 6.2),
  d('05', 'Hautes-Alpes', 'des Hautes-Alpes', 44.66, 6.3),
  d('06', 'Alpes-Maritimes', 'des Alpes-Maritimes', 43.9, 7.1),
  d('07', 'Ardèche', 'de l’Ardèche', 44.75, 4.4),
  d('08', 'Ardennes', 'des Ardennes', 49.6, 4.65),
  d('09', 'Ariège', 'de l’Ariège', 42.95, 1.5),
  d('10', 'Aube', 'de l’Aube', 48.3, 4.1),
  d('11', 'Aude', 'de l’Aude', 43.1, 2.4),
  d('12', 'Aveyron', 'de l’Aveyron', 44.3, 2.6),
  d('13', 'Bouches-du-Rhône', 'des Bouches-du-Rhône', 43.5, 5.1),
  d('14', 'Calvados', 'du Calvados', 49.1, -0.35),
  d('15', 'Cantal', 'du Cantal', 45.05, 2.65),
  d('16', 'Charente', 'de la Charente', 45.7, 0.2),
  d('17', 'Charente-Maritime', 'de la Charente-Maritime', 45.8, -0.75),
  d('18', 'Cher', 'du Cher', 47.05, 2.45),
  d('19', 'Corrèze', 'de la Corrèze', 45.35, 1.9),
  d('21', 'Côte-d’Or', 'de la Côte-d’Or', 47.4, 4.8),
  d('22', 'Côtes-d’Armor', 'des Côtes-d’Armor', 48.45, -2.85),
  d('23', 'Creuse', 'de la Creuse', 46.1, 2.0),
  d('24', 'Dordogne', 'de la Dordogne', 45.1, 0.75),
  d('25', 'Doubs', 'du Doubs', 47.15, 6.35),
  d('26', 'Drôme', 'de la Drôme', 44.7, 5.15),
  d('27', 'Eure', 'de l’Eure', 49.1, 1.0),
  d('28', 'Eure-et-Loir', 'd’Eure-et-Loir', 48.4, 1.4),
  d('29', 'Finistère', 'du Finistère', 48.25, -4.05),
  d('30', 'Gard', 'du Gard', 44.0, 4.2),
  d('31', 'Haute-Garonne', 'de la Haute-Garonne', 43.4, 1.2),
  d('32', 'Gers', 'du Gers', 43.7, 0.45),
  d('33', 'Gironde', 'de la Gironde', 44.85, -0.55),
  d('34', 'Hérault', 'de l’Hérault', 43.6, 3.4),
  d('35', 'Ille-et-Vilaine', 'd’Ille-et-Vilaine', 48.15, -1.65),
  d('36', 'Indre', 'de l’Indre', 46.8, 1.6),
  d('37', 'Indre-et-Loire', 'd’Indre-et-Loire', 47.25, 0.7),
  d('38', 'Isère', 'de l’Isère', 45.25, 5.6),
  d('39', 'Jura', 'du Jura', 46.75, 5.7),
  d('40', 'Landes', 'des Landes', 43.95, -0.75),
  d('41', 'Loir-et-Cher', 'de Loir-et-Cher', 47.6, 1.4),
  d('42', 'Loire', 'de la Loire', 45.7, 4.15),
  d('43', 'Haute-Loire', 'de la Haute-Loire', 45.1, 3.8),
  d('44', 'Loire-Atlantique', 'de la Loire-Atlantique', 47.35, -1.7),
  d('45', 'Loiret', 'du Loiret', 47.9, 2.3),
  d('46', 'Lot', 'du Lot', 44.6, 1.6),
  d('47', 'Lot-et-Garonne', 'de Lot-et-Garonne', 44.35, 0.45),
  d('48', 'Lozère', 'de la Lozère', 44.5, 3.5),
  d('49', 'Maine-et-Loire', 'de Maine-et-Loire', 47.4, -0.55),
  d('50', 'Manche', 'de la Manche', 49.1, -1.3),
  d('51', 'Marne', 'de la Marne', 48.95, 4.2),
  d('52', 'Haute-Marne', 'de la Haute-Marne', 48.1, 5.2),
  d('53', 'Mayenne', 'de la Mayenne', 48.15, -0.65),
  d('54', 'Meurthe-et-Moselle', 'de Meurthe-et-Moselle', 48.8, 6.1),
  d('55', 'Meuse', 'de la Meuse', 49.0, 5.4),
  d('56', 'Morbihan', 'du Morbihan', 47.85, -2.8),
  d('58', 'Nièvre', 'de la Nièvre', 47.1, 3.5),
  d('59', 'Nord', 'du Nord', 50.45, 3.2),
  d('60', 'Oise', 'de l’Oise', 49.4, 2.4),
  d('61', 'Orne', 'de l’Orne', 48.6, 0.1),
  d('62', 'Pas-de-Calais', 'du Pas-de-Calais', 50.5, 2.3),
  d('63', 'Puy-de-Dôme', 'du Puy-de-Dôme', 45.7, 3.15),
  d('64', 'Pyrénées-Atlantiques', 'des Pyrénées-Atlantiques', 43.25, -0.75),
  d('65', 'Hautes-Pyrénées', 'des Hautes-Pyrénées', 43.05, 0.15),
  d('66', 'Pyrénées-Orientales', 'des Pyrénées-Orientales', 42.6, 2.5),
  d('67', 'Bas-Rhin', 'du Bas-Rhin', 48.6, 7.55),
  d('68', 'Haut-Rhin', 'du Haut-Rhin', 47.85, 7.25),
  d('69', 'Rhône', 'du Rhône', 45.85, 4.65),
  d('70', 'Haute-Saône', 'de la Haute-Saône', 47.65, 6.1),
  d('71', 'Saône-et-Loire', 'de Saône-et-Loire', 46.65, 4.5),
  d('72', 'Sarthe', 'de la Sarthe', 48.0, 0.2),
  d('73', 'Savoie', 'de la Savoie', 45.5, 6.4),
  d('74', 'Haute-Savoie', 'de la Haute-Savoie', 46.0, 6.4),
  d('76', 'Seine-Maritime', 'de la Seine-Maritime', 49.6, 1.0),
  d('77', 'Seine-et-Marne', 'de Seine-et-Marne', 48.6, 2.95),
  d('78', 'Yvelines', 'des Yvelines', 48.8, 1.85),
  d('79', 'Deux-Sèvres', 'des Deux-Sèvres', 46.55, -0.3),
  d('80', 'Somme', 'de la Somme', 49.95, 2.3),
  d('81', 'Tarn', 'du Tarn', 43.8, 2.15),
  d('82', 'Tarn-et-Garonne', 'de Tarn-et-Garonne', 44.1, 1.3),
  d('83', 'Var', 'du Var', 43.45, 6.2),
  d('84', 'Vaucluse', 'de Vaucluse', 44.0, 5.15),
  d('85', 'Vendée', 'de la Vendée', 46.65, -1.3),
  d('86', 'Vienne', 'de la Vienne', 46.55, 0.45),
  d('87', 'Haute-Vienne', 'de la Haute-Vienne', 45.85, 1.25),
  d('88', 'Vosges', 'des Vosges', 48.2, 6.4),
  d('89', 'Yonne', 'de l’Yonne', 47.8, 3.55),
  d('90', 'Territoire de Belfort', 'du Territoire de Belfort', 47.65, 6.9),
  d('91', 'Essonne', 'de l’Essonne', 48.5, 2.25),
  d('95', 'Val-d’Oise', 'du Val-d’Oise', 49.07, 2.15),
];

// Town names are made of a base and, most of the time, a complement: "Villeneuve-sur-Aube",
// "Saint-Julien-en-Brie", "Beaulieu-le-Château". Some combinations exist somewhere; the
// territories are marked « (fictif) » all the same.
export const townBases = [
  'Villeneuve', 'Saint-Martin', 'Saint-Julien', 'Saint-Georges', 'Sainte-Marie', 'Saint-Laurent', 'Saint-Pierre', 'Saint-Aubin',
  'Sainte-Croix', 'Saint-Germain', 'Saint-Rémy', 'Saint-Hilaire', 'Sainte-Colombe', 'Saint-Amand', 'Saint-Vincent', 'Saint-Sauveur',
  'Montfort', 'Beaulieu', 'Châteauneuf', 'Fontaine', 'Neuville', 'Bourg', 'Roche', 'Belmont', 'Vaux', 'Villers', 'Marcilly',
  'Aubigny', 'Brienne', 'Courcelles', 'Fresnes', 'Juvigny', 'Lussac', 'Mareuil', 'Montigny', 'Nogent', 'Pouilly', 'Rochefort',
  'Sauveterre', 'Tournon', 'Vernon', 'Vitry', 'Bonneval', 'Clermont', 'Ferrières', 'La Chapelle', 'La Ferté', 'Le Mesnil',
  'Dampierre', 'Beaumont', 'Bellegarde', 'Charmes', 'Châtillon', 'Cormeilles', 'Épinay', 'Grandpré', 'Longueville', 'Malicorne',
  'Mirebeau', 'Noyers', 'Orval', 'Quincy', 'Ribemont', 'Thury', 'Valmont', 'Varennes', 'Villemur', 'Bréville', 'Coulanges',
  'Écury', 'Fontenay', 'Granges', 'Lignières', 'Maizières', 'Montreuil', 'Neuvy', 'Pontailler', 'Rosières', 'Sermaize', 'Villiers',
  'Chaumont', 'Clairvaux', 'Courtenay', 'Esternay', 'Gournay', 'Laferté', 'Marigny', 'Moutiers', 'Pierrefitte', 'Sancerre',
] as const;

const rivers = [
  'Aube', 'Loire', 'Marne', 'Seine', 'Vienne', 'Garonne', 'Dordogne', 'Lot', 'Tarn', 'Allier', 'Cher', 'Indre', 'Sarthe', 'Meuse',
  'Oise', 'Aisne', 'Somme', 'Orne', 'Vilaine', 'Charente', 'Saône', 'Doubs', 'Ain', 'Isère', 'Drôme', 'Durance', 'Adour', 'Yonne',
  'Armançon', 'Ource', 'Vesle', 'Ornain', 'Orge', 'Loing', 'Mayenne', 'Creuse', 'Gartempe', 'Vézère', 'Aveyron', 'Ariège', 'Serein', 'Sèvre',
];
const pays = [
  'Argonne', 'Bresse', 'Brie', 'Forez', 'Vexin', 'Morvan', 'Auge', 'Caux', 'Santerre', 'Othe', 'Bessin', 'Gâtinais', 'Puisaye',
  'Sologne', 'Woëvre', 'Quercy', 'Comminges', 'Valois', 'Perche', 'Vercors', 'Bocage', 'Champagne', 'Limousin', 'Barrois',
];
const epithets = ['le-Château', 'le-Vieux', 'le-Comte', 'la-Forêt', 'les-Bains', 'la-Rivière', 'le-Haut', 'le-Bas', 'les-Vignes', 'la-Montagne', 'le-Pont', 'les-Prés'];

/** Every complement a base can take, and none (the base alone). */
export const townComplements: readonly string[] = [
  ...rivers.map((river) => `-sur-${river}`),
  ...pays.map((p) => `-en-${p}`),
  ...epithets.map((epithet) => `-${epithet}`),
  ...rivers.slice(0, 16).map((river) => `-lès-${river}`),
];

export const streetTypes = ['rue', 'rue', 'rue', 'avenue', 'boulevard', 'place', 'allée', 'chemin', 'impasse', 'quai', 'route'] as const;
export const streetNames = [
  'des Tilleuls', 'de la République', 'Jean-Jaurès', 'Victor-Hugo', 'de la Gare', 'du Moulin', 'Pasteur', 'des Écoles', 'de l’Église',
  'du Général-de-Gaulle', 'Gambetta', 'des Acacias', 'de la Paix', 'du 8-Mai-1945', 'Jules-Ferry', 'des Lilas', 'de la Liberté',
  'du Marché', 'des Jardins', 'du Stade', 'Émile-Zola', 'Aristide-Briand', 'de Verdun', 'des Peupliers', 'du Château', 'de la Fontaine',
  'Louise-Michel', 'Simone-Veil', 'Marie-Curie', 'des Vergers', 'du Lavoir', 'des Hirondelles', 'de la Croix-Rouge', 'des Tanneurs',
  'Georges-Clemenceau', 'Jean-Moulin', 'Lucie-Aubrac', 'des Remparts', 'du Port', 'de l’Hôpital', 'Saint-Nicolas', 'des Capucins',
] as const;

export const districts = ['Centre', 'Gare', 'Centre-ville', 'Quartier nord', 'Les Hauts', 'Bords de rivière', 'Faubourg', null] as const;
