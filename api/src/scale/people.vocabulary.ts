// Fictional people: common French first names and surnames, the surname always behind a marker
// that says it is invented ("Camille Fictif-Martin"), e-mails at example.org only, and phone
// numbers in the ranges the ARCEP reserves for works of fiction (or none).

export const firstNames = [
  'Camille', 'Claude', 'Dominique', 'Alex', 'Sacha', 'Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Sophie', 'Christine',
  'Valérie', 'Sandrine', 'Céline', 'Julie', 'Aurélie', 'Émilie', 'Laura', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Lucie', 'Anaïs',
  'Pauline', 'Mathilde', 'Hélène', 'Agnès', 'Brigitte', 'Martine', 'Françoise', 'Monique', 'Nadia', 'Fatima', 'Leïla', 'Yasmina',
  'Amina', 'Awa', 'Fatou', 'Mariam', 'Élodie', 'Audrey', 'Margaux', 'Clémence', 'Juliette', 'Louise', 'Jeanne', 'Alice', 'Zoé',
  'Jean', 'Pierre', 'Michel', 'Philippe', 'Alain', 'Patrick', 'Nicolas', 'Christophe', 'Stéphane', 'Laurent', 'Frédéric', 'Éric',
  'David', 'Julien', 'Sébastien', 'Thomas', 'Maxime', 'Antoine', 'Alexandre', 'Kevin', 'Romain', 'Guillaume', 'Jérôme', 'Olivier',
  'Vincent', 'François', 'Bernard', 'Daniel', 'Thierry', 'Pascal', 'Hugo', 'Lucas', 'Louis', 'Gabriel', 'Arthur', 'Paul', 'Théo',
  'Mehdi', 'Karim', 'Rachid', 'Youssef', 'Mamadou', 'Moussa', 'Ibrahim', 'Samir', 'Bruno', 'Didier', 'Gérard', 'Yves', 'Hervé',
  'Cédric', 'Fabrice', 'Mathieu', 'Benoît', 'Rémi', 'Adrien', 'Quentin', 'Baptiste', 'Loïc', 'Yann', 'Gaëlle', 'Soizic', 'Maëlle',
] as const;

export const surnames = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefebvre',
  'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau',
  'Vincent', 'Muller', 'Lefèvre', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François',
  'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier',
  'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun', 'Blanchard',
  'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez', 'Gérard', 'Roche', 'Renard', 'Schmitt',
  'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix',
  'Olivier', 'Philippe', 'Bourgeois', 'Pierre', 'Benoît', 'Rey', 'Leclerc', 'Payet', 'Rolland', 'Leclercq', 'Guillaume', 'Lecomte',
  'Lopez', 'Jean', 'Dupuy', 'Guillot', 'Hubert', 'Berger', 'Carpentier', 'Sanchez', 'Dupuis', 'Moulin', 'Louis', 'Deschamps',
  'Huet', 'Vasseur', 'Perez', 'Boucher', 'Fleury', 'Royer', 'Klein', 'Jacquet', 'Adam', 'Paris', 'Poirier', 'Marty', 'Aubry',
  'Guyot', 'Carré', 'Charles', 'Renault', 'Charpentier', 'Ménard', 'Maillard', 'Baron', 'Bertin', 'Bailly', 'Hervé', 'Schneider',
  'Fernandez', 'Le Gall', 'Collet', 'Léger', 'Bouvier', 'Julien', 'Prévost', 'Millet', 'Perrot', 'Daniel', 'Le Roux', 'Cousin',
  'Germain', 'Breton', 'Besson', 'Langlois', 'Rémy', 'Le Goff', 'Pelletier', 'Lévêque', 'Perrier', 'Leblanc', 'Barré', 'Lebrun',
  'Marchal', 'Weber', 'Mallet', 'Hamon', 'Boulanger', 'Jacob', 'Monnier', 'Michaud', 'Rodriguez', 'Guichard', 'Gillet', 'Étienne',
  'Diallo', 'Traoré', 'Benali', 'Haddad', 'Nguyen', 'Da Silva', 'Ferreira', 'Kaya', 'Mansouri', 'Cissé', 'Bensaïd', 'Rossi',
] as const;

/** The marker before each surname: « Fictif » mostly, like the demo accounts' invented names otherwise. */
export const surnameMarkers: ReadonlyArray<readonly [string, number]> = [
  ['Fictif', 6],
  ['Exemple', 1],
  ['Démo', 1],
  ['Modèle', 1],
  ['Essai', 1],
  ['Simulé', 1],
];

export const contactFunctions: ReadonlyArray<readonly [string, number]> = [
  ['Directrice', 3], ['Directeur', 3], ['Cadre de santé', 3], ['Infirmière', 5], ['Infirmier', 3], ['Psychologue', 5], ['Psychiatre', 3],
  ['Assistante sociale', 5], ['Assistant social', 2], ['Éducatrice spécialisée', 4], ['Éducateur spécialisé', 3],
  ['Chargée d’insertion professionnelle', 2], ['Conseillère en économie sociale et familiale', 3], ['Coordinatrice', 3], ['Coordinateur', 2],
  ['Animatrice', 2], ['Animateur', 2], ['Pair-aidante', 1], ['Pair-aidant', 1], ['Secrétaire médicale', 2], ['Chef de service', 3],
  ['Référente logement', 2], ['Référent logement', 1], ['Chargée de mission santé', 2], ['Médiatrice santé', 1], ['Juriste', 1],
  ['Mandataire judiciaire à la protection des majeurs', 2], ['Gestionnaire locatif', 1], ['Présidente', 2], ['Président', 2],
  ['Bénévole', 2], ['Accueil et secrétariat', 3], ['Médecin coordonnateur', 1], ['Ergothérapeute', 1], ['Moniteur d’atelier', 1],
];

// Ranges the ARCEP sets aside for works of fiction (films, books…): they are never assigned to a
// subscriber.
export const fictionPhonePrefixes = ['+33 1 99 00', '+33 2 61 91', '+33 3 53 01', '+33 4 65 71', '+33 5 36 49', '+33 6 39 98'] as const;
