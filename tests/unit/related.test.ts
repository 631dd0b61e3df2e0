import { describe, expect, test } from 'vitest';
import { prepareRelated, rankRelated, type RelatableEntry } from '../../src/lib/related.ts';

const all: RelatableEntry[] = [
	{
		id: 'docker/ghcr',
		category: 'docker',
		related: ['docker/lowercase'],
		text: 'ghcr push denied permission_denied write_package registry',
	},
	{ id: 'docker/lowercase', category: 'docker', related: [], text: 'repository name must be lowercase registry' },
	{ id: 'docker/hub-login', category: 'docker', related: [], text: 'docker hub login incorrect username password registry' },
	{ id: 'gha/packages', category: 'gha', related: [], text: 'packages write permission ghcr write_package' },
	{ id: 'node/heap', category: 'node', related: [], text: 'javascript heap out of memory' },
];
const corpus = prepareRelated(all);

describe('rankRelated', () => {
	test('returns the explicit ids first, then neighbours by shared rare terms', () => {
		expect(rankRelated('docker/ghcr', corpus)).toEqual(['docker/lowercase', 'gha/packages', 'docker/hub-login']);
	});

	test('returns no unrelated page just to fill the list', () => {
		expect(rankRelated('node/heap', corpus)).toEqual([]);
	});

	test('respects the limit', () => {
		expect(rankRelated('docker/ghcr', corpus, 1)).toEqual(['docker/lowercase']);
	});
});
