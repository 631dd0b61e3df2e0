// Browser module: loads the Pagefind index lazily and returns results as plain data.
import { spaceOutJoiners } from '../lib/pagefind-text.ts';
import { BASE, pagefindPath } from '../lib/urls.ts';

/** One full-text hit. */
export interface TextHit {
	url: string;
	title: string;
	category: string;
	/** Excerpt split into plain and highlighted runs, so it can be rendered as text. */
	excerpt: { text: string; marked: boolean }[];
}

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	search(
		query: string,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
	debouncedSearch?: unknown;
}

let api: Promise<PagefindApi> | undefined;

/** Returns the Pagefind API, loading `<base>/pagefind/pagefind.js` on first use. */
export function loadPagefind(): Promise<PagefindApi> {
	// A variable specifier keeps the bundler from resolving a file that only exists after the build.
	const path = pagefindPath();
	api ??= (import(/* @vite-ignore */ path) as Promise<PagefindApi>).then(async (pagefind) => {
		// Result URLs are paths under the folder Pagefind indexed; baseUrl puts them under the site's base path.
		await pagefind.options({ excerptLength: 24, baseUrl: BASE });
		return pagefind;
	});
	return api;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the character references in a piece of Pagefind's excerpt, keeping every space: an HTML parser drops the
 * whitespace at the start of a document, which glued `exit</mark> <mark>code` into "exitcode". An unknown or invalid
 * reference stays as written.
 */
export function decodeEntities(text: string): string {
	return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi, (whole, decimal?: string, hex?: string, name?: string) => {
		if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
		const code = decimal ? Number(decimal) : Number.parseInt(hex!, 16);
		return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
	});
}

/** Splits Pagefind's excerpt (escaped text with <mark> tags) into runs without trusting it as HTML. */
export function splitExcerpt(excerpt: string): TextHit['excerpt'] {
	const decode = decodeEntities;
	const runs: TextHit['excerpt'] = [];
	let marked = false;
	for (const part of excerpt.split(/(<\/?mark>)/)) {
		if (part === '<mark>') marked = true;
		else if (part === '</mark>') marked = false;
		else if (part) runs.push({ text: decode(part), marked });
	}
	return runs;
}

const RERANK_POOL = 20;

/** Returns the results with those whose URL's last part names every word of the query first, each group in order. */
export function rankByName<T extends { url: string }>(results: T[], query: string): T[] {
	const words = query
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length >= 3);
	if (words.length === 0) return results;
	const named = (url: string) => {
		const parts = new Set((url.split('/').filter(Boolean).pop() ?? '').split('-'));
		return words.every((word) => parts.has(word));
	};
	return [...results.filter((r) => named(r.url)), ...results.filter((r) => !named(r.url))];
}

/** Runs a full-text search and returns up to `limit` hits. */
export async function searchText(query: string, category: string, limit = 10): Promise<TextHit[]> {
	const pagefind = await loadPagefind();
	const options = category ? { filters: { category } } : {};
	let search = await pagefind.search(query, options);
	// Pagefind glues words joined by . - / : in a query; the pages also index the spaced spelling, so try that next.
	const spaced = spaceOutJoiners(query);
	if (search && search.results.length === 0 && spaced !== query) search = await pagefind.search(spaced, options);
	if (!search) return [];
	// A page whose short name (its URL's last part) holds every word of the query is about exactly that: it goes
	// first, so `lockfile` finds npm-ci-lockfile-out-of-sync, whose text writes "lock file", among the pages that
	// repeat the word. Pagefind's order is kept otherwise; the pool is the first RERANK_POOL results.
	const pool = await Promise.all(search.results.slice(0, Math.max(limit, RERANK_POOL)).map((r) => r.data()));
	const data = rankByName(pool, query).slice(0, limit);
	return data.map((d) => ({
		url: d.url,
		title: d.meta.title ?? d.url,
		category: d.filters.category?.[0] ?? '',
		excerpt: splitExcerpt(d.excerpt),
	}));
}

/** Renders hits as list items built with text nodes only. */
export function renderTextHits(list: HTMLElement, hits: TextHit[]): void {
	list.replaceChildren(
		...hits.map((hit) => {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = hit.url;
			link.textContent = hit.title;
			const meta = document.createElement('p');
			meta.className = 'meta';
			meta.textContent = hit.category;
			const excerpt = document.createElement('p');
			for (const run of hit.excerpt) {
				if (run.marked) {
					const mark = document.createElement('mark');
					mark.textContent = run.text;
					excerpt.append(mark);
				} else excerpt.append(run.text);
			}
			item.append(link, meta, excerpt);
			return item;
		}),
	);
}
