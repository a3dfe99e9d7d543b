import { fail } from '@sveltejs/kit';
import { readFragment } from '$lib/graphql/graphql';
import { CreateCalendarFeedMutation, MeetingSummaryFragment, MyMeetingsQuery } from '$lib/graphql/meetings';
import { serverMutation, serverQuery } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireSignedIn(event);
	const { data } = await serverQuery(event, MyMeetingsQuery, {});
	return { meetings: readFragment(MeetingSummaryFragment, data?.myMeetings ?? []), now: new Date().toISOString() };
};

export const actions: Actions = {
	// Also posted to from « Mon espace »: the personal calendar link, shown once.
	calendarFeed: async (event) => {
		requireSignedIn(event);
		const { data, failure } = await serverMutation(event, CreateCalendarFeedMutation, {});
		if (failure) return fail(400, { action: 'calendarFeed', message: failure.message });
		return { action: 'calendarFeed', feedUrl: new URL(data!.createCalendarFeed, event.url.origin).toString() };
	}
};
