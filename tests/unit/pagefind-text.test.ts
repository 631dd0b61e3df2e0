import { describe, expect, test } from 'vitest';
import { searchAliases, spaceOutJoiners } from '../../src/lib/pagefind-text.ts';

describe('searchAliases', () => {
	test('returns spaced and glued spellings for full-text search', () => {
		expect(searchAliases('failed to push ghcr.io/acme/api')).toEqual(['failed to push ghcr io acme api', 'ghcrioacmeapi']);
		expect(searchAliases('denied: permission_denied')).toEqual(['denied permission denied', 'permissiondenied']);
	});

	test('returns nothing for a signature of plain words', () => {
		expect(searchAliases('no space left on device')).toEqual([]);
	});
});

describe('spaceOutJoiners', () => {
	test('returns the query spaced where Pagefind would glue its words, keeping `_`', () => {
		expect(spaceOutJoiners('registry-1.docker.io/v2')).toBe('registry 1 docker io v2');
		expect(spaceOutJoiners('safe.directory')).toBe('safe directory');
		expect(spaceOutJoiners('permission_denied')).toBe('permission_denied');
	});

	test('returns, for a pasted signature, the words of the spaced alias its page indexes, so the retry finds it', () => {
		const signature = 'failed to solve: ghcr.io/acme/api:1.2';
		const [spaced] = searchAliases(signature);
		expect(spaceOutJoiners(signature).replace(/\s+/g, ' ')).toBe(spaced);
	});
});
