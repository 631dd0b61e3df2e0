// Browser module: the paste box. Sends the paste to the worker (debounced), renders answers as text only.
import { maskSecrets } from '../lib/mask-secrets.ts';
import type { MatchResult, PageMatch } from '../lib/match.ts';
import { pathWithBase, searchPath } from '../lib/urls.ts';
import type { MatchRequest, MatchResponse } from './match-worker.ts';
import { renderTextHits, searchText } from './pagefind.ts';

const BIG_PASTE = 256 * 1024;
const PREVIEW = 16 * 1024;
const BAND_LABEL = { exact: 'Exact match', likely: 'Likely match', weak: 'Weak match' } as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Renders a matched line with its matching ranges in <mark>, as text nodes only, secrets masked. */
function renderLine(line: PageMatch['lines'][number]): HTMLElement {
	const row = el('code', 'line');
	row.append(el('span', 'line-number', `line ${line.number}`), ' ');
	// The worker masks the line already; masking it again is a last guard. Should it change anything, the highlight
	// ranges no longer fit, so the line is shown without them.
	const text = maskSecrets(line.text);
	const highlights = text === line.text ? line.highlights : [];
	let cursor = 0;
	for (const [start, end] of highlights) {
		row.append(text.slice(cursor, start), el('mark', undefined, text.slice(start, end)));
		cursor = end;
	}
	row.append(text.slice(cursor, 600));
	return row;
}

/** Category titles by id: the index names a page's category by its id only. */
type CategoryNames = Record<string, string>;

function renderMatch(match: PageMatch, categories: CategoryNames): HTMLLIElement {
	const item = el('li', `match ${match.confidence}`);
	const head = el('div', 'match-head');
	const link = el('a', undefined, match.page.title);
	// The index stores site-relative paths; the page lives under this build's base path.
	link.href = pathWithBase(match.page.url);
	const category = categories[match.page.category] ?? match.page.category;
	head.append(link, el('span', 'badge', BAND_LABEL[match.confidence]), el('span', 'category', category));
	// The line that names the error, and the words it shares with the page: a title may quote another tool's wording.
	const lines = el('div', 'lines');
	lines.append(renderLine(match.evidence));
	if (match.wording) {
		const wording = el('p', 'wording', 'Matched: ');
		wording.append(el('q', undefined, maskSecrets(match.wording)));
		lines.append(wording);
	}
	item.append(head, lines);
	// The page's one-line answer, so the card alone says what to do.
	if (match.page.fix) {
		const fix = el('p', 'fix');
		fix.append(el('strong', undefined, 'Fix: '), match.page.fix);
		item.append(fix);
	}
	return item;
}

/** A titled group of matches, as one list item of the results. */
function renderGroup(title: string, matches: PageMatch[], className: string, categories: CategoryNames): HTMLLIElement {
	const group = el('li', className);
	const nested = el('ol');
	nested.append(...matches.map((match) => renderMatch(match, categories)));
	group.append(el('h3', undefined, title), nested);
	return group;
}

function renderMatches(list: HTMLElement, result: MatchResult, categories: CategoryNames): void {
	// Sure matches first; weak ones only share some words with the paste, so they stand apart under their own label.
	const sure = result.matches.filter((m) => m.confidence !== 'weak');
	const weak = result.matches.filter((m) => m.confidence === 'weak');
	const [first, ...others] = sure;
	const children: HTMLElement[] = [];
	if (first) children.push(renderMatch(first, categories));
	if (others.length > 0) children.push(renderGroup('Also in this log', others, 'also', categories));
	if (weak.length > 0) {
		const title = sure.length > 0 ? 'Less sure: weak matches, may not be your error' : 'Only weak matches: these may not be your error';
		children.push(renderGroup(title, weak, 'also weak-group', categories));
	}
	list.replaceChildren(...children);
}

/** The status line: a screen reader hears the answer in full; the eye gets only what the cards below do not show. */
function statusFor(result: MatchResult): { spoken: string; shown: string } {
	// A paste over the matcher's size cap is read from its end; say what was left out, match or not.
	const skipped = result.skipped
		? `Only the end of this paste was read: its first ${result.skipped.lines.toLocaleString('en')} lines were skipped.`
		: '';
	const [first] = result.matches;
	if (!first) {
		const none = `No known match in ${result.lineCount} ${result.lineCount === 1 ? 'line' : 'lines'}. We would rather say so than guess.`;
		return { spoken: '', shown: [none, skipped].filter(Boolean).join(' ') };
	}
	const more = result.matches.length - 1;
	const spoken = `${BAND_LABEL[first.confidence]}: ${first.page.title}.${more > 0 ? ` ${more} more in this log.` : ''}`;
	return { spoken, shown: skipped };
}

/** Wires every paste box on the page. */
export function startPasteMatcher(root: HTMLElement): void {
	const input = root.querySelector<HTMLTextAreaElement>('[data-paste-input]');
	const status = root.querySelector<HTMLElement>('[data-paste-status]');
	const results = root.querySelector<HTMLElement>('[data-paste-results]');
	const fallback = root.querySelector<HTMLElement>('[data-paste-fallback]');
	const textResults = root.querySelector<HTMLElement>('[data-paste-text-results]');
	const searchLink = root.querySelector<HTMLAnchorElement>('[data-paste-search-link]');
	const textHeading = root.querySelector<HTMLElement>('[data-paste-text-heading]');
	const suggestLink = root.querySelector<HTMLAnchorElement>('[data-paste-suggest]');
	const example = root.querySelector<HTMLButtonElement>('[data-paste-example]');
	const more = root.querySelector<HTMLElement>('[data-paste-more]');
	const suggestLead = root.querySelector<HTMLElement>('[data-paste-suggest-lead]');
	if (!input || !status || !results || !fallback || !textResults || !searchLink) return;
	let categories: CategoryNames = {};
	try {
		categories = JSON.parse(root.dataset.categories ?? '{}') as CategoryNames;
	} catch {
		// Without names the cards show category ids.
	}
	// Set when the text came from a paste, a drop or the example: its answer is then scrolled into view. Typing is
	// left alone, so the box does not jump away from the caret.
	let reveal = false;

	let worker: Worker | undefined;
	let latest = 0;
	// The request the worker is on, 0 when idle. A match runs to its end once started, so a new paste while the worker
	// is busy (a huge or hostile one) ends that worker and starts a fresh one: the newest input always wins, answered
	// in the time its own match takes, never after the old one.
	let busy = 0;
	const getWorker = () => {
		worker ??= new Worker(new URL('./match-worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<MatchResponse>) => {
			if (event.data.id === busy) busy = 0;
			void show(event.data);
		};
		worker.onerror = () => {
			busy = 0;
			status.textContent = 'The matcher could not run. Try the full-text search.';
		};
		return worker;
	};

	const show = async (response: MatchResponse) => {
		if (response.id !== latest) return; // an answer to an older paste
		if (response.error || !response.result) {
			status.textContent = `The matcher could not run: ${response.error ?? 'no answer'}. Try the full-text search.`;
			return;
		}
		const { result } = response;
		renderMatches(results, result, categories);
		root.dataset.state = result.matches.length > 0 ? 'match' : 'none';
		const { spoken, shown } = statusFor(result);
		status.replaceChildren(...(spoken ? [el('span', 'visually-hidden', spoken), ' '] : []), shown);
		const first = results.querySelector<HTMLElement>(':scope > li');
		if (reveal && first) {
			reveal = false;
			const motion = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
			first.scrollIntoView({ block: 'nearest', behavior: motion });
		}

		const query = maskSecrets((response.searchWords ?? []).join(' '));
		searchLink.href = searchPath({ q: query });
		// Full-text results stand in only when the matcher has no exact or likely answer.
		const sure = result.matches.some((m) => m.confidence !== 'weak');
		fallback.hidden = sure;
		if (more) more.hidden = false;
		if (suggestLead) suggestLead.textContent = sure ? 'Not your error?' : 'No page for this error yet?';
		if (suggestLink) {
			// "Suggest a new page" opens the issue form with the paste's error line in it, secrets masked.
			const { pasteErrorLine } = await import('../lib/search-query.ts');
			if (response.id !== latest) return;
			const url = new URL(suggestLink.href);
			url.searchParams.set('error-text', pasteErrorLine(bigPaste ?? input.value).slice(0, 2000));
			suggestLink.href = url.href;
		}
		if (sure) {
			textResults.replaceChildren();
			return;
		}
		let hits: Awaited<ReturnType<typeof searchText>> = [];
		try {
			hits = query ? await searchText(query, '', 5) : [];
		} catch {
			// No index (a dev server): the links below still lead on.
		}
		if (response.id !== latest) return;
		renderTextHits(textResults, hits);
		// Never a heading over an empty list.
		if (textHeading) textHeading.hidden = hits.length === 0;
		fallback.dataset.empty = String(hits.length === 0);
	};

	// A textarea holding megabytes of text takes the main thread for a long time to lay out, so a big paste is kept
	// in memory and matched whole while the box shows only its start.
	let bigPaste: string | undefined;
	input.addEventListener('paste', (event) => {
		const text = event.clipboardData?.getData('text/plain') ?? '';
		if (text.length <= BIG_PASTE) return;
		event.preventDefault();
		bigPaste = text;
		reveal = true;
		const megabytes = (text.length / 1024 / 1024).toFixed(1);
		input.value = `${text.slice(0, PREVIEW)}\n… (${megabytes} MB pasted: all of it is matched, only the start is shown here)`;
		clearTimeout(timer);
		submit();
	});

	let timer: ReturnType<typeof setTimeout> | undefined;
	const submit = () => {
		const text = bigPaste ?? input.value;
		const id = ++latest;
		if (busy && worker) {
			// The worker is still on an older paste: stop it now rather than let it finish for nothing.
			worker.terminate();
			worker = undefined;
			busy = 0;
		}
		if (!text.trim()) {
			results.replaceChildren();
			fallback.hidden = true;
			if (more) more.hidden = true;
			root.dataset.state = 'empty';
			status.textContent = '';
			return;
		}
		status.textContent = 'Matching…';
		getWorker().postMessage({ id, text } satisfies MatchRequest);
		busy = id;
	};
	input.addEventListener('input', (event) => {
		bigPaste = undefined; // the reader edited the box; match what it holds now
		const kind = event instanceof InputEvent ? event.inputType : '';
		reveal = kind === 'insertFromPaste' || kind === 'insertFromDrop';
		clearTimeout(timer);
		timer = setTimeout(submit, 250);
	});
	const tryExample = async () => {
		const { EXAMPLE_LOG } = await import('./example-log.ts');
		bigPaste = undefined;
		input.value = EXAMPLE_LOG;
		reveal = true;
		clearTimeout(timer);
		submit();
	};
	example?.addEventListener('click', () => void tryExample());
	if (input.value.trim()) submit();
}
