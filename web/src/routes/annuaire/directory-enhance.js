// @ts-check
// The directory page is sent without the SvelteKit client (csr = false): hydrating the page,
// its filters and its twenty cards was most of its start-up time on a phone. This small
// script adds back what JavaScript brings, over the same server-rendered HTML:
// - results that follow the search box as one types, and the filters as soon as they change,
//   in the address (replaceState, as before), the focus left where it is;
// - "Afficher plus" appends the next page and moves the focus to its first result.
// Without it the form submits and "Afficher plus" is a link to the next page.
// Loaded as a file (not bundled): keep it plain, typed by JSDoc.

const form = /** @type {HTMLFormElement | null} */ (document.querySelector('form[data-directory-search]'));
const results = /** @type {HTMLElement | null} */ (document.querySelector('section[data-directory-results]'));

if (form && results) {
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
		const next = page.querySelector('section[data-directory-results]');
		if (!next) {
			location.assign(url);
			return;
		}
		history.replaceState(history.state, '', url);
		document.title = page.title;
		// The live count stays the same element, so that screen readers announce its new text.
		const count = results.querySelector('.count');
		const nextCount = next.querySelector('.count');
		if (count && nextCount) {
			if (count.textContent !== nextCount.textContent) count.textContent = nextCount.textContent;
			for (const child of [...results.children]) if (child !== count) child.remove();
			for (const child of [...next.children]) if (!child.classList.contains('count')) results.append(child);
			// Keep the count where it was: after the hidden heading.
			const heading = results.querySelector('#resultats-titre');
			heading?.after(count);
		} else {
			results.replaceChildren(...next.children);
		}
		// "Effacer les critères" appears with the first criterion.
		const actions = form.querySelector('.actions');
		const nextActions = page.querySelector('form[data-directory-search] .actions');
		if (actions && nextActions) actions.replaceChildren(...nextActions.children);
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

	results.addEventListener('click', async (event) => {
		const link = event.target instanceof Element ? event.target.closest('a[data-more]') : null;
		if (!(link instanceof HTMLAnchorElement) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
		event.preventDefault();
		if (link.getAttribute('aria-disabled') === 'true') return;
		const label = link.textContent;
		link.setAttribute('aria-disabled', 'true');
		link.textContent = 'Chargement…';
		results.querySelector('[data-more-error]')?.remove();
		const list = results.querySelector('ul.results');
		try {
			const page = await fetchPage(link.href, new AbortController().signal);
			const items = [...page.querySelectorAll('section[data-directory-results] ul.results > li')];
			if (!list || !items.length) throw new Error('no results');
			list.append(...items);
			const nextMore = page.querySelector('section[data-directory-results] a[data-more]');
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
