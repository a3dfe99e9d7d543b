import { defineConfig } from 'vitest/config';

// Unit tests need no SvelteKit plugin; without it vitest never rewrites .svelte-kit/ while
// `vite build` of the same package reads it (turbo runs both at once).
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts']
	}
});
