import { describe, expect, test } from 'vitest';
import { matchLog, prepareIndex } from '../../src/lib/match.ts';
import { NORMALIZE_RULES_VERSION } from '../../src/lib/normalize.ts';
import { buildSignatureIndex, type IndexSource } from '../../src/lib/signature-index.ts';

const pages: IndexSource[] = [
	{ id: 'registry/push-denied', title: 'Push denied', category: 'registry', signatures: ['denied: permission_denied: write_package'] },
	{ id: 'registry/manifest-unknown', title: 'Manifest unknown', category: 'registry', signatures: ['manifest unknown: manifest unknown'] },
	{
		id: 'git/exit-128',
		title: 'git exit code 128',
		category: 'git',
		signatures: ["The process '/usr/bin/git' failed with exit code 128"],
		umbrella: true,
	},
	{
		id: 'git/publickey',
		title: 'Permission denied (publickey)',
		category: 'git',
		signatures: ['git@github.com: Permission denied (publickey).'],
	},
	{
		id: 'node/eaddrinuse',
		title: 'EADDRINUSE',
		category: 'node',
		signatures: ['Error: listen EADDRINUSE: address already in use :::3000'],
	},
];
const index = prepareIndex(buildSignatureIndex(pages));

describe('matchLog', () => {
	test('finds a page from its own signature with exact confidence', () => {
		const [first] = matchLog(index, 'denied: permission_denied: write_package').matches;
		expect(first?.page.id).toBe('registry/push-denied');
		expect(first?.confidence).toBe('exact');
	});

	test('finds the page in a CI log with other names, timestamps and colours, and points at the line', () => {
		const log = [
			'2026-11-20T10:11:12.0000000Z ##[group]Run docker push',
			'2026-11-20T10:11:13.0000000Z The push refers to repository [ghcr.io/northwind/billing]',
			'2026-11-20T10:11:14.0000000Z \u001b[31mdenied: permission_denied: write_package\u001b[0m',
			'2026-11-20T10:11:15.0000000Z ##[error]Process completed with exit code 1.',
		].join('\n');
		const [first] = matchLog(index, log).matches;
		expect(first?.page.id).toBe('registry/push-denied');
		expect(first?.lines[0]?.number).toBe(3);
		const line = first?.lines[0];
		expect(line && line.text.slice(line.highlights[0]?.[0], line.highlights.at(-1)?.[1])).toBe('denied: permission_denied: write_package');
	});

	test('joins a line a terminal wrapped mid-word', () => {
		const [first] = matchLog(index, 'denied: permission_denied: write_pac\nkage').matches;
		expect(first?.page.id).toBe('registry/push-denied');
	});

	test('puts the root cause before an umbrella error in the same log', () => {
		const log =
			"git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.\nThe process '/usr/bin/git' failed with exit code 128";
		expect(matchLog(index, log).matches.map((m) => m.page.id)).toEqual(['git/publickey', 'git/exit-128']);
	});

	test('matches despite a different port and a lower-cased paste', () => {
		expect(matchLog(index, 'error: listen eaddrinuse: address already in use 127.0.0.1:8080').matches[0]?.page.id).toBe('node/eaddrinuse');
	});

	test('returns no match rather than a guess for unrelated text', () => {
		expect(matchLog(index, 'AssertionError: expected 2 to equal 3\n  at Context.<anonymous> (test/math.test.js:4:12)').matches).toEqual([]);
		expect(matchLog(index, '').matches).toEqual([]);
	});

	test('returns no match for a near miss that shares a word', () => {
		expect(matchLog(index, 'open ./fixtures/key.pem: permission denied').matches).toEqual([]);
	});

	test('refuses an index built with other normalisation rules', () => {
		expect(() => prepareIndex({ ...buildSignatureIndex(pages), rules: NORMALIZE_RULES_VERSION + 1 })).toThrow(/rebuild the index/);
	});
});
