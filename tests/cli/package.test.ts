// Packs the npm package as `npm publish` would (prepack compiles dist-cli/), installs the tarball into an empty project
// outside the repository without the network, and runs the installed command there on a log from outside the
// repository: no src/, no content/, no TypeScript under node_modules.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const GHCR_URL = 'https://error-atlas.dev/github-actions/ghcr-push-permission-denied/';
const root = mkdtempSync(path.join(tmpdir(), 'atlas-pack-'));
const project = path.join(root, 'project');
const npm = (args: string[], cwd: string) =>
	spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });

let packed: { filename: string; files: { path: string }[] };

beforeAll(() => {
	const pack = npm(['pack', '--json', '--pack-destination', root], process.cwd());
	expect(pack.status, pack.stderr).toBe(0);
	// prepack's own output comes first on stdout; npm's JSON report is the last thing printed.
	packed = (JSON.parse(pack.stdout.slice(pack.stdout.lastIndexOf('\n[') + 1)) as (typeof packed)[])[0]!;
	mkdirSync(project);
	writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'atlas-consumer', version: '1.0.0', private: true }));
	const install = npm(['install', '--offline', '--no-package-lock', path.join(root, packed.filename)], project);
	expect(install.status, install.stderr).toBe(0);
	copyFileSync('tests/fixtures/logs/github-actions/ghcr-push-permission-denied/ci.log', path.join(root, 'build.log'));
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the npm package', () => {
	test('holds the compiled command and its signature index, and no sources', () => {
		expect(packed.files.map((f) => f.path).sort()).toEqual([
			'README.md',
			'bin/error-atlas.mjs',
			'dist-cli/cli.mjs',
			'dist-cli/signatures.json',
			'package.json',
		]);
	});

	test('installs with no dependencies of its own', () => {
		expect(readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['error-atlas']);
		expect(existsSync(path.join(project, 'node_modules/error-atlas/src'))).toBe(false);
	});

	test('`npx error-atlas match` runs in a folder outside the repository on a log outside it', () => {
		const result = spawnSync('npx', ['--offline', 'error-atlas', 'match', '../build.log'], {
			cwd: project,
			encoding: 'utf8',
			env: { ...process.env, GITHUB_STEP_SUMMARY: '', ATLAS_CONTENT_DIR: '', ATLAS_SITE_URL: '' },
		});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout.split('\n').slice(0, 2)).toEqual([expect.stringMatching(/^1\. \[exact\] /), `   ${GHCR_URL}`]);
	});

	test('the installed command reads standard input, prints JSON and links under --site', () => {
		const bin = path.join(project, 'node_modules/.bin/error-atlas');
		const result = spawnSync(bin, ['match', '-', '--json', '--top', '1'], {
			cwd: root,
			input: "Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/pnpm'\n",
			encoding: 'utf8',
			env: { ...process.env, GITHUB_STEP_SUMMARY: '', ATLAS_CONTENT_DIR: '' },
		});
		expect(result.status, result.stderr).toBe(0);
		const json = JSON.parse(result.stdout) as { matches: { page: { id: string } }[] };
		expect(json.matches.map((m) => m.page.id)).toEqual(['npm/eacces-permission-denied']);
		const linked = spawnSync(bin, ['match', path.join(root, 'build.log'), '--site', 'https://acme.github.io/error-atlas/'], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, GITHUB_STEP_SUMMARY: '', ATLAS_CONTENT_DIR: '' },
		});
		expect(linked.stdout).toContain('https://acme.github.io/error-atlas/github-actions/ghcr-push-permission-denied/');
	});
});
