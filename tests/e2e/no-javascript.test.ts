import { expect, test } from '@playwright/test';
import { GHCR } from './helpers.ts';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the copy buttons and the theme toggle, which need scripts, are not shown', async ({ page }) => {
		await page.goto(GHCR);
		await expect(page.locator('html')).not.toHaveClass(/\bjs\b/);
		await expect(page.locator('.copy-button').first()).toBeAttached();
		for (const button of await page.locator('.copy-button, [data-theme-toggle]').all()) await expect(button).toBeHidden();
		// The header search form posts without scripts, so its button stays.
		expect(await page.getByRole('button').allInnerTexts()).toEqual(['Search']);
		// What they would act on is still there to read and select by hand.
		await expect(page.locator('#signature-text')).toBeVisible();
	});
});

test('with JavaScript the copy buttons and the theme toggle are shown', async ({ page }) => {
	await page.goto(GHCR);
	await expect(page.getByRole('button', { name: 'Copy error' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
});
