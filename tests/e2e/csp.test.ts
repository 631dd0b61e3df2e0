import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { GHCR } from './helpers.ts';

const ghcrLog = readFileSync('tests/fixtures/logs/github-actions/ghcr-push-permission-denied/ci.log', 'utf8');

/** The headers the build writes to dist/_headers for hosts that read it. */
function builtHeaders(): Record<string, string> {
	const text = readFileSync('dist/_headers', 'utf8');
	const headers: Record<string, string> = {};
	for (const line of text.split('\n').slice(1)) {
		const at = line.indexOf(':');
		if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
	}
	return headers;
}

const CSP_TEXT = /Content[- ]Security[- ]Policy|Refused to|web worker encountered an error/i;
// A host no policy allows (and the .invalid top-level domain never resolves): the probe of watchCsp().expectNone().
const PROBE_HOST = 'csp-probe.invalid';

/**
 * Records every CSP violation: `securitypolicyviolation` events in each document, and console messages from the
 * page and its workers that mention the policy (Chromium reports blocked inline code and WebAssembly there).
 */
async function watchCsp(page: Page) {
	const violations: string[] = [];
	await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
			report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} in ${event.documentURI}`);
		});
	});
	page.on('console', (message) => {
		if (CSP_TEXT.test(message.text())) violations.push(`console ${message.type()}: ${message.text()}`);
	});
	page.on('worker', (worker) =>
		worker.on('console', (message) => {
			if (CSP_TEXT.test(message.text())) violations.push(`worker ${worker.url()}: ${message.text()}`);
		}),
	);
	page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
	return {
		expectNone: async () => {
			// Violations are reported in tasks of their own. Provoke one more, known violation (a script from a host the
			// policy does not allow, blocked before any request) and wait for its report: the earlier ones came first.
			await page.evaluate((src) => {
				const probe = document.createElement('script');
				probe.src = src;
				document.head.append(probe);
			}, `https://${PROBE_HOST}/probe.js`);
			await expect.poll(() => violations.some((v) => v.includes(PROBE_HOST))).toBe(true);
			expect(
				violations.filter((v) => !v.includes(PROBE_HOST)),
				'Content-Security-Policy violations',
			).toEqual([]);
		},
	};
}

const modes = [
	{ name: 'meta policy', headers: false },
	// What Netlify or Cloudflare Pages serve: the same pages with dist/_headers sent on every response.
	{ name: 'meta policy and _headers', headers: true },
];

for (const mode of modes) {
	test.describe(`with the ${mode.name}`, () => {
		/** URLs served with the _headers added, to show workers' scripts get the policy too. */
		let routed: string[] = [];
		test.beforeEach(async ({ context }) => {
			routed = [];
			if (!mode.headers) return;
			const headers = builtHeaders();
			await context.route('**/*', async (route) => {
				routed.push(route.request().url());
				const response = await route.fetch();
				await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
			});
		});
		// Pagefind may still be preloading when a test ends; its routed requests then have nowhere to go.
		test.afterEach(async ({ context }) => context.unrouteAll({ behavior: 'ignoreErrors' }));

		for (const [type, url] of [
			['home', '/'],
			['category', '/docker/'],
			['error', GHCR],
			['search', '/search/'],
			['404', '/no-such-error/'],
		] as const) {
			test(`the ${type} page runs its scripts without a violation`, async ({ page }) => {
				const csp = await watchCsp(page);
				const response = await page.goto(url);
				if (mode.headers) expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
				await page.waitForLoadState('networkidle');
				// The inline theme script ran (it marks <html>), and the theme toggle's module script answers.
				await expect(page.locator('html')).toHaveClass(/\bjs\b/);
				await page.getByRole('button', { name: 'Dark theme' }).click();
				await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
				await csp.expectNone();
			});
		}

		test('the search journey shows results without a violation', async ({ page }) => {
			const csp = await watchCsp(page);
			await page.goto('/search/');
			await page.getByLabel('Error text, code or keyword').fill('write_package');
			await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute('href', GHCR);
			// Pagefind searched in its worker (WebAssembly), not in its main-thread fallback.
			expect(page.workers().map((worker) => worker.url())).toContainEqual(expect.stringContaining('/pagefind/pagefind-worker.js'));
			if (mode.headers) expect(routed).toContainEqual(expect.stringMatching(/\/pagefind\/wasm\.en\.pagefind$/));
			await csp.expectNone();
		});

		test('the paste journey matches in its worker without a violation', async ({ page }) => {
			const csp = await watchCsp(page);
			await page.goto('/');
			await page.getByLabel('Error output or CI log').fill(ghcrLog);
			await expect(page.locator('[data-paste-results] > li.match').first().getByRole('link')).toHaveAttribute('href', GHCR);
			expect(page.workers().map((worker) => worker.url())).toContainEqual(expect.stringContaining('/_astro/match-worker'));
			if (mode.headers) expect(routed).toContainEqual(expect.stringContaining('/_astro/match-worker'));
			await csp.expectNone();
		});
	});
}

test('the policy blocks what it should: an injected inline script does not run and is reported', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (CSP_TEXT.test(message.text())) violations.push(message.text());
	});
	await page.goto(GHCR);
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injected = true';
		document.head.append(script);
		return (window as unknown as { injected?: boolean }).injected === true;
	});
	expect(ran).toBe(false);
	await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test('every page carries the policy first in <head>, and _headers adds the header-only protections', async ({ page }) => {
	await page.goto(GHCR);
	const first = page.locator('head > meta').nth(1);
	await expect(first).toHaveAttribute('http-equiv', 'content-security-policy');
	const policy = (await first.getAttribute('content')) ?? '';
	for (const directive of [
		"default-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
		"worker-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval' 'sha256-",
		"style-src 'self' 'sha256-",
		"style-src-attr 'unsafe-inline'",
	]) {
		expect(policy).toContain(directive);
	}
	expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	const headers = builtHeaders();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});
