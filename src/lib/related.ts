// Ranks "related errors": the author's picks first, then nearest neighbours by shared rare terms and category.
import { STOP_WORDS } from './stop-words.ts';

/** What related-page ranking reads of a page. */
export interface RelatableEntry {
	id: string;
	category: string;
	/** Author-chosen related ids, in order. */
	related: string[];
	/** Title, signatures and description run together. */
	text: string;
}

/** An inverted index of every page's terms, built once per build. */
export interface RelatedCorpus {
	entries: Map<string, RelatableEntry & { terms: string[] }>;
	postings: Map<string, string[]>;
	idf: (term: string) => number;
}

/** Returns lower-case word tokens of three or more characters, without stop words. */
function extractTerms(text: string): string[] {
	return (text.toLowerCase().match(/[a-z0-9_]+/g) ?? []).filter((word) => word.length >= 3 && !STOP_WORDS.has(word));
}

// Terms on more than this share of pages say little about closeness and would make ranking quadratic.
const MAX_SHARE = 0.2;
const CATEGORY_BONUS = 1.5;

/** Returns the corpus that `rankRelated` reads. */
export function prepareRelated(all: RelatableEntry[]): RelatedCorpus {
	const entries = new Map(all.map((entry) => [entry.id, { ...entry, terms: [...new Set(extractTerms(entry.text))] }]));
	const postings = new Map<string, string[]>();
	for (const entry of entries.values()) {
		for (const term of entry.terms) {
			const list = postings.get(term);
			if (list) list.push(entry.id);
			else postings.set(term, [entry.id]);
		}
	}
	// Inverse document frequency makes shared rare words ("ghcr", "lockfile") count more than shared common ones.
	const idf = (term: string) => Math.log(1 + all.length / (postings.get(term)?.length ?? 1));
	return { entries, postings, idf };
}

/** Returns up to `limit` ids related to `id`: explicit ids first, then computed neighbours. */
export function rankRelated(id: string, corpus: RelatedCorpus, limit = 6): string[] {
	const target = corpus.entries.get(id);
	if (!target) return [];
	const picked = target.related.filter((r) => corpus.entries.has(r) && r !== id).slice(0, limit);
	if (picked.length >= limit) return picked;

	const maxPostings = Math.max(10, Math.floor(corpus.entries.size * MAX_SHARE));
	const scores = new Map<string, number>();
	for (const term of target.terms) {
		const list = corpus.postings.get(term) ?? [];
		if (list.length > maxPostings) continue;
		const weight = corpus.idf(term);
		for (const other of list) if (other !== id) scores.set(other, (scores.get(other) ?? 0) + weight);
	}
	const ranked = [...scores.entries()]
		.filter(([other]) => !picked.includes(other))
		.map(([other, score]) => ({ id: other, score: score + (corpus.entries.get(other)?.category === target.category ? CATEGORY_BONUS : 0) }))
		.filter((candidate) => candidate.score > CATEGORY_BONUS)
		.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
	return [...picked, ...ranked.slice(0, limit - picked.length).map((candidate) => candidate.id)];
}
