// Cross-page rules that a per-file schema cannot see. Pure: used by the content loader and by tests.

/** The part of an error entry the cross-page rules read. */
export interface CheckedEntry {
	id: string;
	/** Path of the source file, as shown to authors. */
	filePath: string;
	data: { category: string; signatures: string[]; related: string[] };
}

/** One broken rule, naming the file and the frontmatter field. */
export interface CatalogueProblem {
	file: string;
	field: string;
	message: string;
}

/** Folds case and white space so near-identical signatures count as the same. */
export function foldSignature(signature: string): string {
	return signature.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Returns every cross-page problem: unknown or misplaced category, dangling related ids, shared signatures. */
export function findCatalogueProblems(entries: CheckedEntry[], categoryIds: Iterable<string>): CatalogueProblem[] {
	const problems: CatalogueProblem[] = [];
	const categories = new Set(categoryIds);
	const ids = new Set(entries.map((entry) => entry.id));
	const signatureOwner = new Map<string, string>();

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
		signatures.forEach((signature, index) => {
			const key = foldSignature(signature);
			const owner = signatureOwner.get(key);
			if (owner !== undefined && owner !== entry.filePath) {
				problems.push({
					file: entry.filePath,
					field: `signatures[${index}]`,
					message: `"${signature}" is already a signature of ${owner}; each signature must lead to one page`,
				});
			} else {
				signatureOwner.set(key, entry.filePath);
			}
		});
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
