// Browser module: the filter box over a category's error list. Without scripts the box stays hidden and every
// error is listed.

/** Wires the filter box `[data-list-filter]` to the list `[data-filter-list]` it names by id. */
export function startListFilter(box: HTMLElement): void {
	const input = box.querySelector<HTMLInputElement>('input');
	const status = box.querySelector<HTMLElement>('[data-filter-status]');
	const list = document.getElementById(box.dataset.listFilter ?? '');
	if (!input || !status || !list) return;
	const items = [...list.querySelectorAll<HTMLElement>(':scope > li')];
	const texts = items.map((item) => (item.textContent ?? '').toLowerCase());
	box.hidden = false;

	const apply = () => {
		const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
		let shown = 0;
		items.forEach((item, i) => {
			const match = words.every((word) => texts[i]!.includes(word));
			item.hidden = !match;
			if (match) shown++;
		});
		status.textContent = words.length === 0 ? '' : `${shown} of ${items.length} ${items.length === 1 ? 'error' : 'errors'} shown.`;
	};
	input.addEventListener('input', apply);
	// A value the browser restored on going back applies at once.
	if (input.value) apply();
}
