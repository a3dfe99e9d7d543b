import { env } from '$env/dynamic/private';
import { error, type RequestEvent } from '@sveltejs/kit';
import type { AnyVariables, CombinedError, TypedDocumentNode } from '@urql/core';
import { createGraphqlClient } from '$lib/graphql/client';

export const territorySlug = () => env.TERRITORY ?? 'clsm-metz';

function apiUrl(event: RequestEvent): string {
	return env.API_INTERNAL_URL ?? new URL('/graphql', event.url).toString();
}

/** The API's French message when it rejected our input, or null for any other failure. */
export function userInputMessage(failure: CombinedError | undefined): string | null {
	const rejected = failure?.graphQLErrors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
	return rejected?.message ?? null;
}

/** Runs a query for a server `load`; an unreachable or failing API becomes a French error page. */
export async function serverQuery<Data, Variables extends AnyVariables>(
	event: RequestEvent,
	document: TypedDocumentNode<Data, Variables>,
	variables: Variables
): Promise<{ data: Data | undefined; inputError: string | null }> {
	const client = createGraphqlClient(apiUrl(event), event.fetch);
	const result = await client.query(document, variables).toPromise();
	const inputError = userInputMessage(result.error);
	if (result.error && !inputError) {
		console.error(JSON.stringify({ msg: 'graphql query failed', error: result.error.message }));
		error(503, 'Le service est momentanément indisponible. Réessayez dans quelques instants.');
	}
	return { data: result.data, inputError };
}
