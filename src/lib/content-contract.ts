// The content contract, one copy for the build (src/content.config.ts) and the CLI (src/lib/read-catalogue.ts):
// which files are pages, how a page's id is made, where its frontmatter is, the schema, the cross-page rules and
// what the matcher reads of a page. No Node APIs: the reading itself is in read-catalogue.ts.
import { parse, YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { categorySchema, type CategoryData } from '../schema/category.ts';
import { errorPageSchema, type ErrorPageData } from '../schema/error-page.ts';
import { findCatalogueProblems, type CatalogueProblem } from './catalogue-checks.ts';
import type { IndexSource } from './signature-index.ts';

/** Glob of the error pages under `<content>/errors/`, as the build's loader lists them. */
export const ERROR_PAGE_GLOB = '**/*.mdx';
/** Glob of the categories under `<content>/categories/`. */
export const CATEGORY_GLOB = '*.yaml';

const SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ERROR_PAGE_PATH = new RegExp(`^${SEGMENT}/${SEGMENT}\\.mdx$`);
const CATEGORY_PATH = new RegExp(`^${SEGMENT}\\.yaml$`);

/** Returns the id of the error page at `relativePath` under `errors/`: `docker/manifest-unknown.mdx` → `docker/manifest-unknown`. */
export function errorPageId(relativePath: string): string {
	return relativePath.replace(/\\/g, '/').replace(/\.mdx$/, '');
}

/** Returns the id of the category at `relativePath` under `categories/`: `docker.yaml` → `docker`. */
export function categoryId(relativePath: string): string {
	return relativePath.replace(/\\/g, '/').replace(/\.yaml$/, '');
}

/** Returns why a file under `errors/` cannot be a page, or nothing when its path is a page's. */
export function errorPagePathProblem(relativePath: string): string | undefined {
	const posix = relativePath.replace(/\\/g, '/');
	if (ERROR_PAGE_PATH.test(posix)) return undefined;
	if (!posix.endsWith('.mdx')) return 'only error pages belong here: one `.mdx` file per error, at errors/<category>/<slug>.mdx';
	return 'an error page lives at errors/<category>/<slug>.mdx, both names in lower-case letters, digits and single hyphens';
}

/** Returns why a file under `categories/` cannot be a category, or nothing when its path is a category's. */
export function categoryPathProblem(relativePath: string): string | undefined {
	if (CATEGORY_PATH.test(relativePath.replace(/\\/g, '/'))) return undefined;
	return 'a category is one `<id>.yaml` file here, the id in lower-case letters, digits and single hyphens';
}

/** Frontmatter split from the page's body. */
interface SplitPage {
	yaml: string;
	body: string;
}

/**
 * Returns the YAML between the `---` line that opens the file (after an optional byte-order mark) and the next `---`
 * line, and the body after it; nothing when the file does not open that way. Stricter than Astro's reader, which also
 * takes TOML (`+++`) and leading blank lines: a file this rejects fails the build and the CLI alike.
 */
export function splitFrontmatter(text: string): SplitPage | undefined {
	const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return undefined;
	return { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

/** A page that passed its own checks (the cross-page ones come after). */
export interface ContentPage {
	id: string;
	/** Path of the file, as shown to authors. */
	file: string;
	data: ErrorPageData;
	/** The MDX body after the frontmatter. */
	body: string;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: CatalogueProblem[] };

/** Returns the parsed YAML, or the problem naming the line and column of the syntax error. */
function parseYaml(yaml: string, file: string, firstLine: number): Parsed<unknown> {
	try {
		return { ok: true, value: parse(yaml) };
	} catch (error) {
		if (!(error instanceof YAMLError)) throw error;
		const at = error.linePos?.[0];
		const where = at ? `:${at.line + firstLine - 1}:${at.col}` : '';
		const message = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
		return { ok: false, problems: [{ file: `${file}${where}`, field: 'frontmatter', message: `invalid YAML: ${message}` }] };
	}
}

/** Returns every schema issue of `data` as problems naming the field, with a suggestion for a misspelt key. */
function schemaProblems<S extends z.ZodType>(schema: S, data: unknown, file: string): Parsed<z.output<S>> {
	const result = schema.safeParse(data ?? {});
	if (result.success) return { ok: true, value: result.data };
	const problems = result.error.issues.flatMap((issue): CatalogueProblem[] => {
		if (issue.code !== 'unrecognized_keys') {
			// Zod's own wording for an absent field ("expected array, received undefined") reads as a type mistake.
			const missing = issue.code === 'invalid_type' && issue.message.startsWith('Invalid input') && valueAt(data, issue.path) === undefined;
			return [
				{ file, field: fieldName(issue.path) || '(frontmatter)', message: missing ? 'missing: this field is required' : issue.message },
			];
		}
		const known = keysAt(schema, issue.path);
		return issue.keys.map((key) => {
			const near = closestKey(key, known);
			return {
				file,
				field: fieldName([...issue.path, key]),
				message: `unknown key${near ? `; did you mean "${near}"?` : `; expected one of: ${known.join(', ')}`}`,
			};
		});
	});
	return { ok: false, problems };
}

/** Returns the value at `path` in parsed YAML, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const part of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined;
	return value;
}

/** Returns `sources[0].url` for the path `['sources', 0, 'url']`. */
function fieldName(path: readonly PropertyKey[]): string {
	return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');
}

interface SchemaDef {
	type: string;
	shape?: Record<string, { _zod: { def: SchemaDef } }>;
	element?: { _zod: { def: SchemaDef } };
	innerType?: { _zod: { def: SchemaDef } };
	in?: { _zod: { def: SchemaDef } };
}

/** Returns the keys the schema allows in the object at `path`. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
	const unwrap = () => {
		for (let inner = def.innerType ?? def.in; inner; inner = def.innerType ?? def.in) def = inner._zod.def;
	};
	for (const part of path) {
		unwrap();
		const next = typeof part === 'number' ? def.element : def.shape?.[String(part)];
		if (!next) return [];
		def = next._zod.def;
	}
	unwrap();
	return Object.keys(def.shape ?? {});
}

/** Returns the allowed key that `key` is most likely a misspelling of (another case, or one or two letters off). */
function closestKey(key: string, known: string[]): string | undefined {
	let best: { key: string; distance: number } | undefined;
	for (const candidate of known) {
		const distance = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(candidate.toLowerCase(), key.toLowerCase());
		if (distance <= 2 && (!best || distance < best.distance)) best = { key: candidate, distance };
	}
	return best?.key;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = row;
	}
	return previous[b.length] ?? 0;
}

/** Returns the page in `text`, or every problem of the file: its path, its frontmatter and each field. */
export function parseErrorPage(relativePath: string, file: string, text: string): Parsed<ContentPage> {
	const pathProblem = errorPagePathProblem(relativePath);
	if (pathProblem) return { ok: false, problems: [{ file, field: '(file name)', message: pathProblem }] };
	const split = splitFrontmatter(text);
	if (!split) {
		const message = 'the file must open with a `---` line, the YAML frontmatter, and a closing `---` line';
		return { ok: false, problems: [{ file, field: 'frontmatter', message }] };
	}
	// The frontmatter starts on the file's second line; the parser counts from the start of the YAML.
	const yaml = parseYaml(split.yaml, file, 2);
	if (!yaml.ok) return yaml;
	const data = schemaProblems(errorPageSchema, yaml.value, file);
	if (!data.ok) return data;
	return { ok: true, value: { id: errorPageId(relativePath), file, data: data.value, body: split.body } };
}

/** Returns the category in a `categories/*.yaml` file, or every problem of the file. */
export function parseCategory(relativePath: string, file: string, text: string): Parsed<{ id: string; data: CategoryData }> {
	const pathProblem = categoryPathProblem(relativePath);
	if (pathProblem) return { ok: false, problems: [{ file, field: '(file name)', message: pathProblem }] };
	const yaml = parseYaml(text.replace(/^\uFEFF/, ''), file, 1);
	if (!yaml.ok) return yaml;
	const data = schemaProblems(categorySchema, yaml.value, file);
	if (!data.ok) return data;
	return { ok: true, value: { id: categoryId(relativePath), data: data.value } };
}

/**
 * Returns the rules that span pages, broken: categories, related ids, signatures shared between pages. `unreadIds`
 * are the pages that failed their own checks, so that a link to one of them is not reported as well.
 */
export function findCrossPageProblems(
	pages: ContentPage[],
	categoryIds: Iterable<string>,
	unreadIds: Iterable<string>,
): CatalogueProblem[] {
	return findCatalogueProblems(
		pages.map((page) => ({ id: page.id, filePath: page.file, data: page.data })),
		categoryIds,
		unreadIds,
	);
}

/** Returns what the paste matcher reads of a page. */
export function toIndexSource(id: string, data: ErrorPageData): IndexSource {
	return {
		id,
		title: data.title,
		category: data.category,
		signatures: data.signatures,
		matchVariants: data.matchVariants,
		umbrella: data.umbrella,
		...(data.quickFixes[0] ? { fix: data.quickFixes[0].title } : {}),
	};
}

/**
 * Returns where the build's entries differ from the pages the contract reads: a page only one of them has, or data
 * the two frontmatter parsers (Astro's and the `yaml` package) read differently. Empty when the CLI and the site agree.
 */
export function findReaderDifferences(pages: ContentPage[], built: { id: string; filePath?: string; data: unknown }[]): CatalogueProblem[] {
	const problems: CatalogueProblem[] = [];
	const byId = new Map(pages.map((page) => [page.id, page]));
	const builtIds = new Set(built.map((entry) => entry.id));
	for (const page of pages) {
		if (!builtIds.has(page.id)) {
			problems.push({ file: page.file, field: '(file name)', message: `the build has no entry "${page.id}" for this file` });
		}
	}
	for (const entry of built) {
		const page = byId.get(entry.id);
		if (!page) {
			problems.push({
				file: entry.filePath ?? entry.id,
				field: '(file name)',
				message: `the build read "${entry.id}", which is no error page of the contract`,
			});
			continue;
		}
		const ours = page.data as Record<string, unknown>;
		const theirs = (entry.data ?? {}) as Record<string, unknown>;
		for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
			const a = JSON.stringify(ours[key]);
			const b = JSON.stringify(theirs[key]);
			if (a !== b) {
				problems.push({
					file: page.file,
					field: key,
					message: `Astro's frontmatter parser reads ${b ?? 'nothing'}, the contract's (the CLI's) reads ${a ?? 'nothing'}`,
				});
			}
		}
	}
	return problems;
}
