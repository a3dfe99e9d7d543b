import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleReport } from '../scripts/bundle-report.mjs';

// Checks the built client (turbo runs the web build before these tests): the map library is
// loaded by the map page only, and only after the page is interactive.
const webDir = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(`${webDir}/.svelte-kit/output/client/.vite/manifest.json`);

describe.skipIf(!built)('the built pages’ JavaScript', () => {
	const report = bundleReport(webDir)!;
	const page = (id: string) => {
		const found = report.pages.find((p) => p.id === id);
		expect(found, `page ${id} in the build`).toBeDefined();
		return found!;
	};

	it('covers every page, each with some initial JavaScript', () => {
		expect(report.pages.length).toBeGreaterThan(20);
		for (const p of report.pages) expect(p.initialGzip, p.id).toBeGreaterThan(1000);
	});

	it('loads the map library on the map page, lazily', () => {
		const map = page('/carte');
		// The check below would be empty if the detection found nothing: it must see Leaflet here.
		expect(report.hasMapCode(map.lazy)).toBe(true);
		expect(report.hasMapCode(map.initial)).toBe(false);
	});

	it('loads no map code on the directory pages or any other page', () => {
		for (const id of ['/annuaire', '/annuaire/[slug]', '/']) page(id);
		for (const p of report.pages.filter((p) => p.id !== '/carte')) {
			expect(report.hasMapCode([...p.initial, ...p.lazy]), p.id).toBe(false);
		}
	});
});
