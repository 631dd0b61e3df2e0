import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ogCacheKey, ogImage, ogStats, ogSvg, wrapText } from '../../src/lib/og-image.ts';

const cache = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const card = { category: 'GitHub Actions', signature: 'denied: permission_denied: write_package', site: 'Error Atlas' };

describe('wrapText', () => {
	test('breaks at spaces within the width, and cuts a long word', () => {
		expect(wrapText('aaa bbb ccc', 7, 5)).toEqual(['aaa bbb', 'ccc']);
		expect(wrapText('abcdefghij', 4, 5)).toEqual(['abcd', 'efgh', 'ij']);
	});

	test('ends the last line with … when the text does not fit', () => {
		const lines = wrapText('one two three four five six', 9, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
		expect(lines.every((line) => line.length <= 9)).toBe(true);
	});
});

test('the card is SVG with every text escaped', () => {
	const svg = ogSvg({ category: 'A & B', signature: '<script>alert("x")</script>', site: 'Site' });
	expect(svg).toContain('A &amp; B');
	expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
	expect(svg).not.toContain('<script>');
});

test('a card is a 1200×630 PNG, drawn once, then read from the cache', async () => {
	const before = { ...ogStats };
	const first = await ogImage(card, cache);
	expect(first.subarray(1, 4).toString()).toBe('PNG');
	expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([1200, 630]);
	const again = await ogImage(card, cache);
	expect(again.equals(first)).toBe(true);
	expect(ogStats.drawn - before.drawn).toBe(1);
	expect(ogStats.cached - before.cached).toBe(1);
	expect(readdirSync(cache)).toEqual([`${ogCacheKey(card)}.png`]);
});

test('the cache key changes with anything the card shows', () => {
	const key = ogCacheKey(card);
	expect(ogCacheKey({ ...card, category: 'Docker' })).not.toBe(key);
	expect(ogCacheKey({ ...card, signature: `${card.signature}!` })).not.toBe(key);
	expect(ogCacheKey({ ...card })).toBe(key);
});
