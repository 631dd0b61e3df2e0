import { readdirSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { findCatalogueProblems, formatCatalogueProblems } from './lib/catalogue-checks.ts';
import { resolveContentDir } from './lib/content-dir.ts';
import { categorySchema } from './schema/category.ts';
import { errorPageSchema } from './schema/error-page.ts';

const contentDir = resolveContentDir();
const categoriesDir = path.join(contentDir, 'categories');

/** The glob loader, then the rules that span pages, so `astro check` and `astro build` both fail on them. */
function errorPagesLoader(): Loader {
	const inner = glob({ pattern: '**/*.mdx', base: path.join(contentDir, 'errors') });
	return {
		name: 'error-atlas-errors',
		load: async (context) => {
			await inner.load(context);
			const categoryIds = readdirSync(categoriesDir)
				.filter((file) => file.endsWith('.yaml'))
				.map((file) => file.replace(/\.yaml$/, ''));
			const entries = context.store.values().map((entry) => ({
				id: entry.id,
				filePath: entry.filePath ?? entry.id,
				data: entry.data as { category: string; signatures: string[]; matchVariants: string[]; related: string[] },
			}));
			const problems = findCatalogueProblems(entries, categoryIds);
			if (problems.length > 0) throw new Error(formatCatalogueProblems(problems));
		},
	};
}

const categories = defineCollection({
	loader: glob({ pattern: '*.yaml', base: categoriesDir }),
	schema: categorySchema,
});

const errors = defineCollection({
	loader: errorPagesLoader(),
	schema: errorPageSchema,
});

export const collections = { categories, errors };
