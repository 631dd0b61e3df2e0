import { describe, expect, test } from 'vitest';
import { extractIds, extractLinks, findDeadFragments, type FragmentLink } from '../../scripts/lib/site-crawl.ts';

const PAGE = `<a href="#main">Skip</a><nav><a href="#causes">Causes</a><a href="/docker/x/?a=1&amp;b=2#faq">FAQ</a></nav>
<main id="main"><h2 id="causes">Causes</h2><a name="legacy"></a><img src="/og.png"></main>`;

describe('extractLinks', () => {
	test('returns every href and src, with &amp; decoded', () => {
		expect(extractLinks(PAGE)).toEqual(['#main', '#causes', '/docker/x/?a=1&b=2#faq', '/og.png']);
	});
});

describe('extractIds', () => {
	test('returns the id attributes and the names of anchors', () => {
		expect([...extractIds(PAGE)].sort()).toEqual(['causes', 'legacy', 'main']);
	});
});

describe('findDeadFragments', () => {
	const ids = new Map([
		['/a/', new Set(['main', 'causes', 'quick fixes'])],
		['/b/', new Set(['main'])],
	]);
	const link = (href: string, path: string, fragment: string): FragmentLink => ({ href, from: '/a/', path, fragment });

	test('returns nothing when every fragment names an element of its page, `#` and `#top` included', () => {
		expect(
			findDeadFragments(
				[link('#causes', '/a/', 'causes'), link('/b/#main', '/b/', 'main'), link('#', '/a/', ''), link('#top', '/a/', 'top')],
				ids,
			),
		).toEqual([]);
	});

	test('percent-decodes the fragment before looking it up', () => {
		expect(findDeadFragments([link('#quick%20fixes', '/a/', 'quick%20fixes')], ids)).toEqual([]);
	});

	test('names the link, the page it is on and the id it misses: a dead #fragment fails the crawl', () => {
		expect(
			findDeadFragments([link('#cuases', '/a/', 'cuases'), link('/b/#causes', '/b/', 'causes'), link('/c/#x', '/c/', 'x')], ids),
		).toEqual([
			'#cuases (in /a/): no element with id="cuases" on /a/',
			'/b/#causes (in /a/): no element with id="causes" on /b/',
			'/c/#x (in /a/): /c/ is not a page of the site',
		]);
	});
});
