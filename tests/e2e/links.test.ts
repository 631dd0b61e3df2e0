import { expect, test } from '@playwright/test';
import { extractIds, extractLinks, findDeadFragments, type FragmentLink } from '../../scripts/lib/site-crawl.ts';
import { at, BASE } from './helpers.ts';

// Crawls the built site over HTTP from the home page and the sitemap, and checks that every internal link and asset
// resolves, and that every `#fragment` names an element of its page.
test('every internal link, asset and #fragment resolves', async ({ request }) => {
	test.setTimeout(180_000);
	const seen = new Set<string>();
	const broken: string[] = [];
	const idsByPath = new Map<string, Set<string>>();
	const fragments: FragmentLink[] = [];
	const queue: { path: string; from: string }[] = [
		{ path: at('/'), from: '(start)' },
		{ path: at('/404.html'), from: '(start)' },
	];
	const sitemap = await (await request.get(at('/sitemap-0.xml'))).text();
	for (const m of sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)) queue.push({ path: m[1]!, from: 'sitemap' });

	while (queue.length > 0) {
		const { path, from } = queue.shift()!;
		const clean = path.split('#')[0]!;
		if (!clean || seen.has(clean)) continue;
		seen.add(clean);
		const response = await request.get(clean);
		if (!response.ok()) {
			broken.push(`${clean} (${response.status()}) linked from ${from}`);
			continue;
		}
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
		const html = await response.text();
		idsByPath.set(clean, extractIds(html));
		for (const url of extractLinks(html)) {
			// A script URL resolves to no path, so the checks below would skip it silently.
			if (/^\s*(?:javascript|vbscript):/i.test(url)) {
				broken.push(`${url} is a script link (in ${clean})`);
				continue;
			}
			if (/^(?:https?:|mailto:|data:|\/\/)/.test(url)) continue;
			const target = new URL(url, `http://site${clean}`);
			const absolute = target.pathname;
			if (target.hash) fragments.push({ href: url, from: clean, path: absolute, fragment: target.hash.slice(1) });
			if (url.startsWith('#')) continue;
			if (!absolute.startsWith('/')) continue;
			// A site served under a base path (a GitHub project site) owns nothing outside it.
			if (!absolute.startsWith(BASE)) broken.push(`${url} is outside the base path ${BASE} (in ${clean})`);
			// Internal page links must use the trailing slash, like the canonical URLs.
			if (!/\.[a-z0-9]+$/i.test(absolute) && !absolute.endsWith('/')) broken.push(`${url} has no trailing slash (in ${clean})`);
			queue.push({ path: absolute, from: clean });
		}
	}
	broken.push(...findDeadFragments(fragments, idsByPath));
	expect(broken).toEqual([]);
	// The fragment check means something only if the pages have fragment links (the table of contents has several).
	expect(fragments.length).toBeGreaterThan(pages(sitemap));
	expect(seen.size).toBeGreaterThan(pages(sitemap));
});

function pages(sitemap: string): number {
	return (sitemap.match(/<loc>/g) ?? []).length;
}
