import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadCatalogueFiles } from '../../src/lib/read-catalogue.ts';

// Every page in content/ must be reachable the three ways readers arrive: the sitemap (search engines), its
// category page (browsing) and the site's full-text search.
test('every catalogue page is in the sitemap, on its category page and found by search', async ({ page, request }) => {
	const pages = (await loadCatalogueFiles(path.resolve('content'))).map((f) => ({ url: `/${f.id}/`, title: f.data.title }));
	expect(pages.length).toBeGreaterThan(0);

	const sitemap = await (await request.get('/sitemap-0.xml')).text();
	const categoryHtml = new Map<string, string>();
	for (const { url } of pages) {
		expect(sitemap, `${url} in the sitemap`).toContain(`${url}</loc>`);
		const category = `/${url.split('/')[1]}/`;
		if (!categoryHtml.has(category)) categoryHtml.set(category, await (await request.get(category)).text());
		expect(categoryHtml.get(category), `${url} linked from ${category}`).toContain(`href="${url}"`);
	}

	await page.goto('/search/');
	const found = await page.evaluate(async (queries) => {
		// A variable specifier: the module exists only on the served site, so TypeScript must not resolve it.
		const pagefindPath = '/pagefind/pagefind.js';
		const pagefind = (await import(pagefindPath)) as {
			search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
		};
		const out: Record<string, string[]> = {};
		for (const { url, title } of queries) {
			const search = await pagefind.search(title);
			const top = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
			out[url] = top.map((d) => d.url);
		}
		return out;
	}, pages);
	for (const { url, title } of pages) expect(found[url], `searching "${title}"`).toContain(url);
});
