// Node only: reads error pages straight from content/, so the CLI works in a clone without a build.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, YAMLError } from 'yaml';
import type { IndexSource } from '../lib/signature-index.ts';
import { errorPageSchema, type ErrorPageData } from '../schema/error-page.ts';

/** An error page read from disk. */
export interface CatalogueFile {
	id: string;
	/** Absolute path of the file. */
	file: string;
	data: ErrorPageData;
	/** The MDX body after the frontmatter. */
	body: string;
}

/** Returns the frontmatter's data; throws naming the file, and the line and column in it, on invalid YAML. */
function parseFrontmatter(yaml: string, file: string): unknown {
	try {
		return parse(yaml);
	} catch (error) {
		if (!(error instanceof YAMLError)) throw error;
		// The library counts lines from the start of the frontmatter, which begins on the file's second line.
		const at = error.linePos?.[0];
		const where = at ? `:${at.line + 1}:${at.col}` : '';
		throw new Error(`${file}${where}: invalid YAML in the frontmatter: ${error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '')}`);
	}
}

/** Returns every error page under `<contentDir>/errors`; throws naming the file and field on bad frontmatter. */
export async function loadCatalogueFiles(contentDir: string): Promise<CatalogueFile[]> {
	const errorsDir = path.join(contentDir, 'errors');
	const files = (await readdir(errorsDir, { recursive: true })).filter((f) => f.endsWith('.mdx') || f.endsWith('.md')).sort();
	return Promise.all(
		files.map(async (relative) => {
			const file = path.join(errorsDir, relative);
			const text = await readFile(file, 'utf8');
			const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
			if (!match) throw new Error(`${file}: no frontmatter`);
			const result = errorPageSchema.safeParse(parseFrontmatter(match[1] ?? '', file));
			if (!result.success) {
				const issue = result.error.issues[0];
				throw new Error(`${file} → ${issue?.path.join('.') || '(frontmatter)'}: ${issue?.message ?? 'invalid'}`);
			}
			return { id: relative.replace(/\\/g, '/').replace(/\.mdx?$/, ''), file, data: result.data, body: text.slice(match[0].length) };
		}),
	);
}

/** Returns the pages as signature-index sources. */
export async function loadCatalogue(contentDir: string): Promise<IndexSource[]> {
	return (await loadCatalogueFiles(contentDir)).map(({ id, data }) => ({
		id,
		title: data.title,
		category: data.category,
		signatures: data.signatures,
		matchVariants: data.matchVariants,
		umbrella: data.umbrella,
	}));
}
