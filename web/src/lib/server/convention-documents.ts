import { env } from '$env/dynamic/private';
import type { RequestEvent } from '@sveltejs/kit';
import { sessionCookieName } from './session-cookie';

// Forwards a file chosen in a form to the API's document route, with the visitor's session.
// Plain fetch, as in graphql.ts: the API is not a SvelteKit route.

const byExtension: Record<string, string> = {
	pdf: 'application/pdf',
	odt: 'application/vnd.oasis.opendocument.text',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	txt: 'text/plain'
};

/** The browser's media type, or one guessed from the extension when the browser gave none. */
export function mediaTypeOf(file: { name: string; type: string }): string {
	if (file.type) return file.type;
	const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
	return byExtension[extension] ?? 'application/octet-stream';
}

export type UploadOutcome = { ok: true } | { ok: false; status: number; message: string };

export async function uploadConventionDocument(event: RequestEvent, conventionId: string, file: File, title: string): Promise<UploadOutcome> {
	const base = env.API_INTERNAL_URL ?? new URL('/graphql', event.url).toString();
	const url = new URL(`/documents/conventions/${encodeURIComponent(conventionId)}`, base);
	const headers = new Headers({
		'content-type': mediaTypeOf(file),
		'x-file-name': encodeURIComponent(file.name),
		'x-document-title': encodeURIComponent(title)
	});
	const token = event.cookies.get(sessionCookieName);
	if (token) headers.set('cookie', `${sessionCookieName}=${encodeURIComponent(token)}`);
	let response: Response;
	try {
		response = await fetch(url, { method: 'POST', headers, body: new Uint8Array(await file.arrayBuffer()) });
	} catch {
		return { ok: false, status: 503, message: 'Le service est momentanément indisponible. Réessayez dans quelques instants.' };
	}
	if (response.ok) return { ok: true };
	const answer = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null;
	const message = response.status < 500 ? answer?.errors?.[0]?.message : undefined;
	return { ok: false, status: response.status, message: message ?? 'Le document n’a pas pu être enregistré. Réessayez dans quelques instants.' };
}
