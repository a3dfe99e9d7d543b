import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import diService from './standards/data-inclusion-v1.0.8/service.json' with { type: 'json' };
import diStructure from './standards/data-inclusion-v1.0.8/structure.json' with { type: 'json' };
import hsds_accessibility from './standards/hsds-3.0/accessibility.json' with { type: 'json' };
import hsds_address from './standards/hsds-3.0/address.json' with { type: 'json' };
import hsds_attribute from './standards/hsds-3.0/attribute.json' with { type: 'json' };
import hsds_contact from './standards/hsds-3.0/contact.json' with { type: 'json' };
import hsds_costOption from './standards/hsds-3.0/cost_option.json' with { type: 'json' };
import hsds_funding from './standards/hsds-3.0/funding.json' with { type: 'json' };
import hsds_language from './standards/hsds-3.0/language.json' with { type: 'json' };
import hsds_location from './standards/hsds-3.0/location.json' with { type: 'json' };
import hsds_metaTableDescription from './standards/hsds-3.0/meta_table_description.json' with { type: 'json' };
import hsds_metadata from './standards/hsds-3.0/metadata.json' with { type: 'json' };
import hsds_organization from './standards/hsds-3.0/organization.json' with { type: 'json' };
import hsds_organizationIdentifier from './standards/hsds-3.0/organization_identifier.json' with { type: 'json' };
import hsds_phone from './standards/hsds-3.0/phone.json' with { type: 'json' };
import hsds_program from './standards/hsds-3.0/program.json' with { type: 'json' };
import hsds_requiredDocument from './standards/hsds-3.0/required_document.json' with { type: 'json' };
import hsds_schedule from './standards/hsds-3.0/schedule.json' with { type: 'json' };
import hsds_service from './standards/hsds-3.0/service.json' with { type: 'json' };
import hsds_serviceArea from './standards/hsds-3.0/service_area.json' with { type: 'json' };
import hsds_serviceAtLocation from './standards/hsds-3.0/service_at_location.json' with { type: 'json' };
import hsds_taxonomy from './standards/hsds-3.0/taxonomy.json' with { type: 'json' };
import hsds_taxonomyTerm from './standards/hsds-3.0/taxonomy_term.json' with { type: 'json' };

// Validation against the official JSON Schemas of data·inclusion v1.0.8 and Open Referral
// HSDS 3.0 (copied unmodified in ./standards). The HSDS table schemas refer to each other by
// file name ("$ref": "phone.json"): each is registered under its file name. Their
// documentation keywords (core, datapackage_type, constraints…) are not JSON Schema
// vocabulary, hence `strict: false`.

const hsdsSchemas: Record<string, object> = {
  'accessibility.json': hsds_accessibility,
  'address.json': hsds_address,
  'attribute.json': hsds_attribute,
  'contact.json': hsds_contact,
  'cost_option.json': hsds_costOption,
  'funding.json': hsds_funding,
  'language.json': hsds_language,
  'location.json': hsds_location,
  'meta_table_description.json': hsds_metaTableDescription,
  'metadata.json': hsds_metadata,
  'organization.json': hsds_organization,
  'organization_identifier.json': hsds_organizationIdentifier,
  'phone.json': hsds_phone,
  'program.json': hsds_program,
  'required_document.json': hsds_requiredDocument,
  'schedule.json': hsds_schedule,
  'service.json': hsds_service,
  'service_area.json': hsds_serviceArea,
  'service_at_location.json': hsds_serviceAtLocation,
  'taxonomy.json': hsds_taxonomy,
  'taxonomy_term.json': hsds_taxonomyTerm,
};

export type ExchangeSchema =
  | 'data-inclusion/structure'
  | 'data-inclusion/service'
  | 'hsds/organization'
  | 'hsds/service'
  | 'hsds/location';

export interface SchemaProblem {
  /** JSON pointer of the faulty value, '' for the record itself. */
  path: string;
  message: string;
}

function build() {
  const AjvClass = Ajv as unknown as typeof Ajv.default;
  const ajv = new AjvClass({ strict: false, allErrors: true });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  ajv.addSchema(diStructure as object, 'data-inclusion/structure');
  ajv.addSchema(diService as object, 'data-inclusion/service');
  for (const [name, schema] of Object.entries(hsdsSchemas)) ajv.addSchema(schema, name);
  const compiled = new Map<ExchangeSchema, ValidateFunction>([
    ['data-inclusion/structure', ajv.getSchema('data-inclusion/structure')!],
    ['data-inclusion/service', ajv.getSchema('data-inclusion/service')!],
    ['hsds/organization', ajv.getSchema('organization.json')!],
    ['hsds/service', ajv.getSchema('service.json')!],
    ['hsds/location', ajv.getSchema('location.json')!],
  ]);
  return compiled;
}

let validators: Map<ExchangeSchema, ValidateFunction> | null = null;

const describe = (error: ErrorObject): SchemaProblem => ({
  path: error.instancePath,
  message: `${error.instancePath || '(enregistrement)'} ${error.message ?? 'invalide'}`.trim(),
});

/** Problems of `record` against an official schema; an empty list when it validates. */
export function validateExchangeRecord(schema: ExchangeSchema, record: unknown): SchemaProblem[] {
  validators ??= build();
  const validate = validators.get(schema)!;
  return validate(record) ? [] : (validate.errors ?? []).map(describe);
}
