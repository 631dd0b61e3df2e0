import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { GHCR, watchConsole } from './helpers.ts';

const pageTypes = [
	['home', '/'],
	['category', '/github-actions/'],
	['error page', GHCR],
	['search', '/search/?q=denied'],
	['404', '/no-such-page/'],
];

for (const theme of ['light', 'dark'] as const) {
	for (const [name, path] of pageTypes) {
		test(`${name} (${theme}) has no axe violations and a clean console`, async ({ page }) => {
			const console = watchConsole(page);
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(path!);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			if (name === 'search') await expect(page.locator('[data-search-results] li').first()).toBeVisible();
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			if (name !== '404') console.expectClean();
		});
	}
}

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto(GHCR);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});
