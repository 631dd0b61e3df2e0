// Ranks "related errors": the author's picks first, then nearest neighbours by shared rare terms and category.
import { extractTerms } from './terms.ts';

/** What related-page ranking reads of a page. */
export interface RelatableEntry {
	id: string;
	category: string;
	/** Author-chosen related ids, in order. */
	related: string[];
	/** Title, signatures and description run together. */
	text: string;
}

/** Returns up to `limit` ids related to `target`: explicit ids first, then computed neighbours. */
export function rankRelated(target: RelatableEntry, all: RelatableEntry[], limit = 6): string[] {
	const known = new Set(all.map((entry) => entry.id));
	const picked = target.related.filter((id) => known.has(id) && id !== target.id).slice(0, limit);
	if (picked.length >= limit) return picked;

	// Inverse document frequency makes shared rare words ("ghcr", "lockfile") count more than shared common ones.
	const termSets = new Map(all.map((entry) => [entry.id, new Set(extractTerms(entry.text))]));
	const documentFrequency = new Map<string, number>();
	for (const terms of termSets.values()) for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
	const idf = (term: string) => Math.log(1 + all.length / (documentFrequency.get(term) ?? 1));

	const targetTerms = termSets.get(target.id) ?? new Set<string>();
	const scored = all
		.filter((entry) => entry.id !== target.id && !picked.includes(entry.id))
		.map((entry) => {
			let score = entry.category === target.category ? 1.5 : 0;
			for (const term of termSets.get(entry.id) ?? []) if (targetTerms.has(term)) score += idf(term);
			return { id: entry.id, score };
		})
		.filter((candidate) => candidate.score > 1.5)
		.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));

	return [...picked, ...scored.slice(0, limit - picked.length).map((candidate) => candidate.id)];
}
