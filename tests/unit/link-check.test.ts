// The source-link checker against a local server that answers as real hosts do; no network needed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLink, checkLinks, collectLinks, formatReport, isBroken } from '../../scripts/lib/link-check.ts';

let server: Server;
let origin = '';
const seen: string[] = [];

beforeAll(async () => {
	server = createServer((req, res) => {
		seen.push(`${req.method} ${req.url}`);
		switch (req.url) {
			case '/ok':
				return res.writeHead(200).end('ok');
			case '/moved':
				return res.writeHead(301, { location: '/ok' }).end();
			case '/gone':
				return res.writeHead(410).end();
			case '/missing':
				return res.writeHead(404).end();
			case '/busy':
				return res.writeHead(429, { 'retry-after': '60' }).end();
			case '/no-head':
				return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
			case '/hang':
				return; // never answers
			default:
				return res.writeHead(500).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
	server.closeAllConnections();
	server.close();
});

const target = (path: string) => ({ url: `${origin}${path}`, citedBy: ['docker/manifest-unknown → sources'] });

describe('checkLink', () => {
	test('returns ok for a 200 and broken for 404 and 410', async () => {
		expect(await checkLink(target('/ok'))).toMatchObject({ verdict: 'ok', status: 200 });
		expect(await checkLink(target('/missing'))).toMatchObject({ verdict: 'broken', status: 404 });
		expect(await checkLink(target('/gone'))).toMatchObject({ verdict: 'broken', status: 410 });
	});

	test('follows a 301 and reports where it ends', async () => {
		expect(await checkLink(target('/moved'))).toMatchObject({ verdict: 'redirected', status: 200, finalUrl: `${origin}/ok` });
	});

	test('reports 429 as rate-limited, not broken', async () => {
		const result = await checkLink(target('/busy'));
		expect(result).toMatchObject({ verdict: 'rate-limited', status: 429 });
		expect(isBroken(result)).toBe(false);
	});

	test('retries with GET when HEAD is not allowed', async () => {
		seen.length = 0;
		expect(await checkLink(target('/no-head'))).toMatchObject({ verdict: 'ok', status: 200 });
		expect(seen).toEqual(['HEAD /no-head', 'GET /no-head']);
	});

	test('gives up on a server that never answers, after the timeout', async () => {
		const result = await checkLink(target('/hang'), { timeoutMs: 300 });
		expect(result).toMatchObject({ verdict: 'timeout', detail: 'no answer within 300 ms' });
		expect(isBroken(result)).toBe(true);
	});

	test('reports a refused connection as an error', async () => {
		const result = await checkLink({ url: 'http://127.0.0.1:9/', citedBy: [] }, { timeoutMs: 2000 });
		expect(result.verdict).toBe('error');
		expect(result.detail).toBeTruthy();
	});
});

describe('collectLinks', () => {
	test('returns each URL once with every page and field that cites it', () => {
		const links = collectLinks([
			{ id: 'a/one', sources: [{ url: 'https://docs.test/x' }], evidence: [{ url: 'https://github.test/i/1' }] },
			{ id: 'b/two', sources: [{ url: 'https://docs.test/x' }], evidence: [] },
		]);
		expect(links).toEqual([
			{ url: 'https://docs.test/x', citedBy: ['a/one → sources', 'b/two → sources'] },
			{ url: 'https://github.test/i/1', citedBy: ['a/one → evidence'] },
		]);
	});
});

describe('formatReport', () => {
	test('lists broken links first, then redirects, with the citing pages, and counts', async () => {
		const results = await checkLinks([target('/ok'), target('/moved'), target('/missing'), target('/busy')], { concurrency: 2 });
		const report = formatReport(results)
			.replaceAll(origin, 'http://local')
			.replace(/\d+ ms/g, 'N ms');
		expect(report).toMatchInlineSnapshot(`
			"### broken (1)

			| link | answer | cited by |
			| --- | --- | --- |
			| http://local/missing | 404 N ms | docker/manifest-unknown → sources |

			### rate-limited (1)

			| link | answer | cited by |
			| --- | --- | --- |
			| http://local/busy | 429 N ms | docker/manifest-unknown → sources |

			### redirected (1)

			| link | answer | cited by |
			| --- | --- | --- |
			| http://local/moved | 200 → http://local/ok N ms | docker/manifest-unknown → sources |

			4 links checked: 1 ok, 1 broken or unreachable.
			"
		`);
	});
});
