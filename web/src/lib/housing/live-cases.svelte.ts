import { readFragment, type ResultOf } from '$lib/graphql/graphql';
import { ImlCaseCardFragment, ImlCaseChangedSubscription } from '$lib/graphql/iml-cases';
import { refreshPage } from '$lib/live/refresh';
import { subscribeLive, type LiveState } from '$lib/live/subscribe';

// Live IML cases, in the browser only (call during a component's initialisation). The API sends
// a changed case only to those who may see it now, as they may see it.

export type CaseCard = ResultOf<typeof ImlCaseCardFragment>;

function cardOf(data: unknown): CaseCard | null {
	const changed = (data as ResultOf<typeof ImlCaseChangedSubscription> | null | undefined)?.imlCaseChanged;
	return changed ? readFragment(ImlCaseCardFragment, changed) : null;
}

/**
 * The board: each event hands the changed card to `onCard`, which updates or inserts it in
 * place; after a reconnection the page reloads its data, events may have been missed meanwhile.
 */
export function liveBoard(enabled: () => boolean, territory: () => string, onCard: (card: CaseCard) => void) {
	let state = $state<LiveState | null>(null);
	$effect(() => {
		if (!enabled()) return;
		return subscribeLive({
			document: ImlCaseChangedSubscription,
			variables: { territory: territory() },
			onChange: refreshPage,
			onEvent: (data) => {
				const card = cardOf(data);
				if (card) onCard(card);
			},
			onState: (next) => (state = next)
		});
	});
	return {
		get state() {
			return state;
		}
	};
}

/** A case page: its server data reloads when this case changes, not on others' events. */
export function liveCase(enabled: () => boolean, territory: () => string, caseId: () => string) {
	let state = $state<LiveState | null>(null);
	$effect(() => {
		if (!enabled()) return;
		const id = caseId();
		return subscribeLive({
			document: ImlCaseChangedSubscription,
			variables: { territory: territory() },
			onChange: refreshPage,
			accept: (data) => cardOf(data)?.id === id,
			onState: (next) => (state = next)
		});
	});
	return {
		get state() {
			return state;
		}
	};
}
