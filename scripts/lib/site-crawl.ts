// The pure half of the built site's link crawl (tests/e2e/links.test.ts): the links and ids in a page's HTML, and the
// `#fragment` links whose target is missing.

/** Returns every `href` and `src` value in the HTML, with `&amp;` decoded. */
export function extractLinks(html: string): string[] {
	return [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}

/** Returns the ids in the HTML: every `id` attribute, and the `name` of `<a>` elements (an older fragment target). */
export function extractIds(html: string): Set<string> {
	const ids = new Set<string>();
	for (const m of html.matchAll(/\sid="([^"]*)"/g)) ids.add(decodeEntities(m[1] ?? ''));
	for (const m of html.matchAll(/<a\s[^>]*?\bname="([^"]*)"/g)) ids.add(decodeEntities(m[1] ?? ''));
	return ids;
}

function decodeEntities(text: string): string {
	return text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** A link with a `#fragment`, found on page `from`, to page `path`. */
export interface FragmentLink {
	/** The link as written. */
	href: string;
	/** Path of the page that holds the link. */
	from: string;
	/** Path of the page it points to. */
	path: string;
	/** The fragment, without `#`, not yet percent-decoded. */
	fragment: string;
}

/**
 * Returns a message for each fragment link whose page has no element with that id: `#` alone and `#top` are the top
 * of the page by definition; a link to a page not crawled as HTML is dead too.
 */
export function findDeadFragments(links: FragmentLink[], idsByPath: ReadonlyMap<string, ReadonlySet<string>>): string[] {
	const dead: string[] = [];
	for (const link of links) {
		let id: string;
		try {
			id = decodeURIComponent(link.fragment);
		} catch {
			id = link.fragment;
		}
		if (id === '' || id.toLowerCase() === 'top') continue;
		const ids = idsByPath.get(link.path);
		if (!ids) dead.push(`${link.href} (in ${link.from}): ${link.path} is not a page of the site`);
		else if (!ids.has(id)) dead.push(`${link.href} (in ${link.from}): no element with id="${id}" on ${link.path}`);
	}
	return dead;
}
