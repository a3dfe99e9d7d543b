import { readFileSync } from 'node:fs';
import { buildSchema, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from './operations';

// gql.tada types results from the schema but does not reject an unknown field at compile time;
// validating every document against the checked-in SDL does.
const schema = buildSchema(readFileSync(new URL('../../../../schema/schema.graphql', import.meta.url), 'utf8'));
const documents = Object.entries(operations) as Array<[string, DocumentNode]>;

describe('tenant support operations', () => {
	it.each(documents)('%s is valid against schema/schema.graphql', (_name, document) => {
		const fragmentOnly = document.definitions.every((d) => d.kind === 'FragmentDefinition');
		const errors = validate(schema, document).filter((error) => !(fragmentOnly && error.message.includes('is never used')));
		expect(errors.map((error) => error.message)).toEqual([]);
	});
});
