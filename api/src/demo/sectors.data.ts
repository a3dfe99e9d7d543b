// The documents say that pôle 5 of the CH de Jury has 4 adult sectors on the Metz territory,
// each with its CMP (« les CMP des 4 secteurs du pôle 5 adossé à l’agglomération messine »,
// plenary minutes of 10/12/2019). They do NOT say which communes or streets belong to which
// sector: the assignments below are a DEMONSTRATION cut, few and obviously illustrative, marked
// `is_demo` in the data; most communes stay unassigned so that « unknown » is visible.

export interface DemoSector {
  code: string;
  name: string;
  cmpSlug: string;
  /** Demo only: whole communes (INSEE codes). */
  communes: string[];
  /** Demo only: streets of Metz (57463), split between sectors. */
  streets: Array<{ street: string; numberFrom?: number; numberTo?: number; parity?: 'ALL' | 'ODD' | 'EVEN' }>;
}

export const demoSectorNotice =
  'Découpage de démonstration : les communes et rues de chaque secteur ne figurent pas dans les documents du CLSM';

export const metzCode = '57463';

export const demoSectors: DemoSector[] = [
  { code: '1', name: 'Secteur 1 (pôle 5)', cmpSlug: 'cmp-secteur-1-pole-5', communes: ['57751'], streets: [{ street: 'Rue Serpenoise' }] },
  { code: '2', name: 'Secteur 2 (pôle 5)', cmpSlug: 'cmp-secteur-2-pole-5', communes: ['57480'], streets: [{ street: 'Avenue Foch', parity: 'ODD' }] },
  {
    code: '3',
    name: 'Secteur 3 (pôle 5)',
    cmpSlug: 'cmp-secteur-3-pole-5',
    communes: ['57447'],
    streets: [{ street: 'Avenue Foch', parity: 'EVEN' }, { street: 'Rue des Allemands', numberFrom: 1, numberTo: 49 }],
  },
  { code: '4', name: 'Secteur 4 (pôle 5)', cmpSlug: 'cmp-secteur-4-pole-5', communes: ['57616'], streets: [{ street: 'Rue des Allemands', numberFrom: 50 }] },
];
