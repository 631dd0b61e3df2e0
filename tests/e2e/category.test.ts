import { expect, test } from '@playwright/test';
import { at, GHCR } from './helpers.ts';

const items = '#category-errors > li';

test('a category lists its errors compactly, the most reported first', async ({ page }) => {
	await page.goto(at('/github-actions/'));
	const counts = (await page.locator(`${items} .reports`).allInnerTexts()).map((text) => Number.parseInt(text, 10));
	expect(counts.length).toBeGreaterThan(10);
	expect(counts).toEqual([...counts].sort((a, b) => b - a));
	// The most reported GitHub Actions error leads, linked by its message.
	const first = page.locator(items).first();
	await expect(first.getByRole('link')).toHaveAttribute('href', GHCR);
	await expect(first.getByRole('link')).toHaveText('denied: permission_denied: write_package');
	// One line of description per error.
	for (const desc of await page.locator(`${items} .desc`).all()) {
		const { height, lineHeight } = await desc.evaluate((p) => ({
			height: p.getBoundingClientRect().height,
			lineHeight: Number.parseFloat(getComputedStyle(p).lineHeight),
		}));
		expect(height).toBeLessThanOrEqual(lineHeight + 1);
	}
});

test('on a phone four errors or more fit one screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(at('/github-actions/'));
	const heights = await page.locator(items).evaluateAll((list) => list.map((li) => li.getBoundingClientRect().height));
	const average = heights.reduce((a, b) => a + b, 0) / heights.length;
	expect(average).toBeLessThanOrEqual(844 / 4);
});

test('the filter box narrows the list and says how many are shown', async ({ page }) => {
	await page.goto(at('/github-actions/'));
	const all = await page.locator(items).count();
	const box = page.getByRole('searchbox', { name: 'Filter these errors' });
	await box.fill('ghcr');
	const shown = page.locator(`${items}:visible`);
	await expect(shown.first()).toBeVisible();
	const count = await shown.count();
	expect(count).toBeGreaterThan(0);
	expect(count).toBeLessThan(all);
	for (const text of await shown.allInnerTexts()) expect(text.toLowerCase()).toContain('ghcr');
	await expect(page.locator('[data-filter-status]')).toHaveText(`${count} of ${all} errors shown.`);
	await box.fill('no such words here');
	await expect(shown).toHaveCount(0);
	await box.fill('');
	await expect(shown).toHaveCount(all);
	await expect(page.locator('[data-filter-status]')).toHaveText('');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every error is listed and the filter box, which needs scripts, is not shown', async ({ page }) => {
		await page.goto(at('/github-actions/'));
		await expect(page.getByRole('searchbox', { name: 'Filter these errors' })).toBeHidden();
		const all = page.locator(items);
		expect(await all.count()).toBeGreaterThan(10);
		await expect(page.locator(`${items}:visible`)).toHaveCount(await all.count());
	});
});
