import { describe, expect, test } from 'vitest';
import { unboundedQuantifiers } from './regex-bounds.ts';
import { maskSecrets } from '../../src/lib/mask-secrets.ts';
import {
	cleanLog,
	cleanLine,
	MAX_LINE_CHARS,
	MAX_LINE_TOKENS,
	RULE_PATTERNS,
	signatureTokens,
	tokenizeLine,
} from '../../src/lib/normalize.ts';
import { pathologicalShapes } from '../../scripts/lib/pathological-logs.ts';

const words = (line: string) =>
	tokenizeLine(cleanLine(line))
		.tokens.filter((t) => !t.soft)
		.map((t) => t.text);

describe('cleanLog', () => {
	test('removes colour codes, CI timestamps, ##[error] markers and tool prefixes', () => {
		const raw = '2026-11-20T10:11:12.1234567Z ##[error]\u001b[31mnpm ERR!\u001b[0m code ERESOLVE\r\n\r\nfatal: not a git repository\n';
		expect(cleanLog(raw)).toEqual(['code ERESOLVE', 'not a git repository']);
	});

	test('treats npm 10.6+ "npm error" and older "npm ERR!" alike', () => {
		expect(cleanLine('npm error code E401')).toBe(cleanLine('npm ERR! code E401'));
	});

	test('drops control bytes from binary garbage without throwing', () => {
		expect(cleanLine('\u0000\u0001\u0002abc\u0007')).toBe('abc');
	});
});

describe('tokenizeLine', () => {
	test('replaces image references, paths and versions with typed placeholders', () => {
		expect(words('failed to push ghcr.io/acme/api:1.2.3: denied: permission_denied: write_package')).toEqual([
			'failed',
			'to',
			'push',
			'<image>',
			'denied',
			'permission_denied',
			'write_package',
		]);
		expect(words("detected dubious ownership in repository at '/__w/app/app'")).toContain('<path>');
		expect(words('node v18.17.1 is not supported')).toEqual(['node', '<version>', 'is', 'not', 'supported']);
	});

	test('gives the same tokens for two runs that differ only in names, ports and versions', () => {
		expect(words('Error: listen EADDRINUSE: address already in use :::3000')).toEqual(
			words('Error: listen EADDRINUSE: address already in use :::8080'),
		);
		expect(words('remote: Permission to octo-org/api.git denied to github-actions[bot].')).toEqual(
			words('remote: Permission to northwind/billing.git denied to github-actions[bot].'),
		);
		expect(words('no matching manifest for linux/arm64/v8 in the manifest list entries')).toEqual(
			words('no matching manifest for linux/amd64 in the manifest list entries'),
		);
	});

	test('keeps identifying words: codes, short exit codes and the Docker socket name', () => {
		expect(words("The process '/usr/bin/git' failed with exit code 128")).toContain('128');
		expect(words('error:0308010C:digital envelope routines::unsupported')).toContain('0308010c');
		const socket = tokenizeLine('Cannot connect to the Docker daemon at unix:///var/run/docker.sock').tokens.map((t) => t.text);
		expect(socket).toContain('docker.sock');
		expect(socket).toContain('unix');
	});

	test('captures the variable values it replaced', () => {
		const { captures } = tokenizeLine('failed to push ghcr.io/acme/api:1.2.3 to https://ghcr.io/v2/');
		expect(captures).toEqual([
			{ kind: 'image', value: 'ghcr.io/acme/api:1.2.3' },
			{ kind: 'url', value: 'https://ghcr.io/v2/' },
		]);
	});

	test('records where each token is, for highlighting', () => {
		const line = 'code ERESOLVE';
		const token = tokenizeLine(line).tokens.find((t) => t.text === 'eresolve');
		expect(line.slice(token?.start, token?.end)).toBe('ERESOLVE');
	});
});

describe('signatureTokens', () => {
	test('marks words from inside variable text as soft', () => {
		expect(signatureTokens('Unable to resolve action `actions/chekout@v4`, repository not found')).toEqual([
			'unable',
			'to',
			'resolve',
			'action',
			'<path>',
			'~chekout',
			'~v4',
			'repository',
			'not',
			'found',
		]);
	});
});

describe('maskSecrets', () => {
	test('masks GitHub, AWS and npm tokens and bearer credentials', () => {
		const masked = maskSecrets(
			'token ghp_abcdefghijklmnopqrstuvwxyz0123456789 key AKIAIOSFODNN7EXAMPLE Authorization: Bearer abc.def.ghijklmnopqrs //registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789',
		);
		expect(masked).not.toMatch(/ghp_abcdefghij|AKIAIOSFODNN7EXAMPLE|abc\.def\.ghij|npm_abcdef/);
		expect(masked).toContain('ghp_••••••');
		expect(masked).toContain('Bearer ••••••');
	});

	test('leaves ordinary text alone', () => {
		expect(maskSecrets('denied: permission_denied: write_package')).toBe('denied: permission_denied: write_package');
	});
});

describe('normaliser rules on hostile input (issue 9)', () => {
	test('every quantifier in every rule is bounded, so no rule rescans more than a fixed span from a start', () => {
		for (const pattern of RULE_PATTERNS) expect(unboundedQuantifiers(pattern.source), pattern.source).toEqual([]);
		// The check has teeth: the e-mail rule that took a minute on 5 MB of `a.a.a…` fails it four times.
		expect(unboundedQuantifiers(String.raw`\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b`)).toHaveLength(4);
		expect(unboundedQuantifiers(String.raw`[a+*]{1,4}\+`)).toEqual([]);
	});

	test('each hostile line shape is tokenized within a fixed budget of rule characters and tokens', () => {
		for (const shape of pathologicalShapes(['denied', 'permission_denied', 'write_package', 'manifest'])) {
			for (let i = 0; i < 3; i++) {
				const work = { ruleChars: 0, tokens: 0 };
				const { tokens } = tokenizeLine(cleanLine(shape.line(i)), work);
				expect(tokens.length, shape.name).toBeLessThanOrEqual(MAX_LINE_TOKENS);
				expect(work.tokens).toBe(tokens.length);
				expect(work.ruleChars, shape.name).toBeLessThanOrEqual(RULE_PATTERNS.length * MAX_LINE_CHARS);
			}
		}
	});

	test('the linear rules still find the values they are for', () => {
		const kinds = (line: string) => tokenizeLine(line).captures.map((c) => `${c.kind}:${c.value}`);
		expect(kinds('connect to [::1]:8080 and [2001:db8::ff00:42:8329] failed')).toEqual(['ip:[::1]:8080', 'ip:[2001:db8::ff00:42:8329]']);
		expect(kinds('mail dev.ops+ci@mail.example.co.uk now')).toEqual(['email:dev.ops+ci@mail.example.co.uk']);
		expect(kinds('pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.2@sha256:abc123')).toEqual([
			'image:123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.2@sha256:abc123',
		]);
		expect(kinds('commit 9f86d081884c at ~/src/app.ts')).toEqual(['hex:9f86d081884c', 'path:~/src/app.ts']);
		expect(kinds('deadbeefcafe and 123456789012 and abcdefabcdef')).toEqual(['number:123456789012']);
		expect(kinds('uses actions/checkout@v4 and @scope/pkg/sub')).toEqual(['path:actions/checkout@v4', 'path:@scope/pkg/sub']);
	});

	test('a run of separators is no value and costs no rescans', () => {
		expect(tokenizeLine('@a@a@a@a@a@a').captures).toEqual([]);
		expect(tokenizeLine(`[${':'.repeat(3000)}`).captures).toEqual([]);
		// Trailing punctuation is trimmed from a value without a regex that would rescan a run of commas.
		expect(tokenizeLine(`see https://example.com/a${','.repeat(2000)}x.`).captures[0]?.value).toBe(
			`https://example.com/a${','.repeat(2000)}x`,
		);
	});
});
