import { describe, expect, it } from 'vitest';
import {
  diServiceColumns,
  diStructureColumns,
  fromDiCsv,
  fromDiService,
  fromDiStructure,
  toDiCsv,
  toDiService,
  toDiStructure,
} from './data-inclusion.mapping.js';
import type { ExportOptions, HubService, HubStructure } from './exchange.records.js';
import { validateExchangeRecord } from './exchange.validator.js';
import { fromHsdsOrganization, nameUuid, osmToWeeklySpans, schedulesToOsm, toHsdsOrganization } from './hsds.mapping.js';

const options: ExportOptions = { source: 'clsm-metz', publicBaseUrl: 'https://clsm.example.org' };

const partner: HubStructure = {
  id: '0b7d6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e',
  slug: 'gem-exemple',
  name: 'GEM Exemple',
  shortName: 'GEM',
  description: 'Groupe d’entraide mutuelle, lieu d’accueil et d’activités entre pairs.',
  address: '1 rue de l’Exemple',
  postalCode: '57000',
  commune: 'Metz',
  communeCode: '57463',
  latitude: 49.12,
  longitude: 6.18,
  phone: '03 87 00 00 00',
  email: 'contact@gem.example.org',
  website: 'www.gem.example.org',
  openingHours: 'Mo-Fr 14:00-18:00; Sa 10:00-12:00,14:00-17:00',
  siret: '12345678901234',
  source: null,
  sourceId: null,
  parentId: null,
  updatedAt: new Date('2026-11-02T10:00:00Z'),
};

const service: HubService = {
  id: '1c8e7d2f-3a4b-4c5d-9e0f-1a2b3c4d5e6f',
  slug: 'gem-exemple-entraide',
  partnerId: partner.id,
  name: 'Entraide entre pairs',
  description: null,
  themeCodes: ['sante--sante-mentale', 'not-a-theme'],
  publicCodes: ['personnes-en-situation-de-handicap'],
  accessConditions: 'Adhésion à l’association',
  receptionModes: ['en-presentiel'],
  openingHours: 'Mo,We 14:00-17:00',
  capacity: 20,
  source: null,
  sourceId: null,
  updatedAt: new Date('2026-11-03T10:00:00Z'),
};

describe('data·inclusion mapping', () => {
  it('exports records that the official schemas accept, and the same validator rejects a broken one', () => {
    const structure = toDiStructure(partner, options);
    const diService = toDiService(service, partner, options);
    expect(validateExchangeRecord('data-inclusion/structure', structure)).toEqual([]);
    expect(validateExchangeRecord('data-inclusion/service', diService)).toEqual([]);
    expect(structure).toMatchObject({ source: 'clsm-metz', id: 'gem-exemple', site_web: 'https://www.gem.example.org', code_insee: '57463' });
    expect(diService.structure_id).toBe('gem-exemple');
    expect(diService.thematiques).toEqual(['sante--sante-mentale']);
    expect(diService.description.length).toBeGreaterThanOrEqual(5);

    const problems = validateExchangeRecord('data-inclusion/structure', { ...structure, siret: '123', date_maj: undefined });
    expect(new Set(problems.map((problem) => problem.path))).toEqual(new Set(['', '/siret']));
    expect(validateExchangeRecord('data-inclusion/service', { ...diService, thematiques: ['inconnue'] })).not.toEqual([]);
  });

  it('reads back every mapped field', () => {
    const back = fromDiStructure(toDiStructure(partner, options));
    for (const field of ['name', 'description', 'address', 'postalCode', 'commune', 'communeCode', 'latitude', 'longitude', 'phone', 'email', 'openingHours', 'siret'] as const) {
      expect(back[field]).toEqual(partner[field]);
    }
    const serviceBack = fromDiService({ ...toDiService(service, partner, options), description: 'Une description' });
    expect(serviceBack).toMatchObject({ name: service.name, themeCodes: ['sante--sante-mentale'], publicCodes: service.publicCodes, accessConditions: service.accessConditions, receptionModes: service.receptionModes, openingHours: service.openingHours, structureSourceId: 'gem-exemple' });
  });

  it('writes CSV with the schema column names and reads it back', () => {
    const records = [toDiStructure({ ...partner, description: 'Un texte, avec "guillemets"\net une ligne' }, options)];
    const csv = toDiCsv(records, diStructureColumns);
    expect(csv.split('\r\n')[0]).toBe(diStructureColumns.join(','));
    const [row] = fromDiCsv(csv);
    expect(row).toEqual(records[0]);
    const services = [toDiService(service, partner, options)];
    expect(fromDiCsv(toDiCsv(services, diServiceColumns))[0]).toEqual(services[0]);
  });
});

describe('HSDS mapping', () => {
  it('exports an organization and its services that the HSDS schemas accept', () => {
    const organization = toHsdsOrganization(partner, [service], options);
    expect(validateExchangeRecord('hsds/organization', organization)).toEqual([]);
    for (const item of organization.services!) expect(validateExchangeRecord('hsds/service', item)).toEqual([]);
    expect(validateExchangeRecord('hsds/organization', { ...organization, id: 'pas-un-uuid' })).not.toEqual([]);
    expect(validateExchangeRecord('hsds/organization', { ...organization, phones: [{ id: nameUuid('x') }] })).not.toEqual([]);
  });

  it('reads back every mapped field', () => {
    const { structure, services } = fromHsdsOrganization(toHsdsOrganization(partner, [service], options), 'hsds-test');
    for (const field of ['name', 'shortName', 'description', 'address', 'postalCode', 'commune', 'communeCode', 'latitude', 'longitude', 'phone', 'email', 'openingHours', 'siret'] as const) {
      expect(structure[field]).toEqual(partner[field]);
    }
    expect(structure).toMatchObject({ source: 'hsds-test', sourceId: partner.id });
    expect(services[0]).toMatchObject({ name: service.name, themeCodes: ['sante--sante-mentale'], publicCodes: service.publicCodes, receptionModes: service.receptionModes, openingHours: service.openingHours, capacity: 20, accessConditions: service.accessConditions, sourceId: service.id });
  });

  it('converts opening hours both ways, and keeps what it cannot parse as text', () => {
    expect(osmToWeeklySpans('Mo-Fr 08:30-12:30,13:30-17:00')).toHaveLength(2);
    expect(osmToWeeklySpans('Mo-Fr 08:30-12:30; PH off')).toBeNull();
    expect(schedulesToOsm([{ byday: 'MO,TU,WE', opens_at: '09:00', closes_at: '12:00' }, { byday: 'MO,TU,WE', opens_at: '14:00', closes_at: '17:00' }])).toBe('Mo-We 09:00-12:00,14:00-17:00');
    const odd = toHsdsOrganization({ ...partner, openingHours: 'Mo-Fr 08:30-12:30; PH off' }, [], options);
    const schedules = (odd.locations as Array<{ schedules: unknown[] }>)[0].schedules;
    expect(schedules).toEqual([expect.objectContaining({ description: 'Mo-Fr 08:30-12:30; PH off' })]);
    expect(fromHsdsOrganization(odd, 's').structure.openingHours).toBe('Mo-Fr 08:30-12:30; PH off');
  });
});
