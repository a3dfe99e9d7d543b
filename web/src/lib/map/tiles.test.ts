import { describe, expect, it } from 'vitest';
import { allowImages, defaultTileAttribution, defaultTileUrl, tileConfig, tileOrigin } from './tiles';

describe('map tile configuration', () => {
	it('defaults to OpenStreetMap tiles with their attribution', () => {
		expect(tileConfig({})).toEqual({ url: defaultTileUrl, attribution: defaultTileAttribution });
		expect(tileConfig({ MAP_TILE_URL: '  ' }).url).toBe(defaultTileUrl);
	});

	it('turns tiles off with "none"', () => {
		expect(tileConfig({ MAP_TILE_URL: 'none' }).url).toBeNull();
		expect(tileConfig({ MAP_TILE_URL: 'NONE' }).url).toBeNull();
	});

	it('takes another server and its attribution', () => {
		const url = 'https://{s}.tiles.example.org/osm/{z}/{x}/{y}.png';
		expect(tileConfig({ MAP_TILE_URL: url, MAP_TILE_ATTRIBUTION: '© Exemple' })).toEqual({ url, attribution: '© Exemple' });
	});

	it('refuses a template that is not an http(s) URL', () => {
		expect(() => tileConfig({ MAP_TILE_URL: 'javascript:alert(1)' })).toThrow(/MAP_TILE_URL/);
		expect(() => tileConfig({ MAP_TILE_URL: 'https://exa mple.org/{z}' })).toThrow(/MAP_TILE_URL/);
	});

	it('gives the CSP source of a template', () => {
		expect(tileOrigin(defaultTileUrl)).toBe('https://tile.openstreetmap.org');
		expect(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
		expect(tileOrigin('http://127.0.0.1:9/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:9');
		expect(tileOrigin('/tiles/{z}/{x}/{y}.png')).toBeNull();
	});

	it('adds the tile host to img-src only', () => {
		const csp = "default-src 'self'; img-src 'self' data:; connect-src 'self'";
		expect(allowImages(csp, 'https://tile.openstreetmap.org')).toBe(
			"default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'"
		);
		expect(allowImages("default-src 'self'", 'https://t.example')).toBe("default-src 'self'; img-src 'self' https://t.example");
	});
});
