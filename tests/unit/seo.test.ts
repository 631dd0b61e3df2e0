import { describe, expect, test } from 'vitest';
import { buildBreadcrumbJsonLd, buildPageTitle, buildTechArticleJsonLd, serializeJsonLd } from '../../src/lib/seo.ts';
import { buildUrlset } from '../../src/lib/sitemap.ts';

describe('buildPageTitle', () => {
	test('leads with the page title', () => {
		expect(buildPageTitle('ERESOLVE unable to resolve dependency tree', 'Error Atlas')).toBe(
			'ERESOLVE unable to resolve dependency tree | Error Atlas',
		);
		expect(buildPageTitle('Error Atlas', 'Error Atlas')).toBe('Error Atlas');
	});
});

describe('JSON-LD builders', () => {
	const meta = {
		title: 'T',
		description: 'D',
		url: 'https://site.test/a/b/',
		image: 'https://site.test/og.png',
		updated: new Date('2026-11-24'),
		publisher: 'Error Atlas',
		keywords: ['x', 'y'],
	};

	test('returns a TechArticle with ISO dates and a numbered BreadcrumbList', () => {
		const article = buildTechArticleJsonLd(meta);
		expect(article).toMatchObject({ '@type': 'TechArticle', dateModified: '2026-11-24T00:00:00.000Z', keywords: 'x, y' });
		const crumbs = buildBreadcrumbJsonLd([
			{ name: 'Home', url: 'https://site.test/' },
			{ name: 'A', url: 'https://site.test/a/' },
		]);
		expect(crumbs.itemListElement).toEqual([
			{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://site.test/' },
			{ '@type': 'ListItem', position: 2, name: 'A', item: 'https://site.test/a/' },
		]);
	});

	test('lists the reports and docs a page rests on as citations, and omits the key when there are none', () => {
		expect(buildTechArticleJsonLd({ ...meta, citations: [{ title: 'Issue 1', url: 'https://github.com/o/r/issues/1' }] }).citation).toEqual(
			[{ '@type': 'CreativeWork', name: 'Issue 1', url: 'https://github.com/o/r/issues/1' }],
		);
		expect(buildTechArticleJsonLd(meta)).not.toHaveProperty('citation');
	});

	test('serializes so that a value cannot close the script element', () => {
		expect(serializeJsonLd({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
	});
});

describe('buildUrlset', () => {
	test('writes lastmod as a date and escapes URLs', () => {
		expect(buildUrlset([{ loc: 'https://site.test/a/?x=1&y=2', lastmod: new Date('2026-11-20T12:00:00Z') }])).toContain(
			'<url><loc>https://site.test/a/?x=1&amp;y=2</loc><lastmod>2026-11-20</lastmod></url>',
		);
	});
});
