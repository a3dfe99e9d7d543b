#!/usr/bin/env node
// The JavaScript each page loads before it is interactive, from the SvelteKit build output:
// the client entry (start + app) and the page's nodes (layouts, error page, leaf) with their
// static imports, gzip-compressed as the browser receives them. Dynamic imports, and script
// files a page serves as they are (`?url`: the own scripts of pages sent without the SvelteKit
// client, and Leaflet, which the map's script loads on demand), are counted apart as "later".
//
// Usage: node scripts/bundle-report.mjs   (after `vite build`; `npm run bundle:report`)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** @typedef {{ file: string, imports?: string[], dynamicImports?: string[], assets?: string[], isEntry?: boolean }} ManifestChunk */
/** @typedef {{ id: string, initial: string[], lazy: string[], initialGzip: number, lazyGzip: number }} PageBundle */

const nodeKey = (/** @type {number} */ index) => `.svelte-kit/generated/client-optimized/nodes/${index}.js`;
const appKey = '.svelte-kit/generated/client-optimized/app.js';
const startSuffix = '@sveltejs/kit/src/runtime/client/entry.js';

// Module paths and code that only a map library has.
const mapModules = /node_modules\/(leaflet|leaflet\.markercluster|maplibre-gl|supercluster)\//;
const mapCode = /["']leaflet-container|MarkerClusterGroup|maplibregl/;

/** @param {string} webDir */
export function buildOutput(webDir) {
	const client = join(webDir, '.svelte-kit/output/client');
	const manifestPath = join(client, '.vite/manifest.json');
	const serverManifest = join(webDir, '.svelte-kit/output/server/manifest-full.js');
	const fallbackManifest = join(webDir, '.svelte-kit/output/server/manifest.js');
	const routesFile = existsSync(serverManifest) ? serverManifest : fallbackManifest;
	if (!existsSync(manifestPath) || !existsSync(routesFile)) return null;
	return { client, manifest: /** @type {Record<string, ManifestChunk>} */ (JSON.parse(readFileSync(manifestPath, 'utf8'))), routesSource: readFileSync(routesFile, 'utf8') };
}

/**
 * Every page route with the nodes it loads (layouts, errors, leaf), read from the server manifest.
 * @param {string} routesSource
 * @returns {Array<{ id: string, nodes: number[] }>}
 */
export function pageRoutes(routesSource) {
	const routes = [];
	const pattern = /id:\s*"([^"]+)"[\s\S]*?page:\s*(null|\{\s*layouts:\s*\[([^\]]*)\],\s*errors:\s*\[([^\]]*)\],\s*leaf:\s*(\d+)\s*\})/g;
	for (const match of routesSource.matchAll(pattern)) {
		if (match[2] === 'null') continue;
		const numbers = (/** @type {string} */ list) => list.split(',').map((n) => n.trim()).filter(Boolean).map(Number);
		routes.push({ id: match[1], nodes: [...new Set([...numbers(match[3]), ...numbers(match[4]), Number(match[5])])] });
	}
	return routes;
}

/**
 * The files a set of manifest keys loads: statically imported, and reached through dynamic
 * imports or as script files served as they are.
 * @param {Record<string, ManifestChunk>} manifest
 * @param {string[]} roots
 */
export function closure(manifest, roots) {
	const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
	const initial = new Set();
	const lazyRoots = new Set();
	const visit = (/** @type {string} */ key, /** @type {Set<string>} */ into) => {
		const chunk = manifest[key];
		if (!chunk || into.has(key)) return;
		into.add(key);
		for (const next of chunk.imports ?? []) visit(next, into);
		for (const next of chunk.dynamicImports ?? []) lazyRoots.add(next);
		for (const file of chunk.assets ?? []) {
			const script = file.endsWith('.js') ? keyOfFile.get(file) : undefined;
			if (script) lazyRoots.add(script);
		}
	};
	/** @type {Set<string>} */
	const lazyKeys = new Set();
	for (const root of roots) visit(root, initial);
	for (const root of lazyRoots) visit(root, lazyKeys);
	for (const key of initial) lazyKeys.delete(key);
	return { initial: [...initial], lazy: [...lazyKeys] };
}

/** @param {string} webDir */
export function bundleReport(webDir) {
	const output = buildOutput(webDir);
	if (!output) return null;
	const { client, routesSource } = output;
	// The app entry imports every node dynamically: that is routing, not the code of a page.
	const manifest = Object.fromEntries(
		Object.entries(output.manifest).map(([key, chunk]) => [key, key === appKey ? { ...chunk, dynamicImports: [] } : chunk])
	);
	const start = Object.keys(manifest).find((key) => key.endsWith(startSuffix));
	const entries = [start, appKey].filter((key) => key && manifest[key]);
	/** @type {Map<string, { gzip: number, map: boolean }>} */
	const files = new Map();
	const fileOf = (/** @type {string} */ key) => {
		const file = manifest[key].file;
		if (!files.has(file)) {
			const source = readFileSync(join(client, file));
			files.set(file, { gzip: gzipSync(source, { level: 9 }).length, map: mapModules.test(key) || mapCode.test(source.toString('utf8')) });
		}
		return file;
	};
	const entryFiles = closure(manifest, /** @type {string[]} */ (entries)).initial;
	/** @type {PageBundle[]} */
	const pages = pageRoutes(routesSource).map(({ id, nodes }) => {
		const { initial, lazy } = closure(manifest, [...entryFiles, ...nodes.map(nodeKey)]);
		const initialFiles = [...new Set(initial.map(fileOf))];
		const lazyFiles = [...new Set(lazy.map(fileOf))].filter((file) => !initialFiles.includes(file));
		const sum = (/** @type {string[]} */ list) => list.reduce((total, file) => total + (files.get(file)?.gzip ?? 0), 0);
		return { id, initial: initialFiles, lazy: lazyFiles, initialGzip: sum(initialFiles), lazyGzip: sum(lazyFiles) };
	});
	const hasMapCode = (/** @type {string[]} */ list) => list.some((file) => files.get(file)?.map);
	return { pages, hasMapCode };
}

const kB = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** @param {PageBundle[]} pages */
export function formatReport(pages) {
	const width = Math.max(...pages.map((p) => p.id.length), 4);
	const lines = [`${'Page'.padEnd(width)}  initial JS (gzip)  ${'later (gzip)'.padStart(21)}`];
	for (const page of [...pages].sort((a, b) => a.id.localeCompare(b.id))) {
		lines.push(`${page.id.padEnd(width)}  ${kB(page.initialGzip).padStart(17)}  ${page.lazyGzip ? kB(page.lazyGzip).padStart(21) : ''.padStart(21)}`);
	}
	return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
	const report = bundleReport(webDir);
	if (!report) {
		console.error('No build output in web/.svelte-kit/output: run `npm run build` first.');
		process.exit(1);
	}
	console.log(formatReport(report.pages));
	const offenders = report.pages.filter((p) => p.id !== '/carte' && report.hasMapCode([...p.initial, ...p.lazy]));
	if (offenders.length) {
		console.error(`Map code is loaded by: ${offenders.map((p) => p.id).join(', ')}`);
		process.exit(1);
	}
}
