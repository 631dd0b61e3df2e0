// Node only: reads error pages straight from content/, so the CLI works in a clone without a build.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { errorPageSchema } from '../schema/error-page.ts';
import type { IndexSource } from '../lib/signature-index.ts';

/** Returns every error page under `<contentDir>/errors` as index sources; throws naming the file on bad frontmatter. */
export async function loadCatalogue(contentDir: string): Promise<IndexSource[]> {
	const errorsDir = path.join(contentDir, 'errors');
	const files = (await readdir(errorsDir, { recursive: true })).filter((f) => f.endsWith('.mdx') || f.endsWith('.md')).sort();
	return Promise.all(
		files.map(async (file) => {
			const full = path.join(errorsDir, file);
			const text = await readFile(full, 'utf8');
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
			if (frontmatter === undefined) throw new Error(`${full}: no frontmatter`);
			const result = errorPageSchema.safeParse(parse(frontmatter));
			if (!result.success) {
				const issue = result.error.issues[0];
				throw new Error(`${full} → ${issue?.path.join('.') || '(frontmatter)'}: ${issue?.message ?? 'invalid'}`);
			}
			const id = file.replace(/\\/g, '/').replace(/\.mdx?$/, '');
			return {
				id,
				title: result.data.title,
				category: result.data.category,
				signatures: result.data.signatures,
				matchVariants: result.data.matchVariants,
				umbrella: result.data.umbrella,
			};
		})
	);
}
