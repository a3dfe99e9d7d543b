import type { ResultOf } from '$lib/graphql/graphql';
import type { MeQuery } from '$lib/graphql/account';

declare global {
	namespace App {
		interface Locals {
			// The signed-in account, resolved once per request by hooks.server.ts.
			me: ResultOf<typeof MeQuery>['me'];
		}
		interface PageData {
			// housingHref: where the « Logement » link leads, for the housing scheme's parties and funders.
			me?: { displayName: string; housingHref: string | null } | null;
		}
	}
}

export {};
