import { expect, test } from '@playwright/test';
import { GHCR } from './helpers.ts';

test('an error page carries its title, description, canonical URL, social tags and JSON-LD', async ({ page }) => {
	await page.goto(GHCR);
	const h1 = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
	await expect(page).toHaveTitle(`${h1} | Error Atlas`);
	const description = await page.locator('meta[name="description"]').getAttribute('content');
	expect(description?.length).toBeGreaterThanOrEqual(50);
	expect(description?.length).toBeLessThanOrEqual(160);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		/^https:\/\/[^/]+\/github-actions\/ghcr-push-permission-denied\/$/,
	);
	for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type']) {
		await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute('content', /.+/);
	}
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
	const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
	const types = blocks.map((text) => (JSON.parse(text) as { '@type': string })['@type']);
	expect(types).toEqual(['TechArticle', 'BreadcrumbList']);
	const article = JSON.parse(blocks[0]!) as { dateModified: string };
	const reviewed = await page.locator('.review-meta time').getAttribute('datetime');
	expect(article.dateModified.slice(0, 10)).toBe(reviewed);
	await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
});

test('every page has a unique title', async ({ page, request }) => {
	const sitemap = await (await request.get('/sitemap-0.xml')).text();
	const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
	const titles = new Set<string>();
	for (const path of paths) {
		const html = await (await request.get(path)).text();
		const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
		expect(title, path).toBeTruthy();
		expect(titles.has(title!), `duplicate title ${title}`).toBe(false);
		titles.add(title!);
	}
	expect(titles.size).toBe(paths.length);
	void page;
});

test('sitemap, robots.txt and RSS are published and consistent', async ({ request, page }) => {
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
	const index = await (await request.get('/sitemap-index.xml')).text();
	expect(index).toContain('/sitemap-0.xml</loc>');
	const sitemap = await (await request.get('/sitemap-0.xml')).text();
	expect(sitemap).not.toContain('/search/');
	expect(sitemap).not.toContain('/404');
	const entry = new RegExp(`<loc>[^<]*${GHCR}</loc><lastmod>(\\d{4}-\\d{2}-\\d{2})</lastmod>`).exec(sitemap);
	expect(entry).not.toBeNull();
	await page.goto(GHCR);
	expect(await page.locator('.review-meta time').getAttribute('datetime')).toBe(entry![1]);
	const rss = await (await request.get('/rss.xml')).text();
	expect(rss).toContain('<rss');
	expect((rss.match(/<item>/g) ?? []).length).toBeGreaterThanOrEqual(6);
});

test('search and 404 pages are kept out of search engines', async ({ page }) => {
	await page.goto('/search/');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('signatures are real text in the HTML, not rendered by script', async ({ request }) => {
	const html = await (await request.get(GHCR)).text();
	expect(html).toContain('denied: permission_denied: write_package');
});
