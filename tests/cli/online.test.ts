// `error-atlas match --site URL --online`: the command matches against a deployed site's own /signatures.json, and
// falls back to the offline catalogue with a warning when the site is slow, down, or serves an incompatible index.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkIndex, fetchSiteIndex, IndexError, siteIndexUrl } from '../../src/cli/index-source.ts';
import { NORMALIZE_RULES_VERSION } from '../../src/lib/normalize.ts';
import { buildSignatureIndex } from '../../src/lib/signature-index.ts';

const run = promisify(execFile);
// A team's own catalogue with one page the public one does not have.
const teamIndex = buildSignatureIndex([
	{
		id: 'internal/vault-lease-expired',
		title: 'vault: lease expired for the deploy role',
		category: 'internal',
		signatures: ['vault lease expired for role deploy-bot'],
	},
]);
const LOG = 'Deploying…\nError: vault lease expired for role deploy-bot (lease id 4f2a)\n';

let server: Server;
let site: string;
beforeAll(async () => {
	server = createServer((request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://x');
		if (pathname === '/atlas/signatures.json') response.end(JSON.stringify(teamIndex));
		else if (pathname === '/newer/signatures.json') response.end(JSON.stringify({ ...teamIndex, rules: NORMALIZE_RULES_VERSION + 1 }));
		else if (pathname === '/html/signatures.json') response.end('<!doctype html><title>Not here</title>');
		else if (pathname !== '/slow/signatures.json') {
			// /slow/ never answers.
			response.statusCode = 404;
			response.end('not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
	server.closeAllConnections();
	server.close();
});

/** Runs the command from the clone; resolves with its status and output whatever the status. */
async function cli(args: string[]) {
	const env = { ...process.env, ATLAS_FETCH_TIMEOUT_MS: '500', GITHUB_STEP_SUMMARY: '', ATLAS_SITE_URL: '' };
	const child = run(process.execPath, ['bin/error-atlas.mjs', ...args], { env, encoding: 'utf8' });
	child.child.stdin?.end(LOG);
	return child.then(
		({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
		(error: { code: number; stdout: string; stderr: string }) => ({ status: error.code, stdout: error.stdout, stderr: error.stderr }),
	);
}

describe('error-atlas match --online', () => {
	test("matches against the site's own catalogue and links under the site's path", async () => {
		const { status, stdout, stderr } = await cli(['match', '-', '--site', `${site}/atlas/`, '--online']);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toContain('vault: lease expired for the deploy role');
		expect(stdout).toContain(`${site}/atlas/internal/vault-lease-expired/`);
	});

	test('falls back to the offline catalogue with a warning when the site is down, slow, newer or not an index', async () => {
		for (const [path, reason] of [
			['missing', /answered HTTP 404/],
			['slow', /did not answer within 0\.5 s/],
			[
				'newer',
				new RegExp(
					`made with matcher rules v${NORMALIZE_RULES_VERSION + 1}, and this command reads v${NORMALIZE_RULES_VERSION}: update error-atlas`,
				),
			],
			['html', /is not JSON/],
		] as const) {
			const { status, stderr } = await cli(['match', '-', '--site', `${site}/${path}/`, '--online']);
			expect(stderr, path).toMatch(/^error-atlas: warning: http:\/\/127\.0\.0\.1:\d+\/\w+\/signatures\.json /);
			expect(stderr, path).toMatch(reason);
			expect(stderr, path).toMatch(/; matching against the catalogue in .+ instead\n$/);
			// The public catalogue has no page for the team's error.
			expect(status, path).toBe(1);
		}
	});

	test('without --online, --site only changes the links', async () => {
		const { status, stderr } = await cli(['match', '-', '--site', `${site}/atlas/`]);
		expect(stderr).toBe('');
		expect(status).toBe(1);
	});
});

describe('index checks', () => {
	test("a site's index URL is /signatures.json under the site's own path", () => {
		expect(siteIndexUrl('https://acme.github.io/error-atlas')).toBe('https://acme.github.io/error-atlas/signatures.json');
		expect(siteIndexUrl(new URL('https://errors.example.org/'))).toBe('https://errors.example.org/signatures.json');
	});

	test('rejects an index that would send readers to another host, or points at pages it does not have', () => {
		const page = { id: 'a/b', title: 'A', category: 'a', url: '/a/b/' };
		const base = { rules: NORMALIZE_RULES_VERSION, pages: [page], signatures: [{ page: 0, tokens: ['x'] }] };
		expect(checkIndex(base)).toBe(base);
		for (const url of ['https://evil.example/', '//evil.example/a/', 'a/b/']) {
			expect(() => checkIndex({ ...base, pages: [{ ...page, url }] }), url).toThrow(IndexError);
		}
		expect(() => checkIndex({ ...base, signatures: [{ page: 1, tokens: ['x'] }] })).toThrow(/signatures\[0\]/);
		expect(() => checkIndex({ rules: NORMALIZE_RULES_VERSION })).toThrow(/not a signature index/);
	});

	test('a fetch that fails names the URL', async () => {
		const failing = (() => Promise.reject(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') }))) as typeof fetch;
		await expect(fetchSiteIndex('https://atlas.internal.test/', { fetchImpl: failing })).rejects.toThrow(
			'https://atlas.internal.test/signatures.json could not be fetched: connect ECONNREFUSED',
		);
	});
});
