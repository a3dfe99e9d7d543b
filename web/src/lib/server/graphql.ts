import { env } from '$env/dynamic/private';
import { error, type RequestEvent } from '@sveltejs/kit';
import type { AnyVariables, CombinedError, TypedDocumentNode } from '@urql/core';
import { createGraphqlClient } from '$lib/graphql/client';
import { applySetCookies, sessionCookieName } from './session-cookie';

export const territorySlug = () => env.TERRITORY ?? 'clsm-metz';

export function apiUrl(event: RequestEvent): string {
	return env.API_INTERNAL_URL ?? new URL('/graphql', event.url).toString();
}

/**
 * A client for this request only: it carries the visitor's session cookie to the API and
 * collects the cookies the API sets. Plain fetch, not event.fetch: SvelteKit would route a
 * same-origin /graphql through its own hooks, which are not the API (and call it again).
 */
function clientFor(event: RequestEvent, received: string[]) {
	const fetchWithSession: typeof fetch = async (input, init) => {
		const headers = new Headers(init?.headers);
		const token = event.cookies.get(sessionCookieName);
		if (token) headers.set('cookie', `${sessionCookieName}=${encodeURIComponent(token)}`);
		// The API trusts this header from loopback only: per-address limits (sign-in, address
		// search) then count the visitor, not this server.
		headers.set('x-forwarded-for', event.getClientAddress());
		const response = await fetch(input, { ...init, headers });
		received.push(...response.headers.getSetCookie());
		return response;
	};
	return createGraphqlClient(apiUrl(event), fetchWithSession);
}

export interface ApiFailure {
	code: string;
	message: string;
	field?: string;
	currentVersion?: number;
}

// Codes whose message is written for people; anything else gets a generic sentence.
const meaningfulCodes = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'TOO_MANY_ATTEMPTS']);

export function apiFailure(failure: CombinedError | undefined): ApiFailure | null {
	if (!failure) return null;
	const first = failure.graphQLErrors[0];
	const code = String(first?.extensions?.code ?? 'NETWORK');
	if (!first || !meaningfulCodes.has(code)) {
		return { code, message: 'Le service est momentanément indisponible. Réessayez dans quelques instants.' };
	}
	return {
		code,
		message: first.message,
		field: first.extensions?.field as string | undefined,
		currentVersion: first.extensions?.currentVersion as number | undefined
	};
}

const statusOfCode: Record<string, number> = { CONFLICT: 409, FORBIDDEN: 403, UNAUTHENTICATED: 401, NOT_FOUND: 404, TOO_MANY_ATTEMPTS: 429 };

/** The HTTP status a form action answers with when the API refused it. */
export function failureStatus(failure: ApiFailure): number {
	return statusOfCode[failure.code] ?? 400;
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
	const result = await clientFor(event, []).query(document, variables).toPromise();
	const inputError = userInputMessage(result.error);
	if (result.error && !inputError) {
		console.error(JSON.stringify({ msg: 'graphql query failed', error: result.error.message }));
		error(503, 'Le service est momentanément indisponible. Réessayez dans quelques instants.');
	}
	return { data: result.data, inputError };
}

/** Runs a mutation for a form action; the session cookie the API sets reaches the browser. */
export async function serverMutation<Data, Variables extends AnyVariables>(
	event: RequestEvent,
	document: TypedDocumentNode<Data, Variables>,
	variables: Variables
): Promise<{ data: Data | undefined; failure: ApiFailure | null }> {
	const received: string[] = [];
	const result = await clientFor(event, received).mutation(document, variables).toPromise();
	applySetCookies(event, received);
	return { data: result.data ?? undefined, failure: apiFailure(result.error) };
}

/** Like serverQuery, but a refusal (not signed in, not allowed) is returned instead of thrown. */
export async function serverQueryOrFailure<Data, Variables extends AnyVariables>(
	event: RequestEvent,
	document: TypedDocumentNode<Data, Variables>,
	variables: Variables
): Promise<{ data: Data | undefined; failure: ApiFailure | null }> {
	const result = await clientFor(event, []).query(document, variables).toPromise();
	return { data: result.data ?? undefined, failure: apiFailure(result.error) };
}
