import { stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';

/**
 * Live updates in the browser. A page subscribes to "this group / this meeting changed"; on
 * each event it reloads its own server data (`invalidateAll()`), so there is one data path and
 * the permissions of the server `load` apply. Never call this during server-side rendering:
 * use it inside `$effect`, which only runs in the browser.
 */

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface LiveOptions<Variables extends Record<string, unknown>> {
	document: TypedDocumentNode<unknown, Variables>;
	variables: Variables;
	/** Called on every change, and after a reconnection (events may have been missed meanwhile). */
	onChange: () => Promise<unknown> | unknown;
	/** Only the events it accepts call `onChange` (e.g. the one case a page shows, of a territory's). */
	accept?: (data: unknown) => boolean;
	/** A page that applies each event's data itself: events call this instead of `onChange`. */
	onEvent?: (data: unknown) => void;
	onState?: (state: LiveState) => void;
}

// The server answers these for good: no session, or the thing is no longer visible.
const finalCodes = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

function codesOf(errors: unknown): string[] {
	if (!Array.isArray(errors)) return [];
	return errors.map((error) => String((error as { extensions?: { code?: unknown } })?.extensions?.code ?? ''));
}

/** Randomised exponential backoff: about 1 s, 2 s, 4 s… up to 30 s. */
function backoff(retries: number): number {
	const base = Math.min(30_000, 1000 * 2 ** Math.min(retries, 5));
	return base / 2 + Math.random() * (base / 2);
}

const socketUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

/**
 * Subscribes for as long as the page lives: reconnects forever after a network cut or a server
 * restart, and subscribes again. Returns the function that stops everything.
 */
export function subscribeLive<Variables extends Record<string, unknown>>(options: LiveOptions<Variables>): () => void {
	const query = stringifyDocument(options.document);
	let stopped = false;
	let client: Client | null = null;
	let releaseSubscription: (() => void) | null = null;
	let restartTimer: ReturnType<typeof setTimeout> | undefined;
	let restarts = 0;
	let wasLive = false;

	const setState = (state: LiveState) => {
		if (!stopped || state === 'stopped') options.onState?.(state);
	};

	// Several events in a burst give one reload running and at most one more after it.
	let refreshing = false;
	let again = false;
	const refresh = async () => {
		if (refreshing) {
			again = true;
			return;
		}
		refreshing = true;
		try {
			do {
				again = false;
				await options.onChange();
			} while (again && !stopped);
		} catch {
			// The next event or reconnection tries again.
		} finally {
			refreshing = false;
		}
	};

	const dispose = () => {
		const release = releaseSubscription;
		const current = client;
		releaseSubscription = null;
		client = null;
		release?.();
		void current?.dispose();
	};

	const giveUp = () => {
		dispose();
		setState('stopped');
		stopped = true;
	};

	// graphql-ws stops by itself on a few close codes whatever `shouldRetry` says: start afresh.
	const restartLater = () => {
		if (stopped) return;
		dispose();
		setState(wasLive ? 'reconnecting' : 'connecting');
		clearTimeout(restartTimer);
		restartTimer = setTimeout(start, backoff(restarts++));
	};

	function start() {
		if (stopped) return;
		let socket: WebSocket | null = null;
		let pongTimer: ReturnType<typeof setTimeout> | undefined;
		const generation = createClient({
			url: socketUrl(),
			lazy: false,
			retryAttempts: Infinity,
			shouldRetry: () => true,
			retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoff(retries))),
			// A ping every 15 s, and no pong within 5 s: the connection died without a close event
			// (a network cut); closing it makes the client reconnect.
			keepAlive: 15_000,
			onNonLazyError: () => {
				if (client === generation) restartLater();
			},
			on: {
				connected: (connected) => {
					socket = connected as WebSocket;
					if (client !== generation) return;
					restarts = 0;
					const reconnected = wasLive;
					wasLive = true;
					setState('live');
					if (reconnected) void refresh();
				},
				closed: () => {
					clearTimeout(pongTimer);
					socket = null;
					if (client === generation) setState(wasLive ? 'reconnecting' : 'connecting');
				},
				ping: (received) => {
					if (received) return;
					clearTimeout(pongTimer);
					pongTimer = setTimeout(() => {
						if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'Pas de réponse au ping');
					}, 5_000);
				},
				pong: (received) => {
					if (received) clearTimeout(pongTimer);
				}
			}
		});
		client = generation;
		releaseSubscription = generation.subscribe(
			{ query, variables: options.variables },
			{
				next: (result: ExecutionResult) => {
					if (client !== generation) return;
					if (codesOf(result.errors).some((code) => finalCodes.has(code))) return giveUp();
					if (options.onEvent) return options.onEvent(result.data);
					if (options.accept && (!result.data || !options.accept(result.data))) return;
					void refresh();
				},
				error: (error: unknown) => {
					if (client !== generation) return;
					if (codesOf(error).some((code) => finalCodes.has(code))) return giveUp();
					restartLater();
				},
				complete: () => {
					if (client === generation) restartLater();
				}
			}
		);
	}

	setState('connecting');
	start();

	return () => {
		stopped = true;
		clearTimeout(restartTimer);
		dispose();
	};
}
