// Browser module: marks the section being read in every "On this page" list (the side column on wide screens, the
// folding bar on phones), and folds the phone bar away once a link in it is followed.

/** A heading counts as being read once its top passes this share of the window's height. */
const READING_LINE = 0.3;

/** Wires every `[data-toc]` list on the page. */
export function trackSections(): void {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
	const ids = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))];
	const headings = ids.flatMap((id) => document.getElementById(id) ?? []);
	const labels = document.querySelectorAll<HTMLElement>('[data-toc-current]');
	let current: string | undefined;

	const update = () => {
		const line = window.innerHeight * READING_LINE;
		// The last heading above the reading line; at the very end of the page, the last one on it.
		let reading = headings.filter((heading) => heading.getBoundingClientRect().top <= line).pop();
		if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) reading = headings.at(-1);
		const id = reading?.id;
		if (id === current) return;
		current = id;
		let text = '';
		for (const link of links) {
			const on = decodeURIComponent(link.hash.slice(1)) === id;
			if (on) {
				link.setAttribute('aria-current', 'true');
				text = link.textContent ?? '';
			} else link.removeAttribute('aria-current');
		}
		for (const label of labels) label.textContent = text;
	};

	if (headings.length > 0 && 'IntersectionObserver' in window) {
		// Each heading crossing the reading line, either way, is the moment the section being read changes.
		const observer = new IntersectionObserver(update, { rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px` });
		for (const heading of headings) observer.observe(heading);
		// The last sections may be too short to reach the reading line: the page's end marks them.
		addEventListener('scrollend', update, { passive: true });
	}

	for (const bar of document.querySelectorAll<HTMLDetailsElement>('details[data-toc]')) {
		bar.addEventListener('click', (event) => {
			if ((event.target as Element).closest('a')) bar.open = false;
		});
	}
}
