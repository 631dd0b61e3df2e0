import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { at, GHCR, watchConsole } from './helpers.ts';

const ghcrLog = readFileSync('tests/fixtures/logs/github-actions/ghcr-push-permission-denied/ci.log', 'utf8');
const unrelated =
	'FAIL src/cart.test.ts > totals > applies the discount\nAssertionError: expected 90 to equal 81\n    at src/cart.test.ts:14:22\nnpm error Lifecycle script `test` failed with error:';

/** The first result card of the paste box. */
const firstCard = (page: Page) => page.locator('[data-paste-results] > li.match').first();

/** Checks the card says what matched, where, in which category, and what to do. */
async function expectFullCard(page: Page) {
	const card = firstCard(page);
	await expect(card.getByRole('link')).toHaveAttribute('href', GHCR);
	await expect(card.locator('.badge')).toHaveText(/^(?:Exact|Likely) match$/);
	// The category's name, not its id.
	await expect(card.locator('.category')).toHaveText('GitHub Actions');
	await expect(card.locator('.line-number')).toHaveText(/^line \d+$/);
	await expect(card.locator('.line mark').first()).toBeVisible();
	await expect(card.locator('.wording')).toContainText('Matched:');
	await expect(card.locator('.fix')).toHaveText(/^Fix: Grant packages: write to the job/);
}

test.describe('on a phone (390×844)', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the paste box comes first, before the text search', async ({ page }) => {
		await page.goto(at('/'));
		const paste = (await page.getByLabel('Error output or CI log').boundingBox())!;
		const search = (await page.getByRole('searchbox', { name: 'Search by error text or code' }).boundingBox())!;
		expect(paste.y).toBeLessThan(search.y);
		await expect(page.getByLabel('Error output or CI log')).toBeInViewport();
		await expect(page.getByRole('button', { name: 'Try an example' })).toBeInViewport();
	});

	test('"Try an example" fills a real CI log and scrolls its answer into view', async ({ page }) => {
		const console = watchConsole(page);
		await page.goto(at('/'));
		await page.getByRole('button', { name: 'Try an example' }).click();
		await expect(page.getByLabel('Error output or CI log')).toHaveValue(ghcrLog);
		await expectFullCard(page);
		await expect(firstCard(page)).toBeInViewport();
		// The status line does not repeat the card to the eye; a screen reader still hears the answer.
		const status = page.locator('[data-paste-status]');
		await expect(status).toHaveText(/^(?:Exact|Likely) match: .*ghcr\.io/);
		expect(await status.locator(':not(.visually-hidden)').count()).toBe(0);
		// A sure match needs no full-text results.
		await expect(page.locator('[data-paste-fallback]')).toBeHidden();
		console.expectClean();
	});

	test('a log pasted with Ctrl+V gets its first result scrolled into view', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(at('/'));
		await page.evaluate((text) => navigator.clipboard.writeText(text), ghcrLog);
		await page.getByLabel('Error output or CI log').focus();
		await page.keyboard.press('ControlOrMeta+V');
		await expectFullCard(page);
		await expect(firstCard(page)).toBeInViewport();
	});
});

test('on a wide screen the paste box uses the width, with the text search beside it', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto(at('/'));
	const paste = (await page.locator('[data-paste-matcher]').boundingBox())!;
	const search = (await page.getByRole('searchbox', { name: 'Search by error text or code' }).boundingBox())!;
	// Two columns across the page: the paste box the wider one, the search to its right, reaching the far edge.
	expect(paste.width).toBeGreaterThan(700);
	expect(search.x).toBeGreaterThan(paste.x + paste.width);
	expect(search.x + search.width).toBeGreaterThan(paste.x + 1000);
	await expect(page.getByLabel('Error output or CI log')).toBeInViewport();
	await expect(page.getByRole('searchbox', { name: 'Search by error text or code' })).toBeInViewport();
});

test('with no sure match, full-text results stand in, and "Suggest a new page" carries the masked error line', async ({ page }) => {
	await page.goto(at('/'));
	await page.getByLabel('Error output or CI log').fill(`${unrelated}\nAuthorization: Bearer abc.def.ghi token=hunter2pass`);
	await expect(page.locator('[data-paste-status]')).toContainText('No known match');
	const fallback = page.locator('[data-paste-fallback]');
	await expect(fallback).toBeVisible();
	// A heading only over results.
	const heading = fallback.getByRole('heading', { name: 'Full-text results' });
	await expect(fallback).toHaveAttribute('data-empty', /^(?:true|false)$/);
	const hits = await fallback.locator('[data-paste-text-results] li').count();
	if (hits === 0) await expect(heading).toBeHidden();
	else await expect(heading).toBeVisible();
	await expect(page.locator('[data-paste-more]')).toContainText('No page for this error yet? Suggest a new page');
	const suggest = page.getByRole('link', { name: 'Suggest a new page' });
	await expect(suggest).toHaveAttribute('href', /[?&]error-text=/);
	const href = new URL((await suggest.getAttribute('href'))!);
	expect(href.searchParams.get('template')).toBe('new-error-page.yml');
	expect(href.searchParams.get('error-text')).toBe('npm error Lifecycle script `test` failed with error:');
	expect(href.href).not.toContain('hunter2pass');
});

test('a paste whose only error line holds a secret gets it masked in the suggestion', async ({ page }) => {
	await page.goto(at('/'));
	await page.getByLabel('Error output or CI log').fill('fatal: could not read from https://bob:urlpass42@git.example.test/acme/api failed');
	await expect(page.locator('[data-paste-status]')).toContainText('No known match');
	const suggest = page.getByRole('link', { name: 'Suggest a new page' });
	await expect(suggest).toHaveAttribute('href', /[?&]error-text=/);
	const line = new URL((await suggest.getAttribute('href'))!).searchParams.get('error-text');
	expect(line).toMatch(/^fatal: could not read from https:\/\/bob:.+@git\.example\.test/);
	expect(line).not.toContain('urlpass42');
});

test('"Recently reviewed" shows one page per category', async ({ page }) => {
	await page.goto(at('/'));
	const section = page.getByRole('region', { name: 'Recently reviewed' });
	const categories = await section.locator('.category').allInnerTexts();
	expect(categories.length).toBeGreaterThan(3);
	expect(new Set(categories).size).toBe(categories.length);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the example button, which needs scripts, is not shown', async ({ page }) => {
		await page.goto(at('/'));
		await expect(page.getByRole('button', { name: 'Try an example' })).toBeHidden();
	});
});
