import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { at, GHCR, watchConsole } from './helpers.ts';

const dialog = (page: import('@playwright/test').Page) => page.getByRole('dialog', { name: 'Search errors' });

test('"/" opens the search dialog from any page; results come as you type and are announced; Escape closes it', async ({ page }) => {
	const console = watchConsole(page);
	await page.goto(at('/github-actions/'));
	await page.locator('h1').click();
	await page.keyboard.press('/');
	await expect(dialog(page)).toBeVisible();
	const input = dialog(page).getByRole('searchbox', { name: 'Search all errors' });
	await expect(input).toBeFocused();
	await page.keyboard.type('write_package');
	await expect(dialog(page).locator('[data-search-dialog-results] li a').first()).toHaveAttribute('href', GHCR);
	await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results? for “write_package”\.$/);
	// Still on the same page.
	await expect(page).toHaveURL(at('/github-actions/'));
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	console.expectClean();
});

test('Ctrl+K opens it; Tab keeps focus inside; Enter opens the search page with the query', async ({ page }) => {
	await page.goto(at('/'));
	await page.keyboard.press('Control+k');
	await expect(dialog(page)).toBeVisible();
	await page.keyboard.type('ERESOLVE');
	await expect(dialog(page).locator('[data-search-dialog-results] li a').first()).toBeVisible();
	for (const key of ['Tab', 'Shift+Tab']) {
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press(key);
			expect(await page.evaluate(() => !!document.activeElement?.closest('dialog')), `${key} ×${i + 1}`).toBe(true);
		}
	}
	await dialog(page).getByRole('searchbox').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(at('/search/?q=ERESOLVE'));
});

test('"/" typed in a field is text, not a shortcut', async ({ page }) => {
	await page.goto(at('/'));
	await page.getByLabel('Error output or CI log').fill('path/to');
	await page.getByLabel('Error output or CI log').press('/');
	await expect(dialog(page)).toBeHidden();
	await expect(page.getByLabel('Error output or CI log')).toHaveValue('path/to/');
});

test('on a phone the header Search link opens the dialog, and closing it returns focus to the link', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(GHCR);
	const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' });
	await link.click();
	await expect(dialog(page)).toBeVisible();
	await dialog(page).getByRole('button', { name: 'Close' }).click();
	await expect(dialog(page)).toBeHidden();
	await expect(link).toBeFocused();
});

for (const theme of ['light', 'dark'] as const) {
	test(`the open dialog with results has no axe violations (${theme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		await page.goto(at('/'));
		await page.keyboard.press('/');
		await page.keyboard.type('denied');
		await expect(dialog(page).locator('[data-search-dialog-results] li').first()).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the Search link leads to the search page', async ({ page }) => {
		await page.goto(at('/'));
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
		await expect(page).toHaveURL(at('/search/'));
	});
});
