import type { TypedDocumentNode } from '@urql/core';
import { refreshPage } from './refresh';
import { subscribeLive, type LiveState } from './subscribe';

/**
 * Keeps a page's server data live while a signed-in person looks at it: call during the
 * component's initialisation; the subscription follows `enabled` and `variables`.
 */
export function livePage<Variables extends Record<string, unknown>>(
	document: TypedDocumentNode<unknown, Variables>,
	enabled: () => boolean,
	variables: () => Variables,
	accept?: (data: unknown) => boolean
) {
	let state = $state<LiveState | null>(null);
	$effect(() => {
		if (!enabled()) return;
		return subscribeLive({ document, variables: variables(), onChange: refreshPage, accept, onState: (next) => (state = next) });
	});
	return {
		get state() {
			return state;
		}
	};
}
