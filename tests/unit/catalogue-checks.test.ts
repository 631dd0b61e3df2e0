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

	test('returns signatures and match variants that another page already has once normalised', () => {
		const problems = findCatalogueProblems(
			[
				entry('git/a', {
					signatures: ['fatal: refusing to merge unrelated histories?'],
					matchVariants: ['Permission denied (publickey).'],
				}),
				// The same line without its final `?`, in another case, with another path: the matcher sees one wording.
				entry('git/b', { signatures: ['Fatal: Refusing to merge unrelated histories'] }),
				entry('git/c', { signatures: ['signature of git/c'], matchVariants: ['fatal: refusing to merge unrelated histories?'] }),
				// A longer line (it names the user@host) is another wording.
				entry('git/d', { signatures: ['git@github.com: Permission denied (publickey).'] }),
				entry('git/e', { signatures: ['permission denied (publickey)'] }),
				entry('git/f', { signatures: ['cannot open /home/runner/work/a/config'] }),
				entry('git/g', { signatures: ['cannot open /tmp/b/config'] }),
			],
			['git'],
		);
		expect(formatCatalogueProblems(problems)).toMatchInlineSnapshot(`
			"Invalid content (4 problems):
			  content/errors/git/b.mdx → signatures[0]: "Fatal: Refusing to merge unrelated histories" is already a signature of content/errors/git/a.mdx as "fatal: refusing to merge unrelated histories?" (the matcher normalises both to the same tokens); each signature must lead to one page
			  content/errors/git/c.mdx → matchVariants[0]: "fatal: refusing to merge unrelated histories?" is already a signature of content/errors/git/a.mdx; each signature must lead to one page
			  content/errors/git/e.mdx → signatures[0]: "permission denied (publickey)" is already a match variant of content/errors/git/a.mdx as "Permission denied (publickey)." (the matcher normalises both to the same tokens); each signature must lead to one page
			  content/errors/git/g.mdx → signatures[0]: "cannot open /tmp/b/config" is already a signature of content/errors/git/f.mdx as "cannot open /home/runner/work/a/config" (the matcher normalises both to the same tokens); each signature must lead to one page"
		`);
	});

	test('returns nothing for a wording repeated on its own page or a wording with no tokens', () => {
		expect(
			findCatalogueProblems(
				[
					entry('git/a', { signatures: ['exit code 128'], matchVariants: ['Exit code 128.', '!!!'] }),
					entry('git/b', { signatures: ['signature of git/b'], matchVariants: ['???'] }),
				],
				['git'],
			),
		).toEqual([]);
	});
});
