// `npm run new`: the scaffolded page is in the content contract (it builds), and fails the catalogue bar until written.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BODY_SECTIONS, evalLogsDir } from '../../scripts/lib/page-bar.ts';
import { pickErrorLine, scaffoldPage } from '../../scripts/lib/scaffold.ts';
import { parseErrorPage } from '../../src/lib/content-contract.ts';
import { resolveContentDir } from '../../src/lib/content-dir.ts';
import { fixtureBuilder } from './fixture-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'atlas-new-page-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LOG = [
	'2026-11-23T09:14:13.1000000Z ##[group]Run make deploy',
	'2026-11-23T09:14:13.2000000Z + make deploy',
	'2026-11-23T09:14:14.0000000Z Deploying with NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789',
	'2026-11-23T09:14:15.0000000Z Error: widget frobnication failed: quota exceeded for project acme',
	'2026-11-23T09:14:15.1000000Z make: *** [deploy] Error 1',
	'2026-11-23T09:14:15.2000000Z ##[error]Process completed with exit code 2.',
	'',
].join('\n');
const logFile = path.join(work, 'deploy.log');
writeFileSync(logFile, LOG);

/** Runs `npm run new`'s script; returns its status and output. */
function scaffold(args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/new-page.ts', ...args, '--date', '2026-11-29'], { encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the error line taken from a log', () => {
	test('is the root error as the tool printed it: no timestamp, not the exit-status wrapper, secrets masked', () => {
		expect(pickErrorLine(LOG)).toBe('Error: widget frobnication failed: quota exceeded for project acme');
		expect(pickErrorLine('Login with password=hunter2secret failed: unauthorized\n')).toBe(
			'Login with password=•••••• failed: unauthorized',
		);
		expect(pickErrorLine('all 112 tests passed\nDone in 4.2s\n')).toBeUndefined();
	});

	test('the page is every field of the contract and the five sections', () => {
		const text = scaffoldPage({ id: 'docker/quota-exceeded', signature: 'Error: quota exceeded', date: '2026-11-29' });
		const parsed = parseErrorPage('docker/quota-exceeded.mdx', 'quota-exceeded.mdx', text);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.value.data.signatures).toEqual(['Error: quota exceeded']);
		expect(parsed.value.data.evidence).toHaveLength(2);
		expect(BODY_SECTIONS.filter((section) => !parsed.value.body.includes(`\n${section}\n`))).toEqual([]);
	});
});

describe('npm run new', () => {
	const content = path.join(work, 'content');
	const logs = path.join(work, 'logs');
	cpSync('tests/fixtures/catalogues/minimal', content, { recursive: true });

	test('writes the page and its three evaluation logs; --from gives the first signature and ci.log, masked', () => {
		const { status, stdout, stderr } = scaffold(['tool-a/widget-quota', '--from', logFile, '--content', content, '--logs', logs]);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toContain('First signature, from');
		const page = readFileSync(path.join(content, 'errors/tool-a/widget-quota.mdx'), 'utf8');
		expect(page).toContain('signatures:\n  - "Error: widget frobnication failed: quota exceeded for project acme"\n');
		const ci = readFileSync(path.join(logs, 'tool-a/widget-quota/ci.log'), 'utf8');
		expect(ci).toContain('NPM_TOKEN=npm_••••••');
		expect(ci).not.toContain('abcdefghijklmnopqrstuvwxyz');
		for (const file of ['terminal.log', 'short.log']) expect(existsSync(path.join(logs, 'tool-a/widget-quota', file))).toBe(true);
	});

	test('refuses an existing page, an unknown category and a malformed id, saying what to do', () => {
		const existing = scaffold(['tool-a/widget-missing', '--content', content, '--logs', logs]);
		expect(existing.status).toBe(2);
		expect(existing.stderr).toMatch(
			/^npm run new: tool-a\/widget-missing exists already: .*widget-missing\.mdx\. Edit that page, or pick another slug\n/,
		);
		const unknown = scaffold(['tool-z/widget-gone', '--content', content, '--logs', logs]);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toMatch(/^npm run new: unknown category "tool-z"\. Use one of: tool-a; or add .*tool-z\.yaml/);
		const malformed = scaffold(['Tool_A/x', '--content', content, '--logs', logs]);
		expect(malformed.status).toBe(2);
		expect(malformed.stderr).toContain('is not a page id');
		expect(existsSync(path.join(content, 'errors/tool-z'))).toBe(false);
	});
});

describe('a scaffolded page', () => {
	test('builds: it passes the schema, the cross-page checks and the content-safety rules', () => {
		const build = fixtureBuilder('new-page');
		const { status, output, dist } = build('scaffolded', (dir) => {
			const result = scaffold(['tool-a/widget-quota', '--from', logFile, '--content', dir, '--logs', path.join(dir, 'logs')]);
			expect(result.status, result.stderr).toBe(0);
		});
		expect(status, output).toBe(0);
		expect(readFileSync(path.join(dist, 'tool-a/widget-quota/index.html'), 'utf8')).toContain('quota exceeded for project acme');
	});

	test('fails the catalogue bar until it is written, and only on itself and the evaluation set', () => {
		// A copy of the real catalogue and its logs, with one new page.
		const content = path.join(work, 'real-content');
		const logs = path.join(work, 'real-logs');
		cpSync(resolveContentDir(), content, { recursive: true });
		cpSync(evalLogsDir(), logs, { recursive: true });
		const made = scaffold(['docker/scaffolded-example', '--from', logFile, '--content', content, '--logs', logs]);
		expect(made.status, made.stderr).toBe(0);

		const report = path.join(work, 'catalogue-report.json');
		const run = spawnSync(
			process.execPath,
			['node_modules/vitest/vitest.mjs', 'run', 'tests/content/catalogue.test.ts', '--reporter=json', `--outputFile=${report}`],
			{ env: { ...process.env, ATLAS_CONTENT_DIR: content, ATLAS_EVAL_LOGS: logs }, encoding: 'utf8' },
		);
		expect(run.status).not.toBe(0);
		const results = (
			JSON.parse(readFileSync(report, 'utf8')) as { testResults: { assertionResults: { fullName: string; status: string }[] }[] }
		).testResults.flatMap((file) => file.assertionResults);
		const failed = results.filter((r) => r.status === 'failed').map((r) => r.fullName);
		expect(failed).toContain('docker/scaffolded-example has no placeholder text');
		expect(
			failed.filter(
				(name) => !name.startsWith('docker/scaffolded-example ') && !name.startsWith('the paste matcher on the evaluation set'),
			),
		).toEqual([]);
	}, 240_000);
});
