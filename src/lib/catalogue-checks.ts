// Cross-page rules that a per-file schema cannot see. Pure: used by the content loader and by tests.
import { signatureTokens } from './normalize.ts';

/** The part of an error entry the cross-page rules read. */
export interface CheckedEntry {
	id: string;
	/** Path of the source file, as shown to authors. */
	filePath: string;
	data: { category: string; signatures: string[]; matchVariants?: string[]; related: string[] };
}

/** One broken rule, naming the file and the frontmatter field. */
export interface CatalogueProblem {
	file: string;
	field: string;
	message: string;
}

/**
 * Returns what the matcher compares a signature or match variant by: its token sequence. Two wordings with the same
 * key (a copy without its final `?`, another case, another path or version) are one entry to the matcher.
 */
export function signatureKey(signature: string): string {
	return signatureTokens(signature).join(' ');
}

interface Wording {
	file: string;
	field: string;
	kind: 'signature' | 'match variant';
	text: string;
}

/**
 * Returns every cross-page problem: unknown or misplaced category, dangling related ids, and signatures or match
 * variants that two pages share once normalised the way the matcher reads them. `unreadIds` are pages that exist but
 * failed their own checks: a link to one is not dangling (that page's own problems are reported already).
 */
export function findCatalogueProblems(
	entries: CheckedEntry[],
	categoryIds: Iterable<string>,
	unreadIds: Iterable<string> = [],
): CatalogueProblem[] {
	const problems: CatalogueProblem[] = [];
	const categories = new Set(categoryIds);
	const ids = new Set([...entries.map((entry) => entry.id), ...unreadIds]);
	const wordingOwner = new Map<string, Wording>();

	for (const entry of entries) {
		const { category, signatures, related } = entry.data;
		const folder = entry.id.split('/')[0] ?? '';
		if (!categories.has(category)) {
			problems.push({
				file: entry.filePath,
				field: 'category',
				message: `unknown category "${category}"; add content/categories/${category}.yaml or use one of: ${[...categories].sort().join(', ')}`,
			});
		}
		if (category !== folder) {
			problems.push({
				file: entry.filePath,
				field: 'category',
				message: `category "${category}" must equal the folder the file is in ("${folder}")`,
			});
		}
		related.forEach((relatedId, index) => {
			if (relatedId === entry.id) {
				problems.push({ file: entry.filePath, field: `related[${index}]`, message: 'a page cannot be related to itself' });
			} else if (!ids.has(relatedId)) {
				problems.push({
					file: entry.filePath,
					field: `related[${index}]`,
					message: `"${relatedId}" is not an error page; expected an id like "<category>/<slug>" of a file under content/errors/`,
				});
			}
		});
		const wordings: Wording[] = [
			...signatures.map((text, index) => ({ file: entry.filePath, field: `signatures[${index}]`, kind: 'signature' as const, text })),
			...(entry.data.matchVariants ?? []).map((text, index) => ({
				file: entry.filePath,
				field: `matchVariants[${index}]`,
				kind: 'match variant' as const,
				text,
			})),
		];
		for (const wording of wordings) {
			const key = signatureKey(wording.text);
			if (key === '') continue;
			const owner = wordingOwner.get(key);
			if (owner === undefined) {
				wordingOwner.set(key, wording);
			} else if (owner.file !== entry.filePath) {
				const same = owner.text.trim().toLowerCase() === wording.text.trim().toLowerCase();
				problems.push({
					file: entry.filePath,
					field: wording.field,
					message:
						`"${wording.text}" is already a ${owner.kind} of ${owner.file}` +
						(same ? '' : ` as "${owner.text}" (the matcher normalises both to the same tokens)`) +
						'; each signature must lead to one page',
				});
			}
		}
	}
	return problems;
}

/** Formats problems as one message per line, `file → field: message`. */
export function formatCatalogueProblems(problems: CatalogueProblem[]): string {
	return [
		`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
		...problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`),
	].join('\n');
}
