// @ts-check
// The map page is sent without the SvelteKit client (see +page.server.ts). Over its
// server-rendered HTML (the filters, the count, the list), this script brings back what needs
// JavaScript:
// - the map: Leaflet, its clustering plugin and their styles are loaded, and the map set up,
//   only when the map nears the screen (on a phone it comes after the filters);
// - « Autour d’un lieu »: the visitor's position (never put in the address), an address found
//   by the geocoder or a commune's centre; the list, the count and the map then keep the
//   partners within the radius, nearest first.
// The filters are directory-enhance.js's: once it has replaced the results, its
// `directory-results` event brings them to the radius and the map.
// Loaded as a file (not bundled): keep it plain, typed by JSDoc.

/**
 * @typedef {import('../../lib/map/leaflet-map.js').MapMarker} MapMarker
 * @typedef {import('../../lib/map/leaflet-map.js').MapHandle} MapHandle
 * @typedef {import('../../lib/map/geo.js').Point & { label: string }} Center
 * @typedef {{
 *   tileUrl: string | null, tileAttribution: string, outlinesAttribution: string, outlinesUrl: string,
 *   scripts: string[], styles: string, mapModule: string, geoModule: string, geocodeQuery: string | null
 * }} PageConfig
 */

const root = /** @type {HTMLElement | null} */ (document.querySelector('[data-map-page]'));
const mapElement = /** @type {HTMLElement | null} */ (document.querySelector('[data-map-page] .map'));
const aroundForm = /** @type {HTMLFormElement | null} */ (document.querySelector('form[data-around]'));

/**
 * Shows `text` as an alert at the end of `container`, in place of the one it showed before;
 * nothing when `text` is null.
 * @param {Element} container
 * @param {string | null} text
 */
function say(container, text) {
	container.querySelector(':scope > [data-message]')?.remove();
	if (!text) return;
	const message = document.createElement('p');
	message.className = 'notice error';
	message.setAttribute('role', 'alert');
	message.dataset.message = '';
	message.textContent = text;
	container.append(message);
}

/** @param {string} src */
const loadScript = (src) =>
	new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		// Downloaded in parallel, run in order: the clustering plugin extends Leaflet's global L.
		script.async = false;
		script.onload = resolve;
		script.onerror = () => reject(new Error(`${src} did not load`));
		document.head.append(script);
	});

/** @param {string} href */
const loadStyles = (href) =>
	new Promise((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = href;
		link.onload = resolve;
		link.onerror = () => reject(new Error(`${href} did not load`));
		document.head.append(link);
	});

/** @param {number} count @param {string} one @param {string} many */
const plural = (count, one, many) => (count === 1 ? `1 ${one}` : `${count} ${many}`);
/** @param {number} value */
const km = (value) => `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} km`;

/**
 * @param {HTMLElement} root
 * @param {HTMLElement} mapElement
 * @param {HTMLFormElement} aroundForm
 */
function enhance(root, mapElement, aroundForm) {
	const config = /** @type {PageConfig} */ (JSON.parse(root.dataset.mapPage ?? '{}'));
	const locateButton = /** @type {HTMLButtonElement} */ (aroundForm.querySelector('[data-locate]'));
	const aroundSelect = /** @type {HTMLSelectElement} */ (aroundForm.querySelector('#autour'));
	const radiusSelect = /** @type {HTMLSelectElement} */ (aroundForm.querySelector('#rayon'));
	const addressForm = /** @type {HTMLFormElement | null} */ (root.querySelector('form[data-address]'));

	/** @type {Center | null} */
	let myPosition = null;
	/** @type {Center | null} */
	let addressPoint = null;
	/** @type {MapHandle | null} */
	let handle = null;
	/** @type {Promise<typeof import('../../lib/map/geo.js')>} */
	const geoReady = import(config.geoModule);

	/** The located partners as the server listed them, with what the map draws of each. */
	const readList = () =>
		[...root.querySelectorAll('ul[data-located] > li[data-marker]')].map((item) => ({
			item,
			marker: /** @type {MapMarker} */ (JSON.parse(/** @type {HTMLElement} */ (item).dataset.marker ?? '')),
			distance: /** @type {HTMLElement} */ (item.querySelector('[data-distance]'))
		}));
	let entries = readList();

	/**
	 * The place chosen in "Autour de": the visitor's position, the address found, a commune's
	 * centre (the server gives it with the option), or none for the whole territory.
	 * @returns {Center | null}
	 */
	const center = () => {
		if (aroundSelect.value === 'moi') return myPosition;
		if (aroundSelect.value === 'adresse') return addressPoint;
		const option = aroundSelect.selectedOptions[0];
		if (!option?.dataset.latitude) return null;
		return { latitude: Number(option.dataset.latitude), longitude: Number(option.dataset.longitude), label: option.text };
	};

	/**
	 * The list, the count and the map after a change of place, radius or results.
	 * @param {typeof import('../../lib/map/geo.js')} geo
	 */
	const update = ({ distanceKm }) => {
		const place = center();
		const radiusKm = Number(radiusSelect.value);
		const shown = entries
			.map((entry) => ({ ...entry, km: place ? distanceKm(place, entry.marker) : null }))
			.filter((entry) => entry.km === null || entry.km <= radiusKm)
			.sort((a, b) => (a.km ?? 0) - (b.km ?? 0));
		for (const entry of shown) {
			const distance = entry.km === null ? '' : ` · ${km(entry.km)}`;
			if (entry.distance.textContent !== distance) entry.distance.textContent = distance;
		}
		const list = root.querySelector('ul[data-located]');
		const items = shown.map((entry) => entry.item);
		if (list && (list.children.length !== items.length || items.some((item, index) => list.children[index] !== item))) {
			list.replaceChildren(...items);
		}

		const empty = root.querySelector('[data-empty]');
		if (empty instanceof HTMLElement) {
			empty.hidden = shown.length > 0;
			const hint = /** @type {HTMLElement | null} */ (empty.querySelector('[data-empty-hint]'));
			if (hint) hint.hidden = !(place || hint.hasAttribute('data-criteria'));
		}
		const count = root.querySelector('[data-directory-results] > .count');
		const text =
			(shown.length === 0 ? 'Aucune structure sur la carte' : `${plural(shown.length, 'structure', 'structures')} sur la carte`) +
			(place ? ` à moins de ${radiusKm} km de ${place.label}` : '');
		// An unchanged text is not announced again.
		if (count && count.textContent !== text) count.textContent = text;

		handle?.setMarkers(shown.map((entry) => entry.marker));
		handle?.setArea(place ? { latitude: place.latitude, longitude: place.longitude, radiusKm } : null);
	};
	// The geometry is a file of its own, here in a few milliseconds: a resolved promise runs the
	// update right after the event that asked for it.
	const refresh = () => geoReady.then(update, console.error);

	/**
	 * Chooses a place found on the page (the position, an address): its option comes after the
	 * whole territory, the position before the address.
	 * @param {'moi' | 'adresse'} value
	 * @param {string} label
	 */
	const goAround = (value, label) => {
		let option = [...aroundSelect.options].find((o) => o.value === value);
		if (!option) {
			option = new Option(label, value);
			aroundSelect.add(option, value === 'adresse' && aroundSelect.options[1]?.value === 'moi' ? 2 : 1);
		}
		option.text = label;
		aroundSelect.disabled = false;
		aroundSelect.value = value;
		return refresh();
	};

	aroundSelect.addEventListener('change', refresh);
	radiusSelect.addEventListener('change', refresh);
	document.addEventListener('directory-results', () => {
		entries = readList();
		refresh();
	});

	locateButton.addEventListener('click', () => {
		say(aroundForm, null);
		if (!('geolocation' in navigator)) {
			say(aroundForm, 'Votre navigateur ne permet pas de vous localiser. Choisissez une commune.');
			return;
		}
		const label = locateButton.textContent;
		locateButton.disabled = true;
		locateButton.textContent = 'Localisation…';
		const done = () => {
			locateButton.disabled = false;
			locateButton.textContent = label;
		};
		navigator.geolocation.getCurrentPosition(
			(position) => {
				done();
				myPosition = { latitude: position.coords.latitude, longitude: position.coords.longitude, label: 'votre position' };
				goAround('moi', 'Ma position');
			},
			(error) => {
				done();
				say(
					aroundForm,
					error.code === error.PERMISSION_DENIED
						? 'Vous n’avez pas autorisé la localisation. Choisissez une commune.'
						: 'Votre position n’a pas pu être déterminée. Choisissez une commune.'
				);
			},
			{ timeout: 10_000, maximumAge: 300_000 }
		);
	});

	if (addressForm && config.geocodeQuery) {
		const query = config.geocodeQuery;
		const input = /** @type {HTMLInputElement} */ (addressForm.querySelector('#adresse'));
		const button = /** @type {HTMLButtonElement} */ (addressForm.querySelector('button[type="submit"]'));
		/** @param {string} text @returns {Promise<{ found: Center | null, message: string | null }>} */
		const geocode = async (text) => {
			try {
				// POST, as the GraphQL client would: Apollo refuses GET queries, and GET would log the address.
				const response = await fetch('/graphql', {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ query, variables: { text } })
				});
				/** @type {{ data?: { geocodeAddress: Array<{ label: string, latitude: number, longitude: number }> }, errors?: Array<{ message: string }> }} */
				const result = await response.json();
				if (result.errors?.length) return { found: null, message: result.errors[0].message };
				const best = result.data?.geocodeAddress[0];
				if (!response.ok || !result.data) throw new Error(`${response.status}`);
				return best
					? { found: { latitude: best.latitude, longitude: best.longitude, label: best.label }, message: null }
					: { found: null, message: 'Adresse introuvable. Vérifiez-la ou choisissez une commune.' };
			} catch {
				return { found: null, message: 'La recherche d’adresse est indisponible. Choisissez une commune.' };
			}
		};
		addressForm.addEventListener('submit', async (event) => {
			event.preventDefault();
			const text = input.value.trim();
			say(addressForm, null);
			if (text.length < 3) {
				say(addressForm, 'Saisissez une adresse (numéro, rue, commune).');
				return;
			}
			const label = button.textContent;
			button.disabled = true;
			button.textContent = 'Recherche…';
			const { found, message } = await geocode(text);
			button.disabled = false;
			button.textContent = label;
			if (!found) {
				say(addressForm, message);
				return;
			}
			addressPoint = found;
			goAround('adresse', found.label);
		});
	}

	const frame = /** @type {HTMLElement} */ (mapElement.parentElement);
	const status = frame.querySelector('.map-status');

	const setUp = async () => {
		const [outlines, { createMap }] = await Promise.all([
			fetch(config.outlinesUrl)
				.then((response) => (response.ok ? response.json() : null))
				.catch(() => null),
			/** @type {Promise<typeof import('../../lib/map/leaflet-map.js')>} */ (import(config.mapModule)),
			loadStyles(config.styles),
			...config.scripts.map(loadScript)
		]);
		handle = createMap(mapElement, {
			tileUrl: config.tileUrl,
			tileAttribution: config.tileAttribution,
			outlinesAttribution: config.outlinesAttribution,
			outlines,
			onTilesFailed: () => {
				const fallback = root.querySelector('template[data-tiles-fallback]');
				if (fallback instanceof HTMLTemplateElement) fallback.replaceWith(fallback.content);
			}
		});
		await refresh();
		status?.remove();
		mapElement.dataset.ready = 'true';
	};
	const start = () =>
		setUp().catch((error) => {
			console.error(error);
			status?.remove();
			say(frame, 'La carte n’a pas pu être chargée. La liste ci-dessous donne les mêmes résultats.');
		});

	// On a phone the map comes after the filters, below the fold: Leaflet (150 kB) is loaded and
	// set up only when the map nears the screen, so the list and the filters respond first.
	if ('IntersectionObserver' in window) {
		const observer = new IntersectionObserver(
			(seen) => {
				if (!seen.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				start();
			},
			{ rootMargin: '200px 0px' }
		);
		observer.observe(mapElement);
	} else start();
}

if (root && mapElement && aroundForm) enhance(root, mapElement, aroundForm);
