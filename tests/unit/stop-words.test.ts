import { describe, expect, test } from 'vitest';
import { pickSearchWords } from '../../src/lib/search-query.ts';
import { prepareRelated, rankRelated } from '../../src/lib/related.ts';
import { STOP_WORDS } from '../../src/lib/stop-words.ts';

describe('STOP_WORDS', () => {
	test('holds lower-case single words only', () => {
		for (const word of STOP_WORDS) expect(word).toMatch(/^[a-z]+$/);
	});

	test('keeps a stop word out of the search words of a paste', () => {
		expect(pickSearchWords('fatal: cannot lock ref refs/heads/main: failed')).not.toContain('cannot');
	});

	test('keeps two pages that share only stop words from being related', () => {
		const corpus = prepareRelated([
			{ id: 'a/one', category: 'a', related: [], text: 'fatal error: without there that failing widget' },
			{ id: 'b/two', category: 'b', related: [], text: 'fatal error: without there that failing gadget' },
		]);
		expect(rankRelated('a/one', corpus)).toEqual([]);
	});
});
