// Browser module: the header's search dialog (SearchDialog.astro). Pagefind loads on the first search, not before.

/** True when a key press belongs to a field the reader is typing in. */
function typing(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Wires the dialog, its openers (`[data-search-open]`, `/`, Ctrl+K or ⌘K) and its instant results. */
export function startSearchDialog(): void {
	const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
	const input = dialog?.querySelector<HTMLInputElement>('[data-search-dialog-input]');
	const status = dialog?.querySelector<HTMLElement>('[data-search-dialog-status]');
	const results = dialog?.querySelector<HTMLElement>('[data-search-dialog-results]');
	if (!dialog || !input || !status || !results || typeof dialog.showModal !== 'function') return;

	let opener: HTMLElement | null = null;
	const open = () => {
		if (dialog.open) return;
		opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		dialog.showModal();
		input.focus();
		input.select();
	};
	dialog.addEventListener('close', () => opener?.focus());
	dialog.querySelector('[data-search-dialog-close]')?.addEventListener('click', () => dialog.close());
	// Escape closes at once, even from the search field, where the browser would first only clear the text.
	// Tab cycles through the dialog's own controls and results: the page behind is inert, and focus does not leave
	// for the browser's toolbar either.
	dialog.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			event.preventDefault();
			dialog.close();
			return;
		}
		if (event.key !== 'Tab') return;
		const stops = [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter((el) => el.offsetParent !== null);
		const first = stops[0];
		const last = stops.at(-1);
		if (event.shiftKey && document.activeElement === first) {
			event.preventDefault();
			last?.focus();
		} else if (!event.shiftKey && document.activeElement === last) {
			event.preventDefault();
			first?.focus();
		}
	});
	// A click on the backdrop (the dialog box itself, outside its content) closes it.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});

	for (const link of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
		link.addEventListener('click', (event) => {
			const mouse = event as MouseEvent;
			if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button !== 0) return; // a new tab or window
			event.preventDefault();
			open();
		});
	}
	document.addEventListener('keydown', (event) => {
		if (event.defaultPrevented || event.altKey) return;
		const shortcut = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
		const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !typing(event.target);
		if (!shortcut && !slash) return;
		event.preventDefault();
		open();
	});

	let latest = 0;
	const run = async () => {
		const query = input.value.trim();
		const ticket = ++latest;
		if (!query) {
			results.replaceChildren();
			status.textContent = '';
			return;
		}
		try {
			const { renderTextHits, searchText } = await import('./pagefind.ts');
			const hits = await searchText(query, '', 8);
			if (ticket !== latest) return;
			renderTextHits(results, hits);
			status.textContent = hits.length
				? `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${query}”.`
				: `No pages match “${query}”. Try fewer words, or paste the whole error on the home page.`;
		} catch {
			if (ticket === latest) status.textContent = 'Search is unavailable here (the index is built by npm run build).';
		}
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), 150);
	});
}
