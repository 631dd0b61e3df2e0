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

/** Splits Pagefind's excerpt (escaped text with <mark> tags) into runs without trusting it as HTML. */
export function splitExcerpt(excerpt: string): TextHit['excerpt'] {
	const decode = (text: string) => new DOMParser().parseFromString(text, 'text/html').documentElement.textContent ?? '';
	const runs: TextHit['excerpt'] = [];
	let marked = false;
	for (const part of excerpt.split(/(<\/?mark>)/)) {
		if (part === '<mark>') marked = true;
		else if (part === '</mark>') marked = false;
		else if (part) runs.push({ text: decode(part), marked });
	}
	return runs;
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
	const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
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
