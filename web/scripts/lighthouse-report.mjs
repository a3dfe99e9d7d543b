#!/usr/bin/env node
// Web performance report: for the home, directory, partner and map pages, the initial
// JavaScript (gzip, from the build output, as `bundle-report.mjs` counts it) and Lighthouse's
// mobile scores (simulated throttling, Lighthouse's default), beside the goals of issue #9:
// the directory's initial JavaScript under 80 kB gzip, performance and accessibility ≥ 95.
//
// It starts the built hub (API + web app, NODE_ENV=production) on a throw-away embedded
// PostgreSQL with the demo data, and a headless Debian Chromium; both are stopped at the end.
// A missed goal is reported, not an error: the exit code is 0 unless the run itself fails.
//
// Usage: npm run bench:web   (builds first; `npm --workspace web run bench:lighthouse` reuses the build)
// Environment: BENCH_RUNS (Lighthouse runs per page, median kept; default 3),
//              BENCH_PARTNER (slug of the partner page; default unafam-moselle),
//              CHROME_PATH (default /usr/bin/chromium),
//              BENCH_REPORT_DIR (also write each page's Lighthouse report there, HTML and JSON).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleReport } from './bundle-report.mjs';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(webDir, '..');
const mainScript = join(repoRoot, 'api/dist/api/src/main.js');
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const runs = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
const partnerSlug = process.env.BENCH_PARTNER || 'unafam-moselle';
const reportDir = process.env.BENCH_REPORT_DIR ? resolve(process.env.BENCH_REPORT_DIR) : null;

const GOALS = { directoryJsKb: 80, performance: 95, accessibility: 95 };
const PAGES = [
	{ name: 'home', path: '/', route: '/' },
	{ name: 'directory', path: '/annuaire', route: '/annuaire', jsGoal: true },
	{ name: 'partner', path: `/annuaire/${partnerSlug}`, route: '/annuaire/[slug]' },
	{ name: 'map', path: '/carte', route: '/carte' }
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const started = Date.now();
const log = (/** @type {string} */ message) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** @returns {Promise<number>} */
function freePort() {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolvePort(port));
		});
	});
}

/** Polls `check` until it returns true, or fails with `what` after `ms`. */
async function waitFor(/** @type {() => Promise<boolean>} */ check, /** @type {string} */ what, ms, /** @type {() => boolean} */ gone) {
	const deadline = Date.now() + ms;
	for (;;) {
		if (gone()) throw new Error(`${what}: the process exited`);
		if (await check().catch(() => false)) return;
		if (Date.now() > deadline) throw new Error(`${what}: no answer after ${ms / 1000} s`);
		await sleep(150);
	}
}

/** @type {Array<() => Promise<void>>} */
const cleanups = [];
async function cleanUp() {
	while (cleanups.length) await /** @type {() => Promise<void>} */ (cleanups.pop())().catch(() => undefined);
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.once(signal, () => void cleanUp().then(() => process.exit(130)));
}

/** Starts a child process; stopping it sends SIGTERM, then SIGKILL after 10 s. */
function startProcess(/** @type {string} */ command, /** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env) {
	const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
	/** @type {string[]} */
	const output = [];
	const keep = (/** @type {Buffer} */ chunk) => {
		output.push(...chunk.toString().split('\n').filter(Boolean));
		if (output.length > 200) output.splice(0, output.length - 200);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	const exited = new Promise((r) => child.once('exit', r));
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
		await exited;
		clearTimeout(killer);
	};
	const gone = () => child.exitCode !== null || child.signalCode !== null;
	return { child, output, stop, gone };
}

async function startHub() {
	const dataDir = await mkdtemp(join(tmpdir(), 'clsm-bench-web-'));
	cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const { DATABASE_URL: _ignored, ...inherited } = process.env;
	const hub = startProcess(process.execPath, [mainScript], {
		...inherited,
		NODE_ENV: 'production',
		AUTH_SECRET: randomBytes(24).toString('base64url'),
		DATA_DIR: dataDir,
		DEMO_DATA: 'true',
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: url,
		GEOCODER: 'none',
		// No tile server is reachable from a benchmark machine; set it to measure real tiles.
		MAP_TILE_URL: process.env.MAP_TILE_URL || 'none',
		LOG_LEVEL: 'warn'
	});
	cleanups.push(hub.stop);
	try {
		await waitFor(() => fetch(`${url}/readyz`).then((r) => r.ok), 'the hub', 120_000, hub.gone);
	} catch (error) {
		console.error(hub.output.join('\n'));
		throw error;
	}
	return { url, hub };
}

async function startChromium() {
	const profile = await mkdtemp(join(tmpdir(), 'clsm-bench-chromium-'));
	cleanups.push(() => rm(profile, { recursive: true, force: true }));
	const port = await freePort();
	const chromium = startProcess(
		chromePath,
		[
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-default-apps',
			'--disable-extensions',
			'--no-first-run',
			'--no-default-browser-check',
			`--user-data-dir=${profile}`,
			`--remote-debugging-port=${port}`,
			'about:blank'
		],
		process.env
	);
	cleanups.push(chromium.stop);
	try {
		await waitFor(() => fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok), 'Chromium', 30_000, chromium.gone);
	} catch (error) {
		console.error(chromium.output.join('\n'));
		throw error;
	}
	return { port };
}

/** @template {{ score: number }} T @param {T[]} values */
const median = (values) => {
	const sorted = [...values].sort((a, b) => a.score - b.score);
	return sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * One page, `runs` times; the run with the median performance score is kept (Lighthouse's advice).
 * @param {(url: string, flags: object) => Promise<any>} lighthouse
 */
async function audit(lighthouse, /** @type {string} */ url, /** @type {number} */ port, /** @type {string} */ label) {
	const results = [];
	for (let run = 1; run <= runs; run++) {
		const result = await lighthouse(url, {
			port,
			logLevel: 'error',
			output: reportDir ? ['html', 'json'] : 'json',
			onlyCategories: CATEGORIES
		});
		if (!result?.lhr) throw new Error(`Lighthouse gave no result for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const score = Math.round((lhr.categories.performance?.score ?? 0) * 100);
		log(`  ${label} run ${run}/${runs}: performance ${score}, accessibility ${Math.round((lhr.categories.accessibility?.score ?? 0) * 100)}`);
		results.push({ score, lhr, report: result.report });
	}
	return median(results);
}

const pct = (/** @type {number | null | undefined} */ score) => (score == null ? '–' : String(Math.round(score * 100)));
const seconds = (/** @type {any} */ lhr, /** @type {string} */ id) => {
	const value = lhr.audits[id]?.numericValue;
	return value == null ? '–' : `${(value / 1000).toFixed(1)} s`;
};
const ms = (/** @type {any} */ lhr, /** @type {string} */ id) => {
	const value = lhr.audits[id]?.numericValue;
	return value == null ? '–' : `${Math.round(value)} ms`;
};
const cls = (/** @type {any} */ lhr) => {
	const value = lhr.audits['cumulative-layout-shift']?.numericValue;
	return value == null ? '–' : value.toFixed(3);
};

/** The audits that cost a category points: failed ones with a weight, worst first. */
function losses(/** @type {any} */ lhr, /** @type {string} */ category) {
	const refs = lhr.categories[category]?.auditRefs ?? [];
	return refs
		.filter((/** @type {any} */ ref) => ref.weight > 0)
		.map((/** @type {any} */ ref) => ({ ref, audit: lhr.audits[ref.id] }))
		.filter(({ audit }) => audit && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable')
		.sort((a, b) => b.ref.weight * (1 - b.audit.score) - a.ref.weight * (1 - a.audit.score))
		.map(({ audit }) => `${audit.id} (${Math.round(audit.score * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''}): ${audit.title}`);
}

/** Prints rows as an aligned, plain-text table. */
function table(/** @type {string[]} */ header, /** @type {string[][]} */ rows) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	const line = (/** @type {string[]} */ cells) => cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
	if (!existsSync(chromePath)) {
		console.error(`No Chromium at ${chromePath}. Install it (Debian: \`apt-get install -y chromium\`) or set CHROME_PATH.`);
		return 1;
	}
	if (!existsSync(mainScript) || !existsSync(join(webDir, 'build/handler.js'))) {
		console.error('The hub is not built: run `npm run bench:web` at the root (it builds first), or `npm run build`.');
		return 1;
	}
	const bundles = bundleReport(webDir);
	if (!bundles) {
		console.error('No build output in web/.svelte-kit/output: run `npm run build` first.');
		return 1;
	}
	const initialJs = new Map(bundles.pages.map((page) => [page.id, page.initialGzip]));

	log('starting the hub (production mode, embedded PostgreSQL with the demo data)…');
	const { url } = await startHub();
	log(`hub ready at ${url}`);
	for (const page of PAGES) {
		const response = await fetch(url + page.path);
		if (!response.ok) throw new Error(`${page.path} answers ${response.status}${page.name === 'partner' ? ' (set BENCH_PARTNER to a demo partner slug)' : ''}`);
	}

	log(`starting ${chromePath} (headless)…`);
	const { port } = await startChromium();
	const { default: lighthouse } = await import('lighthouse');
	if (reportDir) await mkdir(reportDir, { recursive: true });

	const results = [];
	for (const [index, page] of PAGES.entries()) {
		log(`[${index + 1}/${PAGES.length}] Lighthouse, mobile: ${page.path}`);
		const { lhr, report } = await audit(lighthouse, url + page.path, port, page.name);
		if (reportDir) {
			await writeFile(join(reportDir, `${page.name}.html`), report[0]);
			await writeFile(join(reportDir, `${page.name}.json`), report[1]);
		}
		results.push({ page, lhr, js: initialJs.get(page.route) });
	}

	const rows = [];
	const missed = [];
	for (const { page, lhr, js } of results) {
		const perf = Math.round((lhr.categories.performance.score ?? 0) * 100);
		const a11y = Math.round((lhr.categories.accessibility.score ?? 0) * 100);
		const jsKb = js == null ? null : js / 1024;
		const misses = [];
		if (page.jsGoal && (jsKb == null || jsKb >= GOALS.directoryJsKb)) misses.push(`JS ${jsKb == null ? '?' : jsKb.toFixed(1)} kB`);
		if (perf < GOALS.performance) misses.push(`perf ${perf}`);
		if (a11y < GOALS.accessibility) misses.push(`a11y ${a11y}`);
		if (misses.length) missed.push({ page, lhr, perf, a11y });
		const goal = `${page.jsGoal ? `JS < ${GOALS.directoryJsKb} kB, ` : ''}perf ≥ ${GOALS.performance}, a11y ≥ ${GOALS.accessibility}`;
		rows.push([
			page.path,
			jsKb == null ? '?' : `${jsKb.toFixed(1)} kB`,
			String(perf),
			String(a11y),
			pct(lhr.categories['best-practices']?.score),
			pct(lhr.categories.seo?.score),
			seconds(lhr, 'first-contentful-paint'),
			seconds(lhr, 'largest-contentful-paint'),
			ms(lhr, 'total-blocking-time'),
			cls(lhr),
			goal,
			misses.length ? `NOT MET (${misses.join(', ')})` : 'met'
		]);
	}

	console.log('');
	console.log(`Web performance: Lighthouse ${results[0].lhr.lighthouseVersion}, mobile (simulated throttling), median of ${runs} run${runs > 1 ? 's' : ''} per page; initial JS = gzip, 1 kB = 1024 bytes`);
	console.log('');
	console.log(table(['page', 'initial JS', 'perf', 'a11y', 'b.p.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'goal', 'result'], rows));
	console.log('');
	for (const { page, lhr, perf, a11y } of missed) {
		if (perf < GOALS.performance) console.log(`${page.path}, performance: ${losses(lhr, 'performance').join('; ') || 'no single audit below 90'}`);
		if (a11y < GOALS.accessibility) console.log(`${page.path}, accessibility: ${losses(lhr, 'accessibility').join('; ')}`);
	}
	const warnings = [...new Set(results.flatMap(({ lhr }) => lhr.runWarnings ?? []))];
	if (warnings.length) console.log(`Lighthouse warnings: ${warnings.join(' | ')}`);
	console.log(missed.length ? `Goals NOT met on ${missed.length} of ${results.length} pages.` : `All goals met on the ${results.length} pages.`);
	if (reportDir) console.log(`Lighthouse reports (HTML, JSON) in ${reportDir}`);
	return 0;
}

let code = 1;
try {
	code = await main();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
} finally {
	log('stopping Chromium and the hub…');
	await cleanUp();
}
process.exit(code);
