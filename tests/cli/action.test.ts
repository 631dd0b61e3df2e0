// Runs the GitHub Action's compiled entry (dist-cli/action.mjs, what action.yml starts) as the runner does: inputs as
// INPUT_* variables, a workspace as the working folder, and real GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatOutput, getBooleanInput } from '../../src/action/run.ts';

const GHCR_LOG = path.resolve('tests/fixtures/logs/github-actions/ghcr-push-permission-denied/ci.log');
const GHCR_URL = 'https://error-atlas.dev/github-actions/ghcr-push-permission-denied/';
const root = mkdtempSync(path.join(tmpdir(), 'atlas-action-'));
const bundle = path.join(root, 'dist-cli');
const workspace = path.join(root, 'workspace');

beforeAll(() => {
	const built = spawnSync(process.execPath, ['scripts/build-cli.ts', '--out', bundle], { encoding: 'utf8' });
	expect(built.stderr).toBe('');
	expect(built.status).toBe(0);
	mkdirSync(workspace, { recursive: true });
	copyFileSync(GHCR_LOG, path.join(workspace, 'build.log'));
	writeFileSync(path.join(workspace, 'passing.log'), 'all 112 tests passed\nDone in 4.2s\n');
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Reads $GITHUB_OUTPUT as the runner does: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
function parseOutputFile(text: string): Record<string, string> {
	const outputs: Record<string, string> = {};
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
		if (heredoc) {
			const [, name, delimiter] = heredoc;
			const end = lines.indexOf(delimiter!, i + 1);
			if (end < 0) throw new Error(`output ${name} has no closing ${delimiter}`);
			outputs[name!] = lines.slice(i + 1, end).join('\n');
			i = end;
		} else if (line.includes('=')) {
			outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
		} else if (line !== '') throw new Error(`unreadable output line: ${line}`);
	}
	return outputs;
}

let run = 0;
/** Runs the action with the given inputs; returns its exit status, output, the outputs it set and the summary. */
function action(inputs: Record<string, string>) {
	const files = { summary: path.join(root, `summary-${++run}.md`), output: path.join(root, `output-${run}.txt`) };
	// Earlier steps of the job have written to both files already; the action must append, never replace.
	writeFileSync(files.summary, '## Build\n\n');
	writeFileSync(files.output, 'earlier=1\n');
	const env: Record<string, string> = {
		PATH: process.env.PATH ?? '',
		GITHUB_ACTIONS: 'true',
		GITHUB_WORKSPACE: workspace,
		GITHUB_STEP_SUMMARY: files.summary,
		GITHUB_OUTPUT: files.output,
		// action.yml's defaults, as the runner passes them when the workflow leaves an input out.
		INPUT_SITE: '',
		INPUT_TOP: '5',
		'INPUT_FAIL-ON-MATCH': 'false',
		INPUT_ONLINE: 'false',
	};
	for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
	const result = spawnSync(process.execPath, [path.join(bundle, 'action.mjs')], { cwd: workspace, env, encoding: 'utf8' });
	return {
		status: result.status,
		stdout: result.stdout,
		stderr: result.stderr,
		outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
		summary: readFileSync(files.summary, 'utf8'),
	};
}

describe('the GitHub Action', () => {
	test('on a log with a known error: summary table, one ::error per page, outputs matched, url and json; exit 0', () => {
		const { status, stdout, stderr, outputs, summary } = action({ log: 'build.log' });
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(outputs.earlier).toBe('1');
		expect(outputs.matched).toBe('true');
		expect(outputs.url).toBe(GHCR_URL);
		const json = JSON.parse(outputs.json ?? '') as { matches: { page: { id: string } }[] };
		expect(json.matches[0]?.page.id).toBe('github-actions/ghcr-push-permission-denied');
		expect(summary.startsWith('## Build\n\n### Error Atlas: known errors in this log\n')).toBe(true);
		expect(summary).toContain(`](${GHCR_URL}) | exact |`);
		const annotations = stdout.split('\n').filter((line) => line.startsWith('::error '));
		expect(annotations).toHaveLength(json.matches.length);
		expect(annotations[0]).toMatch(/^::error title=Error Atlas%3A .+::exact match\. Fix: https:\/\/error-atlas\.dev\/github-actions\//);
	});

	test('on a log without a known error: matched false, empty url, no summary and no annotation; exit 0', () => {
		const { status, stdout, outputs, summary } = action({ log: 'passing.log' });
		expect(status).toBe(0);
		expect(outputs.matched).toBe('false');
		expect(outputs.url).toBe('');
		expect(JSON.parse(outputs.json ?? '')).toMatchObject({ matches: [] });
		expect(summary).toBe('## Build\n\n');
		expect(stdout).not.toContain('::error');
	});

	test('fails the step only with fail-on-match and a match', () => {
		expect(action({ log: 'build.log', 'fail-on-match': 'true' }).status).toBe(1);
		expect(action({ log: 'passing.log', 'fail-on-match': 'true' }).status).toBe(0);
	});

	test('links under the site given, and honours top', () => {
		const { outputs, summary } = action({ log: 'build.log', site: 'https://acme.github.io/error-atlas', top: '1' });
		expect(outputs.url).toBe('https://acme.github.io/error-atlas/github-actions/ghcr-push-permission-denied/');
		expect(summary).toContain('](https://acme.github.io/error-atlas/github-actions/ghcr-push-permission-denied/)');
		expect((JSON.parse(outputs.json ?? '') as { matches: unknown[] }).matches).toHaveLength(1);
	});

	test('a missing log or a bad input is a warning, never a failed job', () => {
		const missing = action({ log: 'no-such.log', 'fail-on-match': 'true' });
		expect(missing.status).toBe(0);
		expect(missing.stdout).toMatch(/^::warning title=Error Atlas::cannot read no-such\.log: no such file$/m);
		expect(missing.outputs.matched).toBe('false');
		const badTop = action({ log: 'build.log', top: 'all' });
		expect(badTop.status).toBe(0);
		expect(badTop.stdout).toContain('::warning title=Error Atlas::input top takes a whole number');
		const badFlag = action({ log: 'build.log', 'fail-on-match': 'yes' });
		expect(badFlag.status).toBe(0);
		expect(badFlag.stdout).toContain('::warning title=Error Atlas::input fail-on-match must be true or false');
	});

	test('with online and a site that does not answer, it warns and uses the bundled catalogue', () => {
		const { status, stdout, outputs } = action({ log: 'build.log', online: 'true', site: 'http://127.0.0.1:9/' });
		expect(status).toBe(0);
		expect(stdout).toMatch(
			/^::warning title=Error Atlas::http:\/\/127\.0\.0\.1:9\/signatures\.json could not be fetched: .+; matching against the catalogue bundled with the action instead$/m,
		);
		expect(outputs.url).toBe('http://127.0.0.1:9/github-actions/ghcr-push-permission-denied/');
	});
});

describe('action helpers', () => {
	test('a multi-line output is written as name<<DELIMITER with a fresh delimiter', () => {
		const text = formatOutput('json', '{\n"a": 1\n}');
		const [first, ...rest] = text.trimEnd().split('\n');
		const delimiter = first!.replace(/^json<</, '');
		expect(delimiter).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/);
		expect(rest).toEqual(['{', '"a": 1', '}', delimiter]);
		expect(parseOutputFile(text)).toEqual({ json: '{\n"a": 1\n}' });
	});

	test('boolean inputs take the YAML words and nothing else', () => {
		expect(getBooleanInput({ 'INPUT_FAIL-ON-MATCH': 'True' }, 'fail-on-match', false)).toBe(true);
		expect(getBooleanInput({}, 'fail-on-match', false)).toBe(false);
		expect(() => getBooleanInput({ INPUT_ONLINE: '1' }, 'online', false)).toThrow(/true or false/);
	});
});
