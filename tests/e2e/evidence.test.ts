// The Evidence section: every error page shows the public reports that quote its error, linked out.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadCatalogueFiles } from '../../src/lib/read-catalogue.ts';
import { GHCR } from './helpers.ts';

const files = await loadCatalogueFiles('content');

test('an error page lists its evidence: count, linked reports with host, quoted lines, and no axe violations', async ({ page }) => {
	const ghcr = files.find((f) => `/${f.id}/` === GHCR)!;
	await page.goto(GHCR);
	const section = page.getByRole('region', { name: 'Evidence' });
	await expect(section).toBeVisible();
	await expect(section).toContainText(`Seen in ${ghcr.data.evidence.length} public reports`);
	const links = section.getByRole('link');
	await expect(links).toHaveCount(ghcr.data.evidence.length);
	for (const [i, report] of ghcr.data.evidence.entries()) {
		await expect(links.nth(i)).toHaveAttribute('href', report.url);
		await expect(links.nth(i)).toHaveAttribute('rel', /external/);
		await expect(links.nth(i)).toHaveText(report.title);
		await expect(section.locator('code').nth(i)).toContainText(report.quote.slice(0, 60));
	}
	await expect(page.getByRole('navigation', { name: /on this page/i }).getByRole('link', { name: 'Evidence' })).toBeVisible();
	const results = await new AxeBuilder({ page }).include('section[aria-labelledby="evidence"]').analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('every built error page has an Evidence section with at least two external reports', async ({ request }) => {
	for (const { id } of files) {
		const html = await (await request.get(`/${id}/`)).text();
		const section = /<section aria-labelledby="evidence"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
		expect(section, id).toMatch(/Seen in \d+ public reports/);
		expect(section.match(/href="https:\/\//g)?.length ?? 0, id).toBeGreaterThanOrEqual(2);
	}
});
