import { expect, test } from '@playwright/test';
import { GHCR } from './helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the copy button copies the error signature', async ({ page }) => {
	await page.goto(GHCR);
	const expected = (await page.locator('#signature-text').innerText()).trimEnd();
	await page.getByRole('button', { name: 'Copy error' }).click();
	await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
	expect(expected).toContain('denied: permission_denied: write_package');
});

test('a quick fix copy button copies its code', async ({ page }) => {
	await page.goto(GHCR);
	const code = (await page.locator('#fix-code-0').innerText()).trimEnd();
	await page.getByRole('button', { name: 'Copy code' }).first().click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
	expect(code.length).toBeGreaterThan(10);
});
