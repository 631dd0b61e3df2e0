import { expect, test } from '@playwright/test';
import { at, GHCR } from './helpers.ts';

test('an error page has its own social card: a 1200×630 PNG of its category and first signature', async ({ page, request }) => {
	await page.goto(GHCR);
	const og = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(og).toMatch(/\/og\/github-actions\/ghcr-push-permission-denied\.png$/);
	await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', og!);
	await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
		'content',
		'GitHub Actions: denied: permission_denied: write_package',
	);
	const response = await request.get(at('/og/github-actions/ghcr-push-permission-denied.png'));
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const png = await response.body();
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('other pages keep the site card', async ({ page }) => {
	await page.goto(at('/'));
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\.png$/);
});
