import { execSync } from 'node:child_process';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

function buildVersion(): string {
	if (process.env.BUILD_VERSION) return process.env.BUILD_VERSION;
	try {
		return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
	} catch {
		return process.env.npm_package_version ?? 'dev';
	}
}

export default defineConfig({
	plugins: [
		sveltekit({
			compilerOptions: {
				runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
			},
			adapter: adapter({ out: 'build' }),
			// One name for the client and server halves of a build (the default is a timestamp,
			// taken again by any other process that syncs .svelte-kit meanwhile).
			version: { name: buildVersion() },
			// The app's and a page's styles are a few kB: inlined, the first paint needs no further
			// round trip (a mobile network's 150 ms each). Leaflet's stylesheet stays a file.
			inlineStyleThreshold: 5000,
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:'],
					'connect-src': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none'],
					'base-uri': ['self'],
					'object-src': ['none']
				}
			}
		})
	],
	build: {
		// Pages sent without the SvelteKit client import their scripts (and the map its styles) as
		// URLs: kept as files, as a small one would become a data: URL, which the CSP refuses.
		assetsInlineLimit: (file) => (/\.(js|css)$/.test(file) ? false : undefined)
	},
	server: {
		// In development the API runs on its own port; in production both share one origin.
		proxy: {
			'/graphql': { target: process.env.API_DEV_URL ?? 'http://127.0.0.1:3001', ws: true },
			'/documents': { target: process.env.API_DEV_URL ?? 'http://127.0.0.1:3001' },
			'/guide.pdf': { target: process.env.API_DEV_URL ?? 'http://127.0.0.1:3001' },
			'/geo': { target: process.env.API_DEV_URL ?? 'http://127.0.0.1:3001' }
		}
	}
});
