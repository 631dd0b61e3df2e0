import { describe, expect, test } from 'vitest';
import {
	errorPageId,
	errorPagePathProblem,
	findReaderDifferences,
	parseCategory,
	parseErrorPage,
	splitFrontmatter,
	toIndexSource,
} from '../../src/lib/content-contract.ts';

const FRONTMATTER = `title: "widget not found: manifest unknown"
description: "Fixture page: the registry has no widget with the requested tag, so the pull fails."
category: tool-a
signatures:
  - "manifest unknown: widget tag not found"
causes:
  - title: "The tag was never pushed"
    detail: "The registry has no manifest for the tag you asked for."
quickFixes:
  - title: "Push the tag first"
    detail: "Pull only tags that exist."
evidence:
  - url: "https://github.com/acme-corp/widget/issues/1"
    title: "Fixture report one"
    quote: "manifest unknown: widget tag not found"
  - url: "https://github.com/acme-corp/widget/issues/2"
    title: "Fixture report two"
    quote: "manifest unknown: widget tag not found"
updated: 2026-11-21
`;
const PAGE = `---\n${FRONTMATTER}---\n\n## What the error means\n`;

const problemsOf = (text: string, relative = 'tool-a/widget-missing.mdx') => {
	const result = parseErrorPage(relative, `errors/${relative}`, text);
	return result.ok ? [] : result.problems.map((p) => `${p.file} → ${p.field}: ${p.message}`);
};

describe('splitFrontmatter', () => {
	test('returns the YAML and the body of a page', () => {
		expect(splitFrontmatter('---\na: 1\n---\nbody\n')).toEqual({ yaml: 'a: 1\n', body: 'body\n' });
	});

	test('accepts a byte-order mark and CRLF line ends, as Astro does', () => {
		expect(splitFrontmatter('\uFEFF---\r\na: 1\r\n---\r\nbody')).toEqual({ yaml: 'a: 1\r\n', body: 'body' });
	});

	test('accepts an empty frontmatter', () => {
		expect(splitFrontmatter('---\n---\nbody')).toEqual({ yaml: '', body: 'body' });
	});

	test('returns nothing when the file does not open with a --- line, or never closes it', () => {
		expect(splitFrontmatter('title: x\n')).toBeUndefined();
		expect(splitFrontmatter('\n---\na: 1\n---\n')).toBeUndefined();
		expect(splitFrontmatter('---\na: 1\n')).toBeUndefined();
		expect(splitFrontmatter('+++\na = 1\n+++\n')).toBeUndefined();
	});
});

describe('errorPageId', () => {
	test('returns the path under errors/ without its extension, with forward slashes', () => {
		expect(errorPageId('docker/manifest-unknown.mdx')).toBe('docker/manifest-unknown');
		expect(errorPageId('docker\\manifest-unknown.mdx')).toBe('docker/manifest-unknown');
	});
});

describe('errorPagePathProblem', () => {
	test('returns nothing for errors/<category>/<slug>.mdx', () => {
		expect(errorPagePathProblem('docker/manifest-unknown.mdx')).toBeUndefined();
	});

	test.each(['docker/manifest-unknown.md', 'docker/notes.txt'])('says only pages belong under errors/ for %s', (file) => {
		expect(errorPagePathProblem(file)).toMatch(/^only error pages belong here/);
	});

	test.each(['manifest-unknown.mdx', 'docker/sub/manifest-unknown.mdx', 'docker/Manifest_Unknown.mdx'])(
		'says where a page lives for %s',
		(file) => {
			expect(errorPagePathProblem(file)).toMatch(/^an error page lives at errors\/<category>\/<slug>\.mdx/);
		},
	);
});

describe('parseErrorPage', () => {
	test('returns the id, the validated data and the body of a valid page', () => {
		const result = parseErrorPage('tool-a/widget-missing.mdx', 'errors/tool-a/widget-missing.mdx', PAGE);
		expect(result.ok && result.value.id).toBe('tool-a/widget-missing');
		expect(result.ok && result.value.data.updated).toEqual(new Date('2026-11-21'));
		expect(result.ok && result.value.body).toBe('\n## What the error means\n');
	});

	test('reads a page that starts with a byte-order mark', () => {
		expect(problemsOf(`\uFEFF${PAGE}`)).toEqual([]);
	});

	test('names the file and the misspelt key, and suggests the right one', () => {
		expect(problemsOf(PAGE.replace('updated:', 'matchVariant:\n  - "widget tag not found anywhere"\nupdated:'))).toEqual([
			'errors/tool-a/widget-missing.mdx → matchVariant: unknown key; did you mean "matchVariants"?',
		]);
		expect(problemsOf(PAGE.replace('quickFixes:', 'quickfixes:'))).toEqual([
			'errors/tool-a/widget-missing.mdx → quickFixes: missing: this field is required',
			'errors/tool-a/widget-missing.mdx → quickfixes: unknown key; did you mean "quickFixes"?',
		]);
		expect(problemsOf(PAGE.replace('    detail: "Pull only', '    detial: "Pull only'))).toEqual([
			'errors/tool-a/widget-missing.mdx → quickFixes[0].detail: missing: this field is required',
			'errors/tool-a/widget-missing.mdx → quickFixes[0].detial: unknown key; did you mean "detail"?',
		]);
	});

	test('lists the allowed keys when an unknown key is like none of them', () => {
		expect(problemsOf(PAGE.replace('updated:', 'slug: other-id\nupdated:'))).toEqual([
			'errors/tool-a/widget-missing.mdx → slug: unknown key; expected one of: title, description, category, signatures, causes, quickFixes, faq, sources, evidence, related, updated, matchVariants, umbrella',
		]);
	});

	test('reports every schema problem of the file, not only the first', () => {
		const broken = PAGE.replace(/^description: .*$/m, 'description: "Too short."').replace(/^category: .*$/m, 'category: Tool A');
		expect(problemsOf(broken)).toEqual([
			'errors/tool-a/widget-missing.mdx → description: description must be 50–160 characters (it is the meta description); this one is too short',
			'errors/tool-a/widget-missing.mdx → category: use lower-case letters, digits and single hyphens',
		]);
	});

	test('names the line and column of invalid YAML, counted from the top of the file', () => {
		expect(problemsOf(PAGE.replace('category: tool-a', 'category: tool-a\ntitle: again'))).toEqual([
			'errors/tool-a/widget-missing.mdx:5:1 → frontmatter: invalid YAML: Map keys must be unique',
		]);
	});

	test('says how a page must open when it has no frontmatter', () => {
		expect(problemsOf('# A page\n')).toEqual([
			'errors/tool-a/widget-missing.mdx → frontmatter: the file must open with a `---` line, the YAML frontmatter, and a closing `---` line',
		]);
	});

	test('refuses a file in the wrong place before reading it', () => {
		expect(problemsOf(PAGE, 'widget-missing.mdx')).toEqual([
			'errors/widget-missing.mdx → (file name): an error page lives at errors/<category>/<slug>.mdx, both names in lower-case letters, digits and single hyphens',
		]);
	});
});

describe('parseCategory', () => {
	test('returns the id and data of a category, and names a misspelt key', () => {
		const text = 'title: Tool A\ndescription: A tiny category used to test the engine.\n';
		expect(parseCategory('tool-a.yaml', 'categories/tool-a.yaml', text)).toEqual({
			ok: true,
			value: { id: 'tool-a', data: { title: 'Tool A', description: 'A tiny category used to test the engine.', order: 100 } },
		});
		const result = parseCategory('tool-a.yaml', 'categories/tool-a.yaml', `${text}oder: 3\n`);
		expect(result.ok ? [] : result.problems).toEqual([
			{ file: 'categories/tool-a.yaml', field: 'oder', message: 'unknown key; did you mean "order"?' },
		]);
	});
});

describe('findReaderDifferences', () => {
	const parsed = parseErrorPage('tool-a/widget-missing.mdx', 'errors/tool-a/widget-missing.mdx', PAGE);
	if (!parsed.ok) throw new Error('fixture page is invalid');
	const page = parsed.value;

	test('returns nothing when the build read the same pages and data', () => {
		expect(findReaderDifferences([page], [{ id: page.id, data: structuredClone(page.data) }])).toEqual([]);
	});

	test('names the field that the two frontmatter parsers read differently', () => {
		const built = { id: page.id, filePath: page.file, data: { ...page.data, title: 'widget not found' } };
		expect(findReaderDifferences([page], [built])).toEqual([
			{
				file: 'errors/tool-a/widget-missing.mdx',
				field: 'title',
				message: `Astro's frontmatter parser reads "widget not found", the contract's (the CLI's) reads "widget not found: manifest unknown"`,
			},
		]);
	});

	test('names a page only one of the two readers has', () => {
		expect(findReaderDifferences([page], [{ id: 'tool-a/other', filePath: 'errors/tool-a/Other.mdx', data: page.data }])).toEqual([
			{
				file: 'errors/tool-a/widget-missing.mdx',
				field: '(file name)',
				message: 'the build has no entry "tool-a/widget-missing" for this file',
			},
			{
				file: 'errors/tool-a/Other.mdx',
				field: '(file name)',
				message: 'the build read "tool-a/other", which is no error page of the contract',
			},
		]);
	});
});

describe('toIndexSource', () => {
	test('returns what the matcher reads of a page: id, title, category, signatures, match variants, umbrella, first fix', () => {
		const parsed = parseErrorPage('tool-a/widget-missing.mdx', 'errors/tool-a/widget-missing.mdx', PAGE);
		expect(parsed.ok && toIndexSource(parsed.value.id, parsed.value.data)).toEqual({
			id: 'tool-a/widget-missing',
			title: 'widget not found: manifest unknown',
			category: 'tool-a',
			signatures: ['manifest unknown: widget tag not found'],
			matchVariants: [],
			umbrella: false,
			fix: 'Push the tag first',
		});
	});
});
