// Runs the real `error-atlas` command, as CI would, on real files and on standard input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const GHCR_LOG = 'tests/fixtures/logs/github-actions/ghcr-push-permission-denied/ci.log';
const GHCR_URL = 'https://error-atlas.dev/github-actions/ghcr-push-permission-denied/';
const work = mkdtempSync(path.join(tmpdir(), 'atlas-cli-'));

function cli(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) {
	const env: Record<string, string | undefined> = { ...process.env, ATLAS_SITE_URL: '', GITHUB_STEP_SUMMARY: '', ...options.env };
	const result = spawnSync(process.execPath, ['bin/error-atlas.mjs', ...args], { input: options.input ?? '', env, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('error-atlas match', () => {
	test('prints the matching page with its URL, confidence and line for a log file, and exits 0', () => {
		const { status, stdout, stderr } = cli(['match', GHCR_LOG]);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout.split('\n')[0]).toMatch(/^1\. \[(exact|likely)\] /);
		expect(stdout.split('\n')[1]).toBe(`   ${GHCR_URL}`);
		expect(stdout).toMatch(/ {3}line \d+: /);
	});

	test('reads standard input when the file is - or omitted', () => {
		const log = readFileSync(GHCR_LOG, 'utf8');
		expect(cli(['match', '-'], { input: log }).stdout).toContain(GHCR_URL);
		expect(cli(['match'], { input: log }).status).toBe(0);
	});

	test('prints JSON with --json and honours --top and --site', () => {
		const { status, stdout } = cli(['match', GHCR_LOG, '--json', '--top', '1', '--site', 'https://atlas.internal.test/docs/']);
		expect(status).toBe(0);
		const result = JSON.parse(stdout) as {
			matches: { page: { id: string; url: string }; confidence: string; lines: { number: number }[] }[];
		};
		expect(result.matches).toHaveLength(1);
		expect(result.matches[0]?.page.id).toBe('github-actions/ghcr-push-permission-denied');
		expect(result.matches[0]?.lines[0]?.number).toBeGreaterThan(0);
		expect(cli(['match', GHCR_LOG, '--site', 'https://atlas.internal.test/docs/']).stdout).toContain(
			'https://atlas.internal.test/github-actions/ghcr-push-permission-denied/',
		);
	});

	test('writes a job summary and ::error annotations in GitHub Actions', () => {
		const summary = path.join(work, 'summary.md');
		writeFileSync(summary, '');
		const { status, stdout } = cli(['match', GHCR_LOG], { env: { GITHUB_STEP_SUMMARY: summary } });
		expect(status).toBe(0);
		expect(stdout).toMatch(/^::error title=Error Atlas%3A .+::(exact|likely) match\. Fix: https/m);
		expect(readFileSync(summary, 'utf8')).toContain(`](${GHCR_URL})`);
	});

	test('says so and exits 1 when nothing matches', () => {
		const { status, stdout } = cli(['match', '-'], { input: 'all 112 tests passed\nDone in 4.2s\n' });
		expect(status).toBe(1);
		expect(stdout).toMatch(/^No known match in 2 lines\./);
	});

	test('exits 1 without crashing on binary garbage', () => {
		const garbage = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 256));
		const { status, stderr } = cli(['match', '-'], { input: garbage });
		expect(stderr).toBe('');
		expect(status).toBe(1);
	});

	test.each([
		['empty input', ['match', '-'], '', 'error-atlas: the log is empty: nothing to match'],
		['a missing file', ['match', 'no/such/file.log'], '', 'error-atlas: cannot read no/such/file.log: no such file'],
		['a directory', ['match', 'tests'], '', 'error-atlas: cannot read tests: it is a directory; give a log file'],
		['an unknown command', ['find', GHCR_LOG], '', 'error-atlas: unknown command "find"'],
		['a bad --top', ['match', GHCR_LOG, '--top', 'zero'], '', 'error-atlas: --top takes a whole number of 1 or more'],
		['an unknown flag', ['match', GHCR_LOG, '--colour'], '', "error-atlas: Unknown option '--colour'"],
	])('exits 2 with a clear message on %s', (_name, args, input, message) => {
		const { status, stderr } = cli(args, { input });
		expect(status).toBe(2);
		expect(stderr.split('\n')[0]).toContain(message);
	});

	test('prints usage with --help', () => {
		const { status, stdout } = cli(['--help']);
		expect(status).toBe(0);
		expect(stdout).toContain('Usage: error-atlas match [FILE|-]');
	});
});
