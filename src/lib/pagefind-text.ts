// Shipped to the browser (the search fallback) and used by the build (each error page's hidden aliases): how Pagefind
// splits words, written once.

// Pagefind keeps `_` inside a word and glues the words around these characters in a query (`ghcr.io` is looked up as
// `ghcrio`), so each page also indexes spaced and glued spellings of its signatures, and a query that finds nothing
// is tried again spaced out. Widening Pagefind's own word characters instead breaks other look-ups.
const JOINERS = '.:/-';
const JOINER_RUN = new RegExp(`[${JOINERS}]+`, 'g');
const GLUED_WORD = new RegExp(`[\\p{L}\\p{N}]+(?:[_${JOINERS}][\\p{L}\\p{N}]+)+`, 'gu');
const GLUE = new RegExp(`[_${JOINERS}]`, 'g');

/** Returns the query with the characters Pagefind glues words across replaced by spaces: `ghcr.io` → `ghcr io`. */
export function spaceOutJoiners(query: string): string {
	return query.replace(JOINER_RUN, ' ');
}

/** Returns extra spellings of a signature for the full-text index: all punctuation spaced out, and its glued words. */
export function searchAliases(signature: string): string[] {
	const spaced = signature
		.replace(/[^\p{L}\p{N}\s]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	// Glued with `_` as well, so `permission_denied` typed as one word finds its page too.
	const glued = (signature.match(GLUED_WORD) ?? []).map((word) => word.replace(GLUE, ''));
	return [...new Set([spaced, ...glued])].filter((alias) => alias !== signature);
}
