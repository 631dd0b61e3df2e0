// Node only (network): checks that the pages' `sources` and `evidence` links still answer, for `npm run check:sources`.

/** How a link answered. */
export type LinkVerdict = 'ok' | 'redirected' | 'slow' | 'broken' | 'rate-limited' | 'timeout' | 'error';

/** One link and where it is cited. */
export interface LinkTarget {
	url: string;
	/** `<page id> → sources` or `<page id> → evidence`, one per citing place. */
	citedBy: string[];
}

/** The answer for one link. */
export interface LinkResult extends LinkTarget {
	verdict: LinkVerdict;
	/** Final HTTP status, when there was an answer. */
	status?: number;
	/** Where redirects ended, when that differs from `url`. */
	finalUrl?: string;
	ms: number;
	/** Network or timeout message. */
	detail?: string;
}

/** Options of one run. */
export interface CheckOptions {
	/** Abort a request after this long. */
	timeoutMs?: number;
	/** An answer slower than this is reported as slow. */
	slowMs?: number;
	/** Requests in flight at once. */
	concurrency?: number;
	fetch?: typeof globalThis.fetch;
}

// Some hosts refuse unknown clients outright; a browser-like agent is closer to what readers send.
const HEADERS = { 'user-agent': 'Mozilla/5.0 (compatible; error-atlas-link-check/1.0)', accept: 'text/html,*/*;q=0.8' };

/** Returns the distinct links of the given pages, each with the places that cite it, in first-seen order. */
export function collectLinks(pages: { id: string; sources: { url: string }[]; evidence: { url: string }[] }[]): LinkTarget[] {
	const byUrl = new Map<string, LinkTarget>();
	for (const page of pages) {
		for (const [field, list] of [
			['sources', page.sources],
			['evidence', page.evidence],
		] as const) {
			for (const { url } of list) {
				const target = byUrl.get(url) ?? { url, citedBy: [] };
				target.citedBy.push(`${page.id} → ${field}`);
				byUrl.set(url, target);
			}
		}
	}
	return [...byUrl.values()];
}

/** Returns how one link answers: HEAD first, then GET when the server does not allow HEAD. Redirects are followed. */
export async function checkLink(target: LinkTarget, options: CheckOptions = {}): Promise<LinkResult> {
	const { timeoutMs = 15_000, slowMs = 5_000, fetch = globalThis.fetch } = options;
	const started = performance.now();
	const request = async (method: 'HEAD' | 'GET') => {
		const response = await fetch(target.url, { method, headers: HEADERS, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
		// The body is not needed; cancelling frees the socket at once.
		await response.body?.cancel();
		return response;
	};
	try {
		let response = await request('HEAD');
		if (response.status === 405 || response.status === 501) response = await request('GET');
		const ms = Math.round(performance.now() - started);
		const finalUrl = response.url && response.url !== target.url ? response.url : undefined;
		const verdict: LinkVerdict =
			response.status === 429 ? 'rate-limited' : response.status >= 400 ? 'broken' : finalUrl ? 'redirected' : ms > slowMs ? 'slow' : 'ok';
		return { ...target, verdict, status: response.status, ms, ...(finalUrl ? { finalUrl } : {}) };
	} catch (error) {
		const ms = Math.round(performance.now() - started);
		const name = (error as Error).name;
		const timedOut = name === 'TimeoutError' || name === 'AbortError';
		return {
			...target,
			verdict: timedOut ? 'timeout' : 'error',
			ms,
			detail: timedOut ? `no answer within ${timeoutMs} ms` : describeError(error),
		};
	}
}

function describeError(error: unknown): string {
	const cause = (error as { cause?: { code?: string; message?: string } }).cause;
	return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

/** Returns the results of every link, checked a few at a time, in the order given. */
export async function checkLinks(targets: LinkTarget[], options: CheckOptions = {}): Promise<LinkResult[]> {
	const results = new Array<LinkResult>(targets.length);
	let next = 0;
	const worker = async () => {
		while (next < targets.length) {
			const i = next++;
			results[i] = await checkLink(targets[i] as LinkTarget, options);
		}
	};
	await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 6, targets.length) }, worker));
	return results;
}

/** Whether a result needs a person: a dead link, or one that could not be checked. */
export function isBroken(result: LinkResult): boolean {
	return result.verdict === 'broken' || result.verdict === 'timeout' || result.verdict === 'error';
}

const ORDER: LinkVerdict[] = ['broken', 'timeout', 'error', 'rate-limited', 'redirected', 'slow'];

/** Returns a Markdown report: a table per problem kind (broken first), then a count line. Empty tables are left out. */
export function formatReport(results: LinkResult[]): string {
	const out: string[] = [];
	for (const verdict of ORDER) {
		const rows = results.filter((r) => r.verdict === verdict);
		if (rows.length === 0) continue;
		out.push(`### ${verdict} (${rows.length})`, '', '| link | answer | cited by |', '| --- | --- | --- |');
		for (const r of rows) {
			const answer = [r.status ?? r.detail ?? '', r.finalUrl ? `→ ${r.finalUrl}` : '', `${r.ms} ms`].filter(Boolean).join(' ');
			out.push(`| ${cell(r.url)} | ${cell(answer)} | ${cell(r.citedBy.join('<br>'))} |`);
		}
		out.push('');
	}
	const broken = results.filter(isBroken).length;
	out.push(`${results.length} links checked: ${results.filter((r) => r.verdict === 'ok').length} ok, ${broken} broken or unreachable.`);
	return `${out.join('\n')}\n`;
}

// A pipe would end the Markdown table cell.
function cell(text: string): string {
	return text.replace(/\|/g, '\\|');
}
