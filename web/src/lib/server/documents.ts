import { env } from '$env/dynamic/private';
import type { RequestEvent } from '@sveltejs/kit';
import { sessionCookieName } from './session-cookie';

// Forwards a file chosen in a form to one of the API's document routes (a convention's, a housing
// case's), with the visitor's session. Plain fetch, as in graphql.ts: the API is not a SvelteKit
// route.

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

/** Where a document is attached: `/documents/<kind>/<id>` on the API. */
export type DocumentTarget = { kind: 'conventions' | 'iml'; id: string };

/** The largest file the API accepts, checked here too to answer before sending it. */
export const maxUploadBytes = 5 * 1024 * 1024;

export async function uploadDocument(event: RequestEvent, target: DocumentTarget, file: File, title: string): Promise<UploadOutcome> {
	const base = env.API_INTERNAL_URL ?? new URL('/graphql', event.url).toString();
	const url = new URL(`/documents/${target.kind}/${encodeURIComponent(target.id)}`, base);
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
