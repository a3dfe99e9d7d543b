import { readFileSync } from 'node:fs';
import { buildSchema, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as conventions from './conventions';
import * as dashboard from './dashboard';
import * as directory from './directory';
import * as guide from './guide';
import * as housingOffers from './housing-offers';
import * as imlCases from './iml-cases';
import * as imlFigures from './iml-figures';
import * as map from './map';
import * as meetings from './meetings';
import * as reports from './reports';
import * as events from './events';
import * as projects from './projects';
import * as sectors from './sectors';
import * as services from './services';

// gql.tada types results from the schema but does not reject an unknown field at compile
// time; validating every document against the checked-in SDL does.
const schema = buildSchema(readFileSync(new URL('../../../../schema/schema.graphql', import.meta.url), 'utf8'));
const documents = Object.entries({ ...dashboard, ...directory, ...guide, ...housingOffers, ...imlCases, ...imlFigures, ...map, ...meetings, ...conventions, ...events, ...projects, ...reports, ...sectors, ...services }) as Array<[string, DocumentNode]>;

describe('web operations', () => {
	it('has documents to check', () => {
		expect(documents.length).toBeGreaterThan(0);
	});

	it.each(documents)('%s is valid against schema/schema.graphql', (_name, document) => {
		const fragmentOnly = document.definitions.every((d) => d.kind === 'FragmentDefinition');
		const errors = validate(schema, document).filter(
			// A fragment exported alone is used by an operation elsewhere.
			(error) => !(fragmentOnly && error.message.includes('is never used'))
		);
		expect(errors.map((error) => error.message)).toEqual([]);
	});
});
