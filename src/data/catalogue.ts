// The one place pages read the collections: sorted lists and small view models for listings.
import { getCollection, type CollectionEntry } from 'astro:content';
import { prepareRelated, rankRelated, type RelatedCorpus } from '../lib/related.ts';
import { errorPath } from '../lib/urls.ts';

export type ErrorEntry = CollectionEntry<'errors'>;
export type CategoryEntry = CollectionEntry<'categories'>;

/** A row in an error listing. */
export interface ErrorSummary {
	id: string;
	href: string;
	title: string;
	description: string;
	signature: string;
	category: string;
	categoryTitle: string;
	updated: Date;
	/** How many public reports of the error the page cites: how common it is. */
	reports: number;
}

/** Returns every category, in display order. */
export async function getCategories(): Promise<CategoryEntry[]> {
	const categories = await getCollection('categories');
	return categories.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** A category as listed on the home, search and 404 pages. */
export interface CategoryCard {
	id: string;
	title: string;
	description: string;
	count: number;
}

/** Returns every category with its number of error pages, in display order. */
export async function getCategoryCards(): Promise<CategoryCard[]> {
	const [errors, categories] = await Promise.all([getErrors(), getCategories()]);
	return categories.map((c) => ({
		id: c.id,
		title: c.data.title,
		description: c.data.description,
		count: errors.filter((e) => e.data.category === c.id).length,
	}));
}

/** Returns every error page, sorted by id. */
export async function getErrors(): Promise<ErrorEntry[]> {
	const errors = await getCollection('errors');
	return errors.sort((a, b) => a.id.localeCompare(b.id));
}

/** Returns the listing view of an error page. */
export function summarizeError(entry: ErrorEntry, categories: CategoryEntry[]): ErrorSummary {
	const category = categories.find((c) => c.id === entry.data.category);
	return {
		id: entry.id,
		href: errorPath(entry.id),
		title: entry.data.title,
		description: entry.data.description,
		signature: entry.data.signatures[0] ?? '',
		category: entry.data.category,
		categoryTitle: category?.data.title ?? entry.data.category,
		updated: entry.data.updated,
		reports: entry.data.evidence.length,
	};
}

/** Returns the listing, most reported error first (ties by title). */
export function byReports(errors: ErrorSummary[]): ErrorSummary[] {
	return [...errors].sort((a, b) => b.reports - a.reports || a.title.localeCompare(b.title));
}

/** Returns the error pages most recently reviewed, newest first. */
export function recentlyReviewed(errors: ErrorEntry[], limit: number): ErrorEntry[] {
	return [...errors].sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.id.localeCompare(b.id)).slice(0, limit);
}

/** Returns the most recently reviewed page of each category, newest first: a mix, not one category's batch. */
export function latestPerCategory(errors: ErrorEntry[], limit: number): ErrorEntry[] {
	const seen = new Set<string>();
	return recentlyReviewed(errors, errors.length)
		.filter((e) => !seen.has(e.data.category) && seen.add(e.data.category))
		.slice(0, limit);
}

let corpus: { errors: ErrorEntry[]; corpus: RelatedCorpus } | undefined;

/** Returns the related pages of `entry`: explicit picks, then computed neighbours. */
export function relatedErrors(entry: ErrorEntry, errors: ErrorEntry[], limit = 6): ErrorEntry[] {
	// Built once per build, not once per page: pages are rendered one after another from the same list.
	if (corpus?.errors !== errors) {
		corpus = {
			errors,
			corpus: prepareRelated(
				errors.map((e) => ({
					id: e.id,
					category: e.data.category,
					related: e.data.related,
					text: [e.data.title, e.data.description, ...e.data.signatures].join(' '),
				})),
			),
		};
	}
	const byId = new Map(errors.map((e) => [e.id, e]));
	return rankRelated(entry.id, corpus.corpus, limit).flatMap((id) => byId.get(id) ?? []);
}
