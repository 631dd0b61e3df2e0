import { describe, expect, test } from 'vitest';
import { findCatalogueProblems, formatCatalogueProblems, type CheckedEntry } from '../../src/lib/catalogue-checks.ts';

const entry = (id: string, data: Partial<CheckedEntry['data']> = {}): CheckedEntry => ({
	id,
	filePath: `content/errors/${id}.mdx`,
	data: { category: id.split('/')[0] ?? '', signatures: [`signature of ${id}`], related: [], ...data },
});

describe('findCatalogueProblems', () => {
	test('returns nothing for a consistent catalogue', () => {
		expect(findCatalogueProblems([entry('git/a', { related: ['git/b'] }), entry('git/b')], ['git'])).toEqual([]);
	});

	test('names the file and field of each cross-page problem', () => {
		const problems = findCatalogueProblems(
			[
				entry('git/a', { category: 'gti' }),
				entry('git/b', { related: ['git/nope', 'git/b'] }),
				entry('git/c', { signatures: ['Signature of git/b'] }),
			],
			['git'],
		);
		expect(formatCatalogueProblems(problems)).toMatchInlineSnapshot(`
			"Invalid content (5 problems):
			  content/errors/git/a.mdx → category: unknown category "gti"; add content/categories/gti.yaml or use one of: git
			  content/errors/git/a.mdx → category: category "gti" must equal the folder the file is in ("git")
			  content/errors/git/b.mdx → related[0]: "git/nope" is not an error page; expected an id like "<category>/<slug>" of a file under content/errors/
			  content/errors/git/b.mdx → related[1]: a page cannot be related to itself
			  content/errors/git/c.mdx → signatures[0]: "Signature of git/b" is already a signature of content/errors/git/b.mdx; each signature must lead to one page"
		`);
	});
});
