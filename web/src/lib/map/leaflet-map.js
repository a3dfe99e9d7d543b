// @ts-check
/// <reference types="leaflet.markercluster" />
// The map itself, over Leaflet and its clustering plugin. The map page's script loads both as
// the classic scripts they ship (which define the global L), then imports this file: no other
// page downloads any of it.

/**
 * @typedef {{
 *   slug: string, name: string, sector: string, sectorLabel: string, kindLabel: string,
 *   commune: string | null, latitude: number, longitude: number
 * }} MapMarker
 * @typedef {{ latitude: number, longitude: number, radiusKm: number }} MapArea
 * @typedef {object} MapOptions
 * @property {string | null} tileUrl
 * @property {string} tileAttribution
 * @property {string} outlinesAttribution
 * @property {GeoJSON.FeatureCollection | null} outlines The commune outlines of Metz Métropole, drawn in every case.
 * @property {() => void} onTilesFailed Called once when the tile server does not answer.
 * @typedef {{
 *   setMarkers(markers: MapMarker[]): void,
 *   setArea(area: MapArea | null): void
 * }} MapHandle
 */

/** @param {string} text */
const escape = (text) =>
	text.replace(/[&<>"']/g, (c) => /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** @param {MapMarker} marker */
function popupContent(marker) {
	const place = marker.commune ? ` – ${escape(marker.commune)}` : '';
	return `<p class="map-popup-name"><a href="/annuaire/${encodeURIComponent(marker.slug)}">${escape(marker.name)}</a></p>
		<p class="map-popup-meta">${escape(marker.kindLabel)}${place}</p>
		<p class="map-popup-meta">${escape(marker.sectorLabel)}</p>`;
}

/**
 * @param {HTMLElement} element
 * @param {MapOptions} options
 * @returns {MapHandle}
 */
export function createMap(element, options) {
	const L = /** @type {{ L: typeof import('leaflet') }} */ (/** @type {unknown} */ (globalThis)).L;

	// Explicit zoom limits: the clusters are computed for each zoom level, and once failed tiles
	// are removed no layer would bound them (markercluster then loops forever).
	const map = L.map(element, { minZoom: 8, maxZoom: 18, zoomControl: true, attributionControl: true, scrollWheelZoom: false });
	map.attributionControl.setPrefix(false);
	/** @type {import('leaflet').GeoJSON | null} */
	let outlinesLayer = null;
	if (options.outlines) {
		outlinesLayer = L.geoJSON(options.outlines, {
			interactive: false,
			style: () => ({ color: '#4a5360', weight: 1, fillColor: '#e8edf3', fillOpacity: options.tileUrl ? 0 : 0.6 })
		}).addTo(map);
		map.attributionControl.addAttribution(escape(options.outlinesAttribution));
	}
	const fallback = () => outlinesLayer?.setStyle({ fillOpacity: 0.6 });
	if (options.tileUrl) {
		const tiles = L.tileLayer(options.tileUrl, { attribution: options.tileAttribution, maxZoom: 18 });
		let failed = false;
		tiles.on('tileerror', () => {
			if (failed) return;
			failed = true;
			map.removeLayer(tiles);
			fallback();
			options.onTilesFailed();
		});
		tiles.addTo(map);
	}
	const territoryBounds = outlinesLayer?.getBounds();
	map.fitBounds(territoryBounds?.isValid() ? territoryBounds : L.latLngBounds([49.03, 6.06], [49.2, 6.3]));

	const clusters = L.markerClusterGroup({
		showCoverageOnHover: false,
		maxClusterRadius: 40,
		spiderfyOnMaxZoom: true,
		iconCreateFunction: (cluster) => {
			const count = cluster.getChildCount();
			return L.divIcon({
				className: 'map-cluster',
				html: `<span data-count="${count}">${count}</span>`,
				iconSize: [36, 36]
			});
		}
	});
	// Clusters are focusable buttons too: give them a name that says what Enter does.
	clusters.on('animationend', () => nameClusters());
	map.on('zoomend moveend', () => nameClusters());
	function nameClusters() {
		element.querySelectorAll('.map-cluster').forEach((icon) => {
			const count = icon.querySelector('[data-count]')?.getAttribute('data-count');
			icon.setAttribute('aria-label', `${count} structures regroupées : zoomer`);
		});
	}
	map.addLayer(clusters);

	/** @type {import('leaflet').Circle | null} */
	let area = null;
	/** @type {MapMarker[]} */
	let current = [];

	const fit = () => {
		if (area) {
			map.fitBounds(area.getBounds());
			return;
		}
		const bounds = L.latLngBounds(current.map((m) => /** @type {[number, number]} */ ([m.latitude, m.longitude])));
		if (bounds.isValid()) map.fitBounds(bounds.pad(0.1), { maxZoom: 14 });
		else if (territoryBounds?.isValid()) map.fitBounds(territoryBounds);
	};

	return {
		setMarkers(markers) {
			current = markers;
			clusters.clearLayers();
			clusters.addLayers(
				markers.map((m) => {
					const marker = L.marker([m.latitude, m.longitude], {
						title: m.name,
						keyboard: true,
						icon: L.divIcon({
							className: `map-marker sector-${m.sector}`,
							html: '',
							iconSize: [22, 22],
							popupAnchor: [0, -8]
						})
					});
					marker.bindPopup(popupContent(m));
					// Opened from the keyboard, the popup takes the focus on its link; Escape closes it
					// and gives the focus back to the marker.
					marker.on('popupopen', (event) => {
						const popup = event.popup.getElement();
						if (!popup) return;
						popup.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', 'Fermer');
						popup.onkeydown = (key) => {
							if (key.key !== 'Escape') return;
							marker.closePopup();
							marker.getElement()?.focus();
						};
						if (element.contains(document.activeElement)) /** @type {HTMLElement | null} */ (popup.querySelector('a[href^="/annuaire/"]'))?.focus();
					});
					marker.on('add', () => {
						const icon = marker.getElement();
						icon?.setAttribute('aria-label', `${m.name} (${m.sectorLabel})`);
						icon?.setAttribute('data-slug', m.slug);
					});
					return marker;
				})
			);
			fit();
			nameClusters();
		},
		setArea(next) {
			area?.remove();
			area = next
				? L.circle([next.latitude, next.longitude], { radius: next.radiusKm * 1000, color: '#0b5cad', weight: 2, fillOpacity: 0.05, interactive: false }).addTo(map)
				: null;
			fit();
		}
	};
}
