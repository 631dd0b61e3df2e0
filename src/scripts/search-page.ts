// Browser module: the /search/ page. Reads ?q= and ?category= from the URL, searches as you type.
import { renderTextHits, searchText } from './pagefind.ts';

/** Wires the search page's form, status line and result list. */
export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	const select = form?.querySelector<HTMLSelectElement>('select[name="category"]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const results = document.querySelector<HTMLElement>('[data-search-results]');
	if (!form || !input || !select || !status || !results) return;
	document.querySelector<HTMLElement>('[data-search-no-js]')?.setAttribute('hidden', '');

	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	select.value = params.get('category') ?? '';

	let latest = 0;
	const run = async () => {
		const query = input.value.trim();
		const category = select.value;
		const url = new URL(location.href);
		url.searchParams.set('q', query);
		if (category) url.searchParams.set('category', category);
		else url.searchParams.delete('category');
		history.replaceState(null, '', url);
		const ticket = ++latest;
		if (!query) {
			results.replaceChildren();
			status.textContent = 'Type an error message, code or keyword.';
			return;
		}
		status.textContent = 'Searching…';
		try {
			const hits = await searchText(query, category, 20);
			if (ticket !== latest) return; // a newer query has started; drop this answer
			renderTextHits(results, hits);
			status.textContent = hits.length
				? `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${query}”${category ? ` in ${category}` : ''}.`
				: `No pages match “${query}”${category ? ` in ${category}` : ''}. Try fewer words, or paste the whole error on the home page.`;
		} catch {
			if (ticket === latest)
				status.textContent = 'Search is unavailable here (the index is built by npm run build). Browse the categories below.';
		}
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), 200);
	});
	// run() catches its own errors and shows them in the status line.
	select.addEventListener('change', () => void run());
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	void run();
}
