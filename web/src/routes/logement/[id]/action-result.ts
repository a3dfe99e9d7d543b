// What a form action of the case page answers, as the page's components read it.

export interface ActionResult {
	action: string;
	/** A refusal, in French, as the API or the action wrote it. */
	message?: string;
	/** The field the refusal points at (the API's `extensions.field`). */
	field?: string | null;
	/** Someone changed the case meanwhile: a reload shows the current version. */
	stale?: boolean;
	/** What was done, on success. */
	done?: string;
	values?: Record<string, unknown>;
}

export type ResultOf = (action: string) => ActionResult | null;

/** The values typed in the form that was refused, to show them again. */
export const typedValues = (result: ActionResult | null): Record<string, string> =>
	Object.fromEntries(Object.entries(result?.message ? (result.values ?? {}) : {}).filter(([, value]) => typeof value === 'string')) as Record<string, string>;

/** A refusal only: success messages show at the top of their section, as the form may be gone. */
export const refusal = (result: ActionResult | null): ActionResult | null => (result?.message ? result : null);

/** The latest answer of the actions whose name starts with `prefix`, when it is a success. */
export const doneOf = (latest: ActionResult | null, prefix: string): ActionResult | null => (latest?.done && latest.action.startsWith(prefix) ? latest : null);
