import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadCatalogueFiles } from '../../src/lib/read-catalogue.ts';
import { at } from './helpers.ts';

// What a reader sees before scrolling: on every error page of the catalogue, the error, the one-line answer and the
// code of the most common fix; on every page type, a one-row header and no sideways scrolling.
const pages = await loadCatalogueFiles(path.resolve('content'));
const viewports = [
	{ name: 'desktop', width: 1366, height: 900 },
	{ name: 'phone', width: 390, height: 844 },
] as const;

/** Returns what is wrong with the page's layout at the current viewport: an empty list when all is well. */
async function layoutProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const root = document.documentElement;
		if (root.scrollWidth > root.clientWidth) problems.push(`scrolls sideways: ${root.scrollWidth} px wide in ${root.clientWidth} px`);
		// One row: every item of the header bar overlaps every other vertically.
		const items = [...document.querySelectorAll('.site-header .bar > *')]
			.map((el) => el.getBoundingClientRect())
			.filter((box) => box.height > 0);
		const lowestTop = Math.max(...items.map((box) => box.top));
		const highestBottom = Math.min(...items.map((box) => box.bottom));
		if (items.length < 2 || lowestTop >= highestBottom) problems.push('the header takes more than one row');
		return problems;
	});
}

for (const viewport of viewports) {
	test.describe(`at ${viewport.width}×${viewport.height} (${viewport.name})`, () => {
		test.use({ viewport: { width: viewport.width, height: viewport.height } });

		test(`every error page shows the error, the answer and the first fix's code on the first screen`, async ({ page }) => {
			test.setTimeout(120_000);
			expect(pages.length).toBeGreaterThan(100);
			const problems: string[] = [];
			for (const entry of pages) {
				await page.goto(at(`/${entry.id}/`));
				const found = await page.evaluate(() => {
					const box = (selector: string) => {
						const rect = document.querySelector(selector)?.getBoundingClientRect();
						return rect && { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
					};
					return {
						scrollY: window.scrollY,
						signature: box('#signature-text'),
						answer: box('.quick-answer .answer'),
						code: box('#quick-fix-code pre'),
						causes: box('#causes'),
					};
				});
				const inside = (b?: { top: number; bottom: number; left: number; right: number }) =>
					!!b && b.top >= 0 && b.bottom <= viewport.height && b.left >= 0 && b.right <= viewport.width;
				const where = `${entry.id}:`;
				if (found.scrollY !== 0) problems.push(`${where} opened scrolled to ${found.scrollY}`);
				if (!inside(found.signature)) problems.push(`${where} error message outside the first screen ${JSON.stringify(found.signature)}`);
				if (!inside(found.answer)) problems.push(`${where} answer outside the first screen ${JSON.stringify(found.answer)}`);
				if (entry.data.quickFixes[0]?.code && !inside(found.code))
					problems.push(`${where} first fix's code outside the first screen ${JSON.stringify(found.code)}`);
				// The causes come after the answer.
				if (found.code && found.causes && found.causes.top < found.code.bottom) problems.push(`${where} causes come before the fix`);
				for (const problem of await layoutProblems(page)) problems.push(`${where} ${problem}`);
			}
			expect(problems).toEqual([]);
		});

		for (const [type, url] of [
			['home', '/'],
			['category', '/github-actions/'],
			['search', '/search/?q=denied'],
			['404', '/no-such-page/'],
		] as const) {
			test(`the ${type} page has a one-row header and no sideways scroll`, async ({ page }) => {
				await page.goto(at(url));
				expect(await layoutProblems(page)).toEqual([]);
			});
		}
	});
}
