import { Client, cacheExchange, fetchExchange } from '@urql/core';

/**
 * On the server, one client per request built on SvelteKit's fetch (a shared client would
 * leak one person's data to another); in the browser, one per page load is fine.
 * POST only: Apollo's CSRF protection refuses GET queries, and GET would log search terms.
 */
export function createGraphqlClient(url: string, fetch: typeof globalThis.fetch): Client {
	return new Client({
		url,
		fetch,
		exchanges: [cacheExchange, fetchExchange],
		preferGetMethod: false,
		requestPolicy: 'network-only'
	});
}
