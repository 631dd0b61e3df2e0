// Node only: reads content/ by the content contract. The build's loader and the CLI both call it, so a clone without a
// build matches logs against the same pages, and both report the same problems.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatCatalogueProblems, type CatalogueProblem } from './catalogue-checks.ts';
import {
	categoryId,
	categoryPathProblem,
	errorPageId,
	errorPagePathProblem,
	findCrossPageProblems,
	parseCategory,
	parseErrorPage,
	toIndexSource,
	type ContentPage,
} from './content-contract.ts';
import type { IndexSource } from './signature-index.ts';

/** Everything read from a content folder. */
export interface Catalogue {
	/** Pages that passed their own checks, in id order. */
	pages: ContentPage[];
	categoryIds: string[];
	/** Every problem found, per file and across pages; the catalogue is valid when this is empty. */
	problems: CatalogueProblem[];
}

/** Thrown for invalid content; the message lists every problem as `file → field: message`. */
export class ContentError extends Error {
	readonly problems: CatalogueProblem[];
	constructor(problems: CatalogueProblem[]) {
		super(formatCatalogueProblems(problems));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** Returns the file's path as authors see it: relative to the working folder when inside it. */
function shown(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Returns the files under `dir`, relative to it, without hidden ones (`.DS_Store`, editor swap files), sorted. */
async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
		.filter((relative) => !relative.split(path.sep).some((part) => part.startsWith('.')))
		.sort();
}

/** Returns the pages, categories and every problem of the catalogue in `contentDir`. Throws when `errors/` is missing. */
export async function readCatalogue(contentDir: string): Promise<Catalogue> {
	const errorsDir = path.join(contentDir, 'errors');
	const categoriesDir = path.join(contentDir, 'categories');
	const problems: CatalogueProblem[] = [];

	const categoryIds: string[] = [];
	// No categories folder is one problem per page (unknown category), so an empty folder still reads as "no pages".
	const categoryFiles = await listFiles(categoriesDir).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	for (const relative of categoryFiles) {
		const file = path.join(categoriesDir, relative);
		const result = parseCategory(relative, shown(file), await readFile(file, 'utf8'));
		// A category whose file has problems still exists: its pages are not reported as well.
		if (categoryPathProblem(relative) === undefined) categoryIds.push(categoryId(relative));
		if (!result.ok) problems.push(...result.problems);
	}

	const pages: ContentPage[] = [];
	const unreadIds: string[] = [];
	const results = await Promise.all(
		(await listFiles(errorsDir)).map(async (relative) => {
			const file = path.join(errorsDir, relative);
			return { relative, result: parseErrorPage(relative, shown(file), await readFile(file, 'utf8')) };
		}),
	);
	for (const { relative, result } of results) {
		if (result.ok) pages.push(result.value);
		else {
			problems.push(...result.problems);
			if (errorPagePathProblem(relative) === undefined) unreadIds.push(errorPageId(relative));
		}
	}
	pages.sort((a, b) => a.id.localeCompare(b.id));
	problems.push(...findCrossPageProblems(pages, categoryIds, unreadIds));
	return { pages, categoryIds, problems };
}

/** Returns every error page under `<contentDir>/errors`; throws a ContentError listing every problem. */
export async function loadCatalogueFiles(contentDir: string): Promise<ContentPage[]> {
	const catalogue = await readCatalogue(contentDir);
	if (catalogue.problems.length > 0) throw new ContentError(catalogue.problems);
	return catalogue.pages;
}

/** Returns the pages as the paste matcher reads them; throws a ContentError listing every problem. */
export async function loadCatalogue(contentDir: string): Promise<IndexSource[]> {
	return (await loadCatalogueFiles(contentDir)).map((page) => toIndexSource(page.id, page.data));
}
