import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { GHCR } from './helpers.ts';

test.describe('on a phone (390×844)', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('"On this page" is a folding bar that sticks to the top and closes when a section is picked', async ({ page }) => {
		await page.goto(GHCR);
		const bar = page.locator('details.toc-bar');
		await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
		await bar.locator('summary').click();
		await expect(bar.getByRole('link', { name: 'Causes' })).toBeVisible();
		await bar.getByRole('link', { name: 'FAQ', exact: true }).click();
		await expect(page).toHaveURL(/#faq$/);
		await expect(bar).not.toHaveAttribute('open');
		// Stuck to the top, naming the section in view, and not covering its heading.
		const barBox = (await bar.boundingBox())!;
		expect(Math.round(barBox.y)).toBe(0);
		await expect(bar.locator('[data-toc-current]')).toHaveText('FAQ');
		const heading = (await page.locator('#faq').boundingBox())!;
		expect(heading.y).toBeGreaterThanOrEqual(barBox.y + barBox.height);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`the phone layout with the bar open has no axe violations (${theme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(GHCR);
			await page.locator('details.toc-bar summary').click();
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		});
	}

	test('the breadcrumb keeps to one line, cutting the page name short', async ({ page }) => {
		await page.goto(GHCR);
		const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
		const height = await trail.locator('ol').evaluate((list) => list.getBoundingClientRect().height);
		expect(height).toBeLessThan(32);
		const current = trail.locator('li').last();
		expect(await current.evaluate((item) => item.scrollWidth > item.clientWidth)).toBe(true);
		await expect(current).toHaveCSS('text-overflow', 'ellipsis');
	});

	test('the header, theme toggle included, fits one row', async ({ page }) => {
		await page.goto(GHCR);
		const header = (await page.locator('.site-header').boundingBox())!;
		expect(header.height).toBeLessThan(64);
		await expect(page.getByRole('button', { name: 'Dark theme' })).toBeInViewport();
	});
});

test.describe('on a wide screen', () => {
	test.use({ viewport: { width: 1366, height: 900 } });

	test('the table of contents marks the section being read', async ({ page }) => {
		await page.goto(GHCR);
		const toc = page.getByRole('navigation', { name: 'On this page' });
		await expect(toc).toBeVisible();
		await expect(page.locator('details.toc-bar')).toBeHidden();
		await page.locator('#faq').evaluate((heading) => heading.scrollIntoView());
		await expect(toc.getByRole('link', { name: 'FAQ', exact: true })).toHaveAttribute('aria-current', 'true');
		await expect(toc.locator('a[aria-current]')).toHaveCount(1);
		await page.locator('#causes').evaluate((heading) => heading.scrollIntoView());
		await expect(toc.getByRole('link', { name: 'Causes', exact: true })).toHaveAttribute('aria-current', 'true');
		await expect(toc.locator('a[aria-current]')).toHaveCount(1);
	});
});

test.describe('without JavaScript, on a phone', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

	test('the "On this page" bar still opens', async ({ page }) => {
		await page.goto(GHCR);
		const bar = page.locator('details.toc-bar');
		await bar.locator('summary').click();
		await expect(bar.getByRole('link', { name: 'Sources', exact: true })).toBeVisible();
	});
});
