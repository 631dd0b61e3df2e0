// Causes link to the quick fix that addresses them (issue 15): the reader goes from "is this mine?" to the code.
import { expect, test } from '@playwright/test';
import { loadCatalogueFiles } from '../../src/lib/read-catalogue.ts';
import { GHCR } from './helpers.ts';

const files = await loadCatalogueFiles('content');

test('each cause that names its fix links to that fix, and the link lands on it', async ({ page }) => {
	const ghcr = files.find((f) => `/${f.id}/` === GHCR)!;
	const linked = ghcr.data.causes.filter((cause) => cause.fix !== undefined);
	expect(linked.length).toBeGreaterThan(0);
	await page.goto(GHCR);
	const causes = page.getByRole('region', { name: /Causes/ }).locator('ol > li');
	for (const [i, cause] of ghcr.data.causes.entries()) {
		const link = causes.nth(i).locator('.cause-fix a');
		if (cause.fix === undefined) {
			await expect(link).toHaveCount(0);
			continue;
		}
		const fix = ghcr.data.quickFixes[cause.fix - 1]!;
		await expect(link).toHaveText(`Fix ${cause.fix}: ${fix.title}`);
		await expect(link).toHaveAttribute('href', `#fix-${cause.fix}`);
	}
	await causes.locator('.cause-fix a').first().click();
	const target = page.locator(`#fix-${linked[0]!.fix}`);
	await expect(target).toBeInViewport();
	await expect(target.getByRole('heading', { level: 3 })).toContainText(ghcr.data.quickFixes[linked[0]!.fix! - 1]!.title);
});
