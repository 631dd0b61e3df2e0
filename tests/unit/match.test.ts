import { describe, expect, test } from 'vitest';
import { matchLog, newMatchWork, prepareIndex } from '../../src/lib/match.ts';
import { MAX_LINE_TOKENS, NORMALIZE_RULES_VERSION, RULE_PATTERNS } from '../../src/lib/normalize.ts';
import { buildSignatureIndex, type IndexSource } from '../../src/lib/signature-index.ts';
import { pathologicalLog, pathologicalShapes, realisticLog } from '../../scripts/lib/pathological-logs.ts';
import { syntheticSignature } from '../../scripts/lib/synthetic-catalogue.ts';

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

describe('matchLog reads the whole log (issue 9)', () => {
	test('finds an error on line 250,001 and points at it', () => {
		const log = `${'ok\n'.repeat(250_000)}denied: permission_denied: write_package\n`;
		const result = matchLog(index, log);
		expect(result.matches[0]?.page.id).toBe('registry/push-denied');
		expect(result.matches[0]?.lines[0]?.number).toBe(250_001);
		expect(result.lineCount).toBe(250_001);
		expect(result.skipped).toBeUndefined();
	});

	test('finds the error on its own line at the end of a log whose rare words came up many times before', () => {
		// The setup echoes the error's words 200 times in another order; a word's first lines only would miss the end.
		const noise = Array.from({ length: 200 }, (_, i) => `step ${i}: denied write_package to permission_denied user`).join('\n');
		const [first] = matchLog(index, `${noise}\ndenied: permission_denied: write_package\n`).matches;
		expect(first?.page.id).toBe('registry/push-denied');
		expect(first?.lines.map((l) => l.number)).toEqual([201]);
		expect(first?.score).toBe(1);
	});

	test('reads a paste over the size cap from its end, and says how many lines it skipped', () => {
		const log = `denied: permission_denied: write_package\n${'noise line\n'.repeat(1000)}git@github.com: Permission denied (publickey).\n`;
		const result = matchLog(index, log, { maxChars: 2000 });
		expect(result.matches.map((m) => m.page.id)).toEqual(['git/publickey']);
		expect(result.matches[0]?.lines[0]?.number).toBe(1002);
		expect(result.skipped?.where).toBe('start');
		expect(result.skipped!.lines + result.lineCount).toBe(1002);
		expect(result.skipped!.lines).toBeGreaterThan(800);
		expect(matchLog(index, log).skipped).toBeUndefined();
	});

	test('numbers lines the same whatever the line breaks', () => {
		const log = 'one\r\ntwo\rthree\n\ndenied: permission_denied: write_package';
		expect(matchLog(index, log).matches[0]?.lines[0]?.number).toBe(5);
	});

	test('reads the start of a very long line', () => {
		const [first] = matchLog(index, `denied: permission_denied: write_package ${'x '.repeat(50_000)}`).matches;
		expect(first?.page.id).toBe('registry/push-denied');
		expect(first?.lines[0]?.text.length).toBeLessThanOrEqual(8192);
	});
});

describe('matchLog on hostile pastes (issue 9)', () => {
	// A few hundred pages, so that a line stuffed with catalogue words makes the full 150 candidate signatures.
	const many = prepareIndex(
		buildSignatureIndex([
			...pages,
			...Array.from({ length: 300 }, (_, p) => ({
				id: `synthetic/error-${p}`,
				title: `Synthetic error ${p}`,
				category: 'synthetic',
				signatures: [syntheticSignature(p, 0), syntheticSignature(p, 1)],
			})),
		]),
	);
	const bytes = 256 * 1024;
	// Work is counted, not timed: per character read, each rule scans it at most twice (the cheap pass and a window)
	// and at most two tokens come of it; windows and in-order cells have fixed caps, whatever the paste's size.
	const budget = { ruleChars: 2 * RULE_PATTERNS.length * bytes, tokens: 2 * bytes, windows: 40_000, cells: 3_000_000 };

	test.each(pathologicalShapes([...many.postings.keys()]).map((shape) => [shape.name, shape] as const))(
		'%s: within a fixed work budget',
		(_name, shape) => {
			const work = newMatchWork();
			matchLog(many, pathologicalLog(shape, bytes), { work });
			expect(work.ruleChars).toBeLessThanOrEqual(budget.ruleChars);
			expect(work.tokens).toBeLessThanOrEqual(budget.tokens);
			expect(work.tokens).toBeLessThanOrEqual(2 * work.lines * MAX_LINE_TOKENS);
			expect(work.windows).toBeLessThanOrEqual(budget.windows);
			expect(work.cells).toBeLessThanOrEqual(budget.cells);
		},
	);

	test('window scoring stops growing with the paste: four times the stuffed lines, the same caps', () => {
		const [stuffed] = pathologicalShapes([...many.postings.keys()]).filter((s) => s.name === 'many catalogue words per line');
		const work = newMatchWork();
		matchLog(many, pathologicalLog(stuffed!, 4 * bytes), { work });
		expect(work.windows).toBeLessThanOrEqual(budget.windows);
		expect(work.cells).toBeLessThanOrEqual(budget.cells);
	});

	test('a realistic CI log is matched with a handful of windows', () => {
		const work = newMatchWork();
		const result = matchLog(many, realisticLog(bytes, '##[error]denied: permission_denied: write_package'), { work });
		expect(result.matches[0]?.page.id).toBe('registry/push-denied');
		expect(work.windows).toBeLessThan(100);
	});
});

describe('matchLog on the classes of paste of issue 13', () => {
	const v2 = prepareIndex(
		buildSignatureIndex([
			{
				id: 'npm/e401',
				title: 'npm E401 Unable to authenticate',
				category: 'npm',
				signatures: [
					'npm error code E401',
					'401 Unauthorized - GET https://npm.pkg.github.com/pkg - unauthenticated: User cannot be authenticated with the token provided.',
				],
			},
			{
				id: 'registry/ghcr-push',
				title: 'GHCR push denied',
				category: 'registry',
				signatures: [
					'unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
					'denied: installation not allowed to Write organization package',
				],
			},
			{ id: 'kubernetes/oomkilled', title: 'OOMKilled', category: 'kubernetes', signatures: ['Reason: OOMKilled'] },
			{
				id: 'go/cgo-gcc',
				title: 'cgo: C compiler "gcc" not found',
				category: 'go',
				signatures: ['cgo: exec gcc: exec: "gcc": executable file not found in $PATH'],
				matchVariants: ['exec: "gcc": executable file not found in $PATH'],
			},
			{
				id: 'git/repository-not-found',
				title: 'Repository not found',
				category: 'git',
				signatures: ["fatal: repository 'https://github.com/o/r.git/' not found"],
			},
			{
				id: 'docker/parse-error',
				title: 'Dockerfile parse error',
				category: 'docker',
				signatures: ['Dockerfile parse error line 7: unknown instruction: SET'],
			},
		]),
	);
	const first = (log: string) => matchLog(v2, log).matches[0];

	test('one wording, two tools: the tool the paste shows decides (npm before a registry token error)', () => {
		const line =
			'401 Unauthorized - GET https://npm.pkg.github.com/@acme%2fui - unauthenticated: User cannot be authenticated with the token provided.';
		expect(first(`npm error ${line}`)?.page.id).toBe('npm/e401');
		expect(
			first(
				'The push refers to repository [ghcr.io/acme/api]\nunauthorized: unauthenticated: User cannot be authenticated with the token provided.',
			)?.page.id,
		).toBe('registry/ghcr-push');
	});

	test('structured output: a quoted JSON value counts as the word it is', () => {
		const json = '{"exitCode": 137, "reason": "OOMKilled", "startedAt": "2026-11-26T21:02:50Z"}';
		expect(first(json)).toMatchObject({ page: { id: 'kubernetes/oomkilled' } });
		// Outside JSON a quoted name stays a variable value: it does not anchor a match on its own.
		expect(first("can't find 'OOMKilled' in the list")).toBeUndefined();
	});

	test("hard negative: a page's own name quoted differently is another error", () => {
		expect(first('exec: "gcc": executable file not found in $PATH')?.page.id).toBe('go/cgo-gcc');
		const other = first(
			'docker: Error response from daemon: failed to create task: exec: "gunicorn": executable file not found in $PATH: unknown.',
		);
		expect(other === undefined || other.confidence === 'weak').toBe(true);
	});

	test('hard negative: signature words scattered through a long line are not that error', () => {
		const maven =
			'[ERROR] Failed to execute goal on project api: Could not resolve dependencies for project com.acme:api:jar:1.4.0: com.acme:client:jar:2.1.0 was not found in https://repo.maven.apache.org/maven2 during a previous attempt. This failure was cached in the local repository and resolution is not reattempted';
		const answer = first(maven);
		expect(answer === undefined || answer.confidence === 'weak').toBe(true);
		expect(first("fatal: repository 'https://github.com/acme/web.git/' not found")?.confidence).toBe('exact');
	});

	test('a line number is a variable part, like a path', () => {
		expect(first('Error response from daemon: Dockerfile parse error line 18: unknown instruction: SET')?.confidence).toBe('exact');
	});

	test('several errors: the sure ones first, root cause before wrappers, weak ones after and labelled', () => {
		const log = ['npm error code E401', '{"reason": "OOMKilled"}', 'exec: "gunicorn": executable file not found in $PATH'].join('\n');
		const { matches } = matchLog(v2, log);
		const bands = matches.map((m) => m.confidence);
		expect(bands.slice(0, 2).every((b) => b !== 'weak')).toBe(true);
		expect([...bands].sort((a, b) => ['exact', 'likely', 'weak'].indexOf(a) - ['exact', 'likely', 'weak'].indexOf(b))).toEqual(bands);
		expect(matches[0]?.page.id).toBe('npm/e401');
	});
});
