import { invalidateAll } from '$app/navigation';
import { navigating } from '$app/state';

/**
 * What a live event does: reload the page's server data. Not while the page is leaving: an
 * invalidation started then would cancel the navigation (e.g. the redirect to a meeting just
 * scheduled, whose own event arrives at the same moment), and the next page loads fresh data.
 */
export function refreshPage(): Promise<void> | undefined {
	if (navigating.to) return undefined;
	return invalidateAll();
}
