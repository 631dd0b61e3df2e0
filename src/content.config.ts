import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { CATEGORY_GLOB, categoryId, ERROR_PAGE_GLOB, errorPageId, findReaderDifferences } from './lib/content-contract.ts';
import { resolveContentDir } from './lib/content-dir.ts';
import { ContentError, readCatalogue, type Catalogue } from './lib/read-catalogue.ts';
import { categorySchema } from './schema/category.ts';
import { errorPageSchema } from './schema/error-page.ts';

const contentDir = resolveContentDir();

let reading: Promise<Catalogue> | undefined;
/** One read of content/ by the contract (the CLI's reader) for both collections; the next sync (in dev) reads again. */
function readContent(): Promise<Catalogue> {
	reading ??= readCatalogue(contentDir).finally(() => setTimeout(() => (reading = undefined), 0));
	return reading;
}

/**
 * Astro's glob loader, run only once the contract's reader found no problem, so `astro check` and `astro build` list
 * every problem at once, per file and across pages, exactly as the CLI does, whichever collection fails first.
 */
function contractLoader(name: string, inner: Loader, after?: (catalogue: Catalogue, context: LoaderContext) => void): Loader {
	return {
		name,
		load: async (context) => {
			const catalogue = await readContent();
			if (catalogue.problems.length > 0) throw new ContentError(catalogue.problems);
			await inner.load(context);
			after?.(catalogue, context);
		},
	};
}

const categories = defineCollection({
	loader: contractLoader(
		'error-atlas-categories',
		glob({ pattern: CATEGORY_GLOB, base: path.join(contentDir, 'categories'), generateId: ({ entry }) => categoryId(entry) }),
	),
	schema: categorySchema,
});

const errors = defineCollection({
	loader: contractLoader(
		'error-atlas-errors',
		glob({ pattern: ERROR_PAGE_GLOB, base: path.join(contentDir, 'errors'), generateId: ({ entry }) => errorPageId(entry) }),
		// Astro parses frontmatter with its own YAML parser: the site must hold exactly the pages the CLI reads.
		(catalogue, context) => {
			const differences = findReaderDifferences(catalogue.pages, context.store.values());
			if (differences.length > 0) throw new ContentError(differences);
		},
	),
	schema: errorPageSchema,
});

export const collections = { categories, errors };
