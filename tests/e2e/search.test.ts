import { expect, test } from '@playwright/test';
import { at, GHCR, watchConsole } from './helpers.ts';

const firstResult = (page: import('@playwright/test').Page) => page.locator('[data-search-results] li a').first();

/** Returns the links of the first `count` results of a search, once they are shown. */
async function topResults(page: import('@playwright/test').Page, query: string, count: number): Promise<(string | null)[]> {
	await page.goto(at(`/search/?q=${query}`));
	await expect(firstResult(page)).toBeVisible();
	return page.locator('[data-search-results] li a').evaluateAll((links, n) => links.slice(0, n).map((a) => a.getAttribute('href')), count);
}

test('searching permission_denied lists the GHCR page first', async ({ page }) => {
	const console = watchConsole(page);
	await page.goto(at('/search/?q=permission_denied'));
	await expect(page.locator('#q')).toHaveValue('permission_denied');
	await expect(firstResult(page)).toHaveAttribute('href', GHCR);
	console.expectClean();
});

for (const [query, expected] of [
	['write_package', '/github-actions/ghcr-push-permission-denied/'],
	['ghcr.io', '/github-actions/ghcr-push-permission-denied/'],
	['Resource not accessible by integration', '/github-actions/resource-not-accessible-by-integration/'],
	['publickey', '/git/permission-denied-publickey/'],
	['npm-shrinkwrap.json', '/npm/npm-ci-lockfile-out-of-sync/'],
	['registry-1.docker.io', '/docker/dockerhub-incorrect-username-or-password/'],
	['no basic auth credentials', '/docker/ecr-no-basic-auth-credentials/'],
	['ERESOLVE', '/npm/eresolve-unable-to-resolve-dependency-tree/'],
	['EACCES', '/npm/eacces-permission-denied/'],
	['ERR_OSSL_EVP_UNSUPPORTED', '/node/err-ossl-evp-unsupported/'],
	['ACTIONS_ID_TOKEN_REQUEST_URL', '/github-actions/oidc-token-permission-missing/'],
	['ERR_PNPM_OUTDATED_LOCKFILE', '/npm/pnpm-outdated-lockfile/'],
	['YN0028', '/npm/yarn-lockfile-would-be-modified/'],
	['toomanyrequests', '/docker/pull-rate-limit/'],
	['safe.directory', '/git/dubious-ownership/'],
	['OOMKilled', '/kubernetes/oomkilled/'],
] as const) {
	test(`searching ${query} finds ${expected} first`, async ({ page }) => {
		await page.goto(at(`/search/?q=${encodeURIComponent(query)}`));
		await expect(firstResult(page)).toHaveAttribute('href', at(expected));
	});
}

// A broad identifier that many pages mention: the page about it must still be near the top.
test('searching GITHUB_TOKEN lists the GHCR page among the first five results', async ({ page }) => {
	expect(await topResults(page, 'GITHUB_TOKEN', 5)).toContain(GHCR);
});

test('typing in the box searches and updates the URL', async ({ page }) => {
	await page.goto(at('/search/'));
	await page.getByLabel('Error text, code or keyword').fill('write_package');
	await expect(firstResult(page)).toHaveAttribute('href', GHCR);
	await expect(page).toHaveURL(/\?q=write_package/);
});

test('the category filter narrows the results', async ({ page }) => {
	await page.goto(at('/search/?q=denied'));
	const results = page.locator('[data-search-results] li');
	await expect(results.first()).toBeVisible();
	const all = await results.count();
	await page.getByLabel('Category', { exact: true }).selectOption('Docker');
	await expect(page).toHaveURL(/category=Docker/);
	await expect(page.locator('[data-search-status]')).toContainText('in Docker');
	const filtered = await results.count();
	expect(filtered).toBeGreaterThan(0);
	expect(filtered).toBeLessThan(all);
	for (const meta of await page.locator('[data-search-results] li .meta').allInnerTexts()) expect(meta).toBe('Docker');
});

test('with JavaScript the no-JavaScript message is hidden', async ({ page }) => {
	await page.goto(at('/search/'));
	await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeHidden();
});

test('the header search form lands on the search page with the query', async ({ page }) => {
	await page.goto(at('/'));
	await page.getByRole('searchbox', { name: 'Search errors' }).fill('write_package');
	await page.getByRole('searchbox', { name: 'Search errors' }).press('Enter');
	await expect(page).toHaveURL(at('/search/?q=write_package'));
	await expect(firstResult(page)).toHaveAttribute('href', GHCR);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the search page explains itself and links every category', async ({ page }) => {
		await page.goto(at('/search/?q=ERESOLVE'));
		await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
		await expect(page.getByRole('link', { name: /^npm, pnpm & Yarn/ })).toBeVisible();
	});
});

// "lock file" on the page, "lockfile" in the query: the page's short name is searchable too.
test('searching lockfile lists the npm ci lock file page among the first three results', async ({ page }) => {
	expect(await topResults(page, 'lockfile', 3)).toContain(at('/npm/npm-ci-lockfile-out-of-sync/'));
});

test('excerpts keep their spaces and hold only page text: no labels, buttons or hidden spellings', async ({ page }) => {
	const queries = [
		'exit code 128',
		'permission denied while',
		'write_package',
		'ghcr.io',
		'lockfile',
		'EACCES',
		'OOMKilled',
		'GITHUB_TOKEN',
	];
	for (const query of queries) {
		await page.goto(at(`/search/?q=${encodeURIComponent(query)}`));
		await expect(firstResult(page)).toBeVisible();
		// Pagefind's own excerpts, tags stripped, against what the page shows: every space must survive.
		const raw = await page.evaluate(
			async ({ q, script }) => {
				type Result = { data(): Promise<{ excerpt: string }> };
				const pagefind = (await import(script)) as { search(q: string): Promise<{ results: Result[] }> };
				const search = await pagefind.search(q);
				const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
				return data.map((d) => d.excerpt.replace(/<\/?mark>/g, ''));
			},
			{ q: query, script: at('/pagefind/pagefind.js') },
		);
		const shown = await page.locator('[data-search-results] li > p:not(.meta)').allInnerTexts();
		expect(shown.length, query).toBeGreaterThan(0);
		for (const [i, text] of shown.slice(0, raw.length).entries()) {
			const spaces = (s: string) => (s.match(/\s+/g) ?? []).length;
			expect(spaces(text), `${query}: excerpt ${i} lost spaces: ${text}`).toBe(spaces(raw[i]!));
			expect(text, query).not.toMatch(/Copy (?:error|code)|wordings? this page covers|Tool versions print| · /);
			expect(text, query).not.toMatch(/exitcode|permissiondenied(?!_)|deniedwhile/i);
		}
	}
});
