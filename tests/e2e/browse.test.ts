import { expect, test } from '@playwright/test';
import { GHCR, watchConsole } from './helpers.ts';

test('home → category → error page → a related error', async ({ page }) => {
	const console = watchConsole(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('exact fix');

	await page
		.getByRole('link', { name: /^GitHub Actions/ })
		.first()
		.click();
	await expect(page).toHaveURL('/github-actions/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('GitHub Actions errors and fixes');

	await page.locator(`a[href="${GHCR}"]`).first().click();
	await expect(page).toHaveURL(GHCR);
	await expect(page.locator('#signature-text')).toContainText('denied: permission_denied: write_package');
	await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('GitHub Actions');
	await expect(page.getByText(/Last reviewed/)).toBeVisible();

	const related = page.getByRole('region', { name: 'Related errors' }).getByRole('link').first();
	const href = await related.getAttribute('href');
	expect(href).toMatch(/^\/[a-z-]+\/[a-z0-9-]+\/$/);
	await related.click();
	await expect(page).toHaveURL(href!);
	await expect(page.locator('#signature-text')).toBeVisible();
	console.expectClean();
});

test('an error page shows every section a reader needs', async ({ page }) => {
	await page.goto(GHCR);
	for (const name of ['Causes, most common first', 'Quick fixes', 'FAQ', 'Sources', 'Related errors']) {
		await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
	}
	await expect(page.locator('.quick-answer')).toContainText('Most common fix');
	// Quick-fix code is highlighted by Shiki.
	await expect(page.locator('#quick-fixes ~ .fix .astro-code, .fix .astro-code').first()).toBeVisible();
	const edit = page.getByRole('link', { name: 'Edit this page' });
	await expect(edit).toHaveAttribute('href', /\/edit\/main\/content\/errors\/github-actions\/ghcr-push-permission-denied\.mdx$/);
	const source = page.getByRole('region', { name: 'Sources' }).getByRole('link').first();
	await expect(source).toHaveAttribute('href', /^https:\/\//);
});

test('the 404 page offers search and categories', async ({ page }) => {
	const response = await page.goto('/no-such-error/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('search')).toHaveCount(2);
	await expect(page.getByRole('link', { name: /^Docker/ })).toBeVisible();
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('the theme choice applies at once and persists across pages', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto(GHCR, { waitUntil: 'commit' });
	// Set before first paint by the inline script in <head>, so there is no flash of the light theme.
	await page.waitForSelector('body', { state: 'attached' });
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).toBe('rgb(15, 18, 22)');
});

test('the theme follows the system when the reader has not chosen', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
