// Runs the real `error-atlas` command, as CI would, on real files and on standard input.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../src/lib/read-catalogue.ts';
import { realisticLog } from '../../scripts/lib/pathological-logs.ts';

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
			'https://atlas.internal.test/docs/github-actions/ghcr-push-permission-denied/',
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

	test('keeps the path of --site in the links, with or without a trailing slash', () => {
		const log = 'tests/fixtures/logs/docker/manifest-unknown/ci.log';
		for (const site of ['https://example.org/atlas', 'https://example.org/atlas/']) {
			const { status, stdout } = cli(['match', log, '--site', site]);
			expect(status).toBe(0);
			expect(stdout).toContain('\n   https://example.org/atlas/docker/manifest-unknown/\n');
		}
		expect(cli(['match', '-', '--site', 'https://example.org/atlas'], { input: 'all tests passed\n' }).stdout).toContain(
			'https://example.org/atlas/search/',
		);
	});

	test.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', '/relative/path'])(
		'exits 2 on --site %s, which is not an http(s) URL',
		(site) => {
			const { status, stdout, stderr } = cli(['match', GHCR_LOG, '--site', site]);
			expect(status).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.split('\n')[0]).toBe(`error-atlas: --site takes an http or https URL, not "${site}"`);
		},
	);

	test('cuts a long matched line to a few hundred characters in --json, marking the cut and keeping the match', () => {
		const error = 'denied: permission_denied: write_package';
		for (const [lead, cutBefore] of [
			['', false],
			['step '.repeat(100), true],
		] as const) {
			const line = `${lead}${error} ${'layer '.repeat(20_000)}`;
			const { status, stdout } = cli(['match', '-', '--json'], { input: `${line}\n` });
			expect(status).toBe(0);
			expect(stdout.length).toBeLessThan(20_000);
			const [match] = (JSON.parse(stdout) as { matches: { lines: { text: string; highlights: [number, number][] }[] }[] }).matches;
			const shown = match?.lines[0];
			expect(shown?.text.length).toBeLessThanOrEqual(302);
			expect(shown?.text.endsWith('…')).toBe(true);
			expect(shown?.text.startsWith('…')).toBe(cutBefore);
			expect(shown?.text).toContain(error);
			for (const [, end] of shown?.highlights ?? []) expect(end).toBeLessThanOrEqual(shown?.text.length ?? 0);
			const [start, end] = shown?.highlights[0] ?? [0, 0];
			expect(shown?.text.slice(start, end)).toBe('denied');
		}
	});

	test('stops reading /dev/zero at the 64 MiB cap, which stat cannot see', () => {
		const { status, stderr } = cli(['match', '/dev/zero']);
		expect(status).toBe(2);
		expect(stderr.split('\n')[0]).toBe('error-atlas: cannot read /dev/zero: larger than 64 MiB');
	});

	test.runIf(process.platform === 'linux')('reads a FIFO, and stops at the 64 MiB cap when one carries more', () => {
		const fifo = path.join(work, 'log.fifo');
		spawnSync('mkfifo', [fifo]);
		const fromFifo = (writer: string) => {
			const env = { ...process.env, ATLAS_SITE_URL: '', GITHUB_STEP_SUMMARY: '' };
			const script = `${writer} > "$1" & exec "$0" bin/error-atlas.mjs match "$1"`;
			const result = spawnSync('sh', ['-c', script, process.execPath, fifo], { env, encoding: 'utf8', timeout: 60_000 });
			return { status: result.status, stdout: result.stdout, stderr: result.stderr };
		};
		const small = fromFifo(`cat ${GHCR_LOG}`);
		expect(small.stderr).toBe('');
		expect(small.stdout).toContain(GHCR_URL);
		const endless = fromFifo('yes "npm notice"');
		expect(endless.status).toBe(2);
		expect(endless.stderr.split('\n')[0]).toBe(`error-atlas: cannot read ${fifo}: larger than 64 MiB`);
	});

	test('ends quietly with its status when the reader of its output goes away (| head)', () => {
		// `true` exits at once without reading, so the CLI's first write meets a closed pipe (EPIPE).
		const script = `{ "$0" bin/error-atlas.mjs match ${GHCR_LOG}; echo "exit $?" >&2; } | true`;
		const result = spawnSync('sh', ['-c', script, process.execPath], {
			env: { ...process.env, GITHUB_STEP_SUMMARY: '' },
			encoding: 'utf8',
		});
		expect(result.stderr).toBe('exit 0\n');
	});

	test('exits 2 when the --content folder has no error pages, instead of reporting no match', () => {
		const empty = mkdtempSync(path.join(work, 'empty-'));
		const noErrors = cli(['match', GHCR_LOG, '--content', empty]);
		expect(noErrors.status).toBe(2);
		expect(noErrors.stderr.split('\n')[0]).toBe(`error-atlas: cannot load the catalogue from ${empty}: it has no errors/ folder`);
		mkdirSync(path.join(empty, 'errors', 'docker'), { recursive: true });
		const noPages = cli(['match', GHCR_LOG, '--content', empty]);
		expect(noPages.status).toBe(2);
		expect(noPages.stderr.split('\n')[0]).toBe(`error-atlas: cannot load the catalogue from ${empty}: it has no error pages`);
	});

	test("names the file, line and column of invalid YAML in a page's frontmatter", () => {
		const catalogue = path.join(work, 'bad-yaml');
		cpSync('tests/fixtures/catalogues/minimal', catalogue, { recursive: true });
		const page = path.join(catalogue, 'errors', 'tool-a', 'widget-missing.mdx');
		const lines = readFileSync(page, 'utf8').split('\n');
		// Line 3 of the file repeats the title key: a YAML error, not a schema error.
		lines.splice(2, 0, 'title: again');
		writeFileSync(page, lines.join('\n'));
		const { status, stderr } = cli(['match', GHCR_LOG, '--content', catalogue]);
		expect(status).toBe(2);
		expect(stderr.split('\n').slice(0, 2)).toEqual([
			`error-atlas: cannot load the catalogue from ${catalogue}: Invalid content (1 problem):`,
			`  ${page}:3:1 → frontmatter: invalid YAML: Map keys must be unique`,
		]);
	});

	test('reads a 50 MB log to its end: an error on the last line is matched and pointed at', () => {
		// CI logs end with their error; this one has over 400,000 lines, twice what the matcher once stopped at.
		const log = realisticLog(50 * 1024 * 1024, '2026-11-20T10:20:00.0000000Z ##[error]denied: permission_denied: write_package');
		const lastLine = log.split('\n').length - 1;
		expect(lastLine).toBeGreaterThan(250_000);
		const file = path.join(work, 'long.log');
		writeFileSync(file, log);
		const { status, stdout } = cli(['match', file]);
		expect(status).toBe(0);
		expect(stdout.split('\n').slice(0, 3)).toEqual([
			expect.stringMatching(/^1\. \[exact\] /),
			`   ${GHCR_URL}`,
			`   line ${lastLine}: denied: permission_denied: write_package`,
		]);
		expect(stdout).not.toContain('skipped');
	});

	test('prints usage with --help', () => {
		const { status, stdout } = cli(['--help']);
		expect(status).toBe(0);
		expect(stdout).toContain('Usage: error-atlas match [FILE|-]');
	});
});

describe('error-atlas match on a log that holds secrets', () => {
	// Token-shaped values are built here rather than written out, so no secret scanner mistakes this file for a leak.
	const fake = (prefix: string, length: number, seed: string) => prefix + `${seed}Ab3dEf7hK1mN0pQr5tUv9xYz`.repeat(8).slice(0, length);
	// [the secret, which must never be printed; the line that carries it, as a log would show it]
	const forms: [string, string][] = [
		[fake('', 36, 'ghp'), `git push https://github.com/acme/api.git with ${fake('ghp_', 36, 'ghp')}`],
		[fake('', 60, 'fgpat'), `GH_PAT=${fake('github_pat_', 60, 'fgpat')}`],
		[fake('', 20, 'gitlab'), `PRIVATE-TOKEN: ${fake('glpat-', 20, 'gitlab')}`],
		[fake('', 36, 'npmtok'), `//registry.npmjs.org/:_authToken=${fake('npm_', 36, 'npmtok')}`],
		['IOSFODNN7EXAMPLE', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE'],
		['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
		['wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECONDKEY', '+ export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECONDKEY'],
		['IQoJb3JpZ2luX2VjEJr//////////wEaCXVz', 'AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEJr//////////wEaCXVz'],
		['0c1b2a3d-npm-token-value', 'NPM_TOKEN=0c1b2a3d-npm-token-value'],
		['db-pass-hunter2', 'DB_PASSWORD=db-pass-hunter2'],
		['client-s3cr3t-value', 'POST /oauth/token?grant_type=client_credentials&client_secret=client-s3cr3t-value&scope=api'],
		['api-key-0123abcd', 'api_key=api-key-0123abcd'],
		['yaml-horse-battery', '    password: yaml-horse-battery'],
		['flag-pass-hunter2', '+ docker login ghcr.io --username bob --password flag-pass-hunter2'],
		['eqflag-pass-hunter2', '+ helm registry login ghcr.io --username bob --password=eqflag-pass-hunter2'],
		['short-p-hunter2', '+ docker login -u bob -p short-p-hunter2 registry.example.com'],
		['mysql-hunter2', '+ mysql -h db -u root -pmysql-hunter2 app'],
		['curl-hunter2', '+ curl -fsSL -u bob:curl-hunter2 https://nexus.example.com/repo'],
		['Ym9iOmJhc2ljLWh1bnRlcjI=', '> Authorization: Basic Ym9iOmJhc2ljLWh1bnRlcjI='],
		['bearer.abc.def123456', 'Authorization: Bearer bearer.abc.def123456'],
		['url-hunter2', "fatal: unable to access 'https://bob:url-hunter2@github.com/acme/api.git/'"],
		['pg-hunter2', 'Error: connect ECONNREFUSED postgres://app:pg-hunter2@db.internal:5432/app'],
		['eyJzdWIiOiJjaS1ib3QifQ', `id_token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaS1ib3QifQ.${fake('', 43, 'jwt')}`],
		[fake('', 40, 'openai'), `OpenAIError: Incorrect API key provided: ${fake('sk-proj-', 40, 'openai')}.`],
		[fake('', 24, 'stripe'), `Invalid API Key provided: ${fake('sk_live_', 24, 'stripe')}`],
		[fake('', 35, 'google'), `geocode/json?key=${fake('AIza', 35, 'google')}`],
		[fake('', 40, 'slack'), `SLACK_APP_TOKEN=${fake('xapp-1-', 40, 'slack')}`],
		[
			fake('', 86, 'azure'),
			`DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${fake('', 86, 'azure')}==;EndpointSuffix=core.windows.net`,
		],
		['Ym9iOmRvY2tlci1hdXRo', '{"auths":{"ghcr.io":{"auth":"Ym9iOmRvY2tlci1hdXRo"}}}'],
		[fake('', 64, 'pemjson'), `"private_key": "-----BEGIN PRIVATE KEY-----\\n${fake('', 64, 'pemjson')}\\n-----END PRIVATE KEY-----\\n"`],
	];
	const pemBody = [fake('MIIEow', 64, 'pem1'), fake('', 64, 'pem2'), 'Yq1Zx9/+Ab=='];

	test('prints no secret in the text report, --json, the job summary or the annotations', async () => {
		// Each secret rides on a real error line, so its line is one the CLI shows.
		const signatures = (await loadCatalogue('content')).map((page) => page.signatures[0] ?? '');
		const lines = forms.flatMap(([, form], i) => [`${form} ${signatures[i % signatures.length]}`, `step ${i} done`]);
		const pem = ['-----BEGIN RSA PRIVATE KEY-----', ...pemBody, '-----END RSA PRIVATE KEY-----'];
		const log = path.join(work, 'secrets.log');
		writeFileSync(log, [...pem, ...lines, ...pem, 'denied: permission_denied: write_package'].join('\n'));
		const summary = path.join(work, 'secrets-summary.md');
		writeFileSync(summary, '');

		const text = cli(['match', log, '--top', '100'], { env: { GITHUB_STEP_SUMMARY: summary } });
		const json = cli(['match', log, '--top', '100', '--json']);
		expect(text.status).toBe(0);
		expect(json.status).toBe(0);
		const outputs = { 'text and annotations': text.stdout, '--json': json.stdout, 'job summary': readFileSync(summary, 'utf8') };
		for (const [name, output] of Object.entries(outputs)) {
			for (const [secret] of forms) expect(output, `${name} shows ${secret}`).not.toContain(secret);
			for (const secret of pemBody) expect(output, `${name} shows a private key line`).not.toContain(secret.slice(0, 20));
			expect(output, `${name} shows no masked value`).toContain('••••••');
		}
		// The check means something only if the secrets' lines were shown: most shown lines carry a masked value.
		const shown = (JSON.parse(json.stdout) as { matches: { lines: { text: string }[] }[] }).matches.flatMap((m) => m.lines);
		expect(shown.filter((line) => line.text.includes('••••••')).length).toBeGreaterThanOrEqual(forms.length * 0.75);
	});
});

describe('error-atlas match: the evidence line, the matched wording and weak matches (issue 13)', () => {
	test('shows the line that names the error, not a wrapper printed after it, and the wording that matched', () => {
		const log = 'tests/fixtures/logs/github-actions/no-space-left-on-device/v2-evidence-tar.log';
		const { stdout } = cli(['match', log]);
		expect(stdout).toMatch(/^ {3}line 3: #12 ERROR: failed to copy: write .*no space left on device$/m);
		expect(stdout).toMatch(/^ {3}matched: no space left on device$/m);
		const json = JSON.parse(cli(['match', log, '--json']).stdout) as { matches: { evidence: { number: number }; wording: string }[] };
		expect(json.matches[0]).toMatchObject({ evidence: { number: 3 }, wording: 'no space left on device' });
	});

	test('puts weak matches apart under their own label, after the sure ones', () => {
		const sure = readFileSync('tests/fixtures/logs/kubernetes/oomkilled/v2-multi-describe.log', 'utf8');
		const weak = readFileSync('tests/fixtures/logs/_negative/hard-docker-executable-not-found.log', 'utf8');
		const { stdout } = cli(['match', '-'], { input: `${sure}\n${weak}` });
		const label = stdout.indexOf('Less sure (weak matches, may not be your error):');
		expect(label).toBeGreaterThan(stdout.indexOf('[exact]'));
		expect(stdout.slice(label)).not.toMatch(/\[(exact|likely)\]/);
		expect(stdout.slice(0, label)).not.toContain('[weak]');
	});
});
