// @ts-check
// The directory and the map are sent without the SvelteKit client (csr = false): hydrating a
// page, its filters and its results was most of its start-up time on a phone. This small
// script adds back what JavaScript brings to their search, over the server-rendered HTML:
// - results that follow the search box as one types, and the filters as soon as they change,
//   in the address (replaceState, as before), the focus left where it is: each part of the
//   page marked data-directory-results takes the content of the same part in the server's
//   answer, then a `directory-results` event on the document tells the page's own script;
// - "Afficher plus" appends the next page and moves the focus to its first result.
// Without it the form submits and "Afficher plus" is a link to the next page.
// Loaded as a file (not bundled): keep it plain, typed by JSDoc.

const form = /** @type {HTMLFormElement | null} */ (document.querySelector('form[data-directory-search]'));
const parts = [...document.querySelectorAll('[data-directory-results]')];

/**
 * Gives `part` the children of `next`. The live count stays the same element, so that screen
 * readers announce its new text.
 * @param {Element} part
 * @param {Element} next
 */
function replacePart(part, next) {
	const count = part.querySelector(':scope > .count');
	const nextCount = next.querySelector(':scope > .count');
	if (!count || !nextCount) {
		part.replaceChildren(...next.children);
		return;
	}
	if (count.textContent !== nextCount.textContent) count.textContent = nextCount.textContent;
	const children = [...next.children];
	const at = children.indexOf(nextCount);
	for (const child of [...part.children]) if (child !== count) child.remove();
	count.before(...children.slice(0, at));
	count.after(...children.slice(at + 1));
}

if (form && parts.length) {
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let timer;
	/** @type {AbortController | null} */
	let pending = null;

	/** The query string of the form, in the order the server writes it (q, secteur, type, commune, theme). */
	const queryOf = () => {
		const params = new URLSearchParams();
		for (const [name, value] of new FormData(form)) {
			if (typeof value === 'string' && value.trim()) params.append(name, name === 'q' ? value.trim() : value);
		}
		const query = params.toString();
		return query ? `?${query}` : '';
	};

	/** @param {string} url */
	const fetchPage = async (url, /** @type {AbortSignal} */ signal) => {
		const response = await fetch(url, { signal, headers: { accept: 'text/html' } });
		if (!response.ok && response.status !== 400) throw new Error(`${response.status}`);
		return new DOMParser().parseFromString(await response.text(), 'text/html');
	};

	const search = async () => {
		const url = `${form.getAttribute('action') ?? '/annuaire'}${queryOf()}`;
		pending?.abort();
		const controller = new AbortController();
		pending = controller;
		/** @type {Document} */
		let page;
		try {
			page = await fetchPage(url, controller.signal);
		} catch (error) {
			if (controller.signal.aborted) return;
			// The server still answers a plain navigation.
			location.assign(url);
			return;
		}
		if (controller.signal.aborted) return;
		pending = null;
		const nextParts = page.querySelectorAll('[data-directory-results]');
		if (nextParts.length !== parts.length) {
			location.assign(url);
			return;
		}
		history.replaceState(history.state, '', url);
		document.title = page.title;
		parts.forEach((part, index) => replacePart(part, nextParts[index]));
		document.dispatchEvent(new Event('directory-results'));
	};

	const apply = (delay = 0) => {
		clearTimeout(timer);
		timer = setTimeout(search, delay);
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		apply();
	});
	form.addEventListener('input', (event) => {
		if (event.target instanceof HTMLInputElement && event.target.type === 'search') apply(250);
	});
	form.addEventListener('change', (event) => {
		if (event.target instanceof HTMLInputElement && event.target.type === 'search') return;
		apply();
	});

	document.addEventListener('click', async (event) => {
		const link = event.target instanceof Element ? event.target.closest('[data-directory-results] a[data-more]') : null;
		if (!(link instanceof HTMLAnchorElement) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
		event.preventDefault();
		if (link.getAttribute('aria-disabled') === 'true') return;
		const label = link.textContent;
		link.setAttribute('aria-disabled', 'true');
		link.textContent = 'Chargement…';
		const part = /** @type {Element} */ (link.closest('[data-directory-results]'));
		part.querySelector('[data-more-error]')?.remove();
		const list = part.querySelector('ul.results');
		try {
			const page = await fetchPage(link.href, new AbortController().signal);
			const items = [...page.querySelectorAll('[data-directory-results] ul.results > li')];
			if (!list || !items.length) throw new Error('no results');
			list.append(...items);
			const nextMore = page.querySelector('[data-directory-results] a[data-more]');
			if (nextMore instanceof HTMLAnchorElement) {
				// The next page's link keeps the criteria and carries the new cursor.
				link.href = nextMore.href;
				link.textContent = label;
				link.removeAttribute('aria-disabled');
			} else {
				link.closest('p')?.remove();
			}
			// Keyboard and screen-reader users continue from the first new result.
			/** @type {HTMLElement | null} */ (items[0].querySelector('h3 a'))?.focus();
		} catch {
			link.textContent = label;
			link.removeAttribute('aria-disabled');
			const notice = document.createElement('p');
			notice.className = 'notice error';
			notice.setAttribute('role', 'alert');
			notice.dataset.moreError = '';
			notice.textContent = 'Impossible de charger la suite. Vérifiez votre connexion et réessayez.';
			link.closest('p')?.after(notice);
		}
	});
}
