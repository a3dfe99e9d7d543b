import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// The year picker works without JavaScript through ?annee=; by default the report people come
// for is the last full year's, the one the plenary assembly reviews.
export const GET: RequestHandler = ({ url }) => {
	const asked = url.searchParams.get('annee') ?? '';
	redirect(307, `/bilan/${/^\d{4}$/.test(asked) ? asked : new Date().getFullYear() - 1}`);
};
