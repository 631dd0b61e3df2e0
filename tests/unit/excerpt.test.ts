import { describe, expect, test } from 'vitest';
import { decodeEntities, rankByName, splitExcerpt } from '../../src/scripts/pagefind.ts';

describe('splitExcerpt', () => {
	test('keeps the spaces between and around highlighted words', () => {
		const runs = splitExcerpt('failed with <mark>exit</mark> <mark>code</mark> <mark>128</mark> The process');
		expect(runs.map((r) => r.text).join('')).toBe('failed with exit code 128 The process');
		expect(runs.filter((r) => r.marked).map((r) => r.text)).toEqual(['exit', 'code', '128']);
		expect(runs.find((r) => !r.marked && r.text === ' ')).toBeDefined();
	});

	test('decodes what Pagefind escapes, as text', () => {
		const runs = splitExcerpt('echo &quot;$TOKEN&quot; &gt;&amp;2 &lt;img src=x onerror=alert(1)&gt; it&#39;s <mark>denied</mark>');
		expect(runs.map((r) => r.text).join('')).toBe('echo "$TOKEN" >&2 <img src=x onerror=alert(1)> it\'s denied');
	});
});

describe('decodeEntities', () => {
	test('decodes named, decimal and hex references and leaves unknown or invalid ones', () => {
		expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&#39;&#x27;&#8230;')).toBe("&<>\"'''…");
		expect(decodeEntities('&copy; &#0; &#xD800; &#99999999; & plain')).toBe('&copy; &#0; &#xD800; &#99999999; & plain');
	});

	test('decodes once: an escaped reference stays a reference', () => {
		expect(decodeEntities('&amp;lt;')).toBe('&lt;');
	});
});

describe('rankByName', () => {
	const urls = ['/npm/pnpm-outdated-lockfile/', '/network/certificate-has-expired/', '/npm/npm-ci-lockfile-out-of-sync/', '/git/x/'];
	const results = urls.map((url) => ({ url }));

	test('puts pages whose short name holds every query word first, keeping the order within each group', () => {
		expect(rankByName(results, 'lockfile').map((r) => r.url)).toEqual([
			'/npm/pnpm-outdated-lockfile/',
			'/npm/npm-ci-lockfile-out-of-sync/',
			'/network/certificate-has-expired/',
			'/git/x/',
		]);
		expect(rankByName(results, 'npm ci lockfile')[0]!.url).toBe('/npm/npm-ci-lockfile-out-of-sync/');
	});

	test('leaves the order alone when no name holds every word, or the query has no word', () => {
		expect(rankByName(results, 'lockfile expired')).toEqual(results);
		expect(rankByName(results, '!!')).toEqual(results);
	});
});
