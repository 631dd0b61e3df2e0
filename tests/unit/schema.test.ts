import { describe, expect, test } from 'vitest';
import { categorySchema } from '../../src/schema/category.ts';
import { errorPageSchema } from '../../src/schema/error-page.ts';

const valid = {
	title: 'denied: permission_denied: write_package',
	description: 'Why docker push to ghcr.io fails from GitHub Actions, and the permission that fixes it.',
	category: 'github-actions',
	signatures: ['denied: permission_denied: write_package'],
	causes: [{ title: 'No packages: write', detail: 'The job token cannot write packages.' }],
	quickFixes: [
		{ title: 'Grant packages: write', detail: 'Add the permission to the job.', code: 'permissions:\n  packages: write', lang: 'yaml' },
	],
	evidence: [
		{
			url: 'https://github.com/docker/build-push-action/issues/606',
			title: 'denied: permission_denied: write_package',
			quote: 'denied: permission_denied: write_package',
		},
		{
			url: 'https://github.com/orgs/community/discussions/26274',
			title: 'Cannot push to GHCR from Actions',
			quote: 'ERROR: denied: permission_denied: write_package',
		},
	],
	updated: '2026-11-24',
};

const issuesOf = (data: unknown) => {
	const result = errorPageSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('errorPageSchema', () => {
	test('accepts a valid page and fills defaults', () => {
		const page = errorPageSchema.parse(valid);
		expect(page.updated).toEqual(new Date('2026-11-24'));
		expect(page).toMatchObject({ faq: [], sources: [], related: [], matchVariants: [], umbrella: false });
		expect(errorPageSchema.parse({ ...valid, quickFixes: [{ title: 'Rerun', detail: 'Run the job again.' }] }).quickFixes[0]?.lang).toBe(
			'bash',
		);
	});

	test('names the field and says what is expected for each defect', () => {
		expect(issuesOf({ ...valid, description: 'Too short.' })).toMatchInlineSnapshot(`
			[
			  "description: description must be 50–160 characters (it is the meta description); this one is too short",
			]
		`);
		expect(issuesOf({ ...valid, signatures: [] })).toEqual([
			'signatures: add at least one signature: the error line exactly as the tool prints it',
		]);
		expect(issuesOf({ ...valid, signatures: ['line one\nline two'] })).toEqual([
			'signatures.0: a signature is a single line; add each line as its own signature',
		]);
		expect(issuesOf({ ...valid, sources: [{ title: 'Docs', url: 'http://docs.github.com/' }] })).toEqual([
			'sources.0.url: sources must use https:// URLs',
		]);
		expect(issuesOf({ ...valid, related: ['Not An Id'] })).toEqual(['related.0: expected an error id like "docker/manifest-unknown"']);
		expect(issuesOf({ ...valid, category: 'GitHub Actions' })).toEqual(['category: use lower-case letters, digits and single hyphens']);
		expect(issuesOf({ ...valid, causes: [] })).toEqual(['causes: add at least one cause']);
		expect(issuesOf({ ...valid, updated: 'last week' })[0]).toMatch(/^updated: /);
	});

	test('requires two evidence reports, each https, once, with a one-line quote', () => {
		const [first, second] = valid.evidence;
		const tooFew = ['evidence: add at least two public reports that show this error verbatim (url, title, quote)'];
		expect(issuesOf({ ...valid, evidence: undefined })).toEqual(tooFew);
		expect(issuesOf({ ...valid, evidence: [first] })).toEqual(tooFew);
		expect(issuesOf({ ...valid, evidence: [first, first] })).toMatchInlineSnapshot(`
			[
			  "evidence: each evidence URL may appear only once",
			]
		`);
		expect(issuesOf({ ...valid, evidence: [first, { ...second, url: 'http://example.org/issue' }] })).toMatchInlineSnapshot(`
			[
			  "evidence.1.url: evidence must use https:// URLs",
			]
		`);
		expect(issuesOf({ ...valid, evidence: [first, { ...second, quote: 'line one\nline two' }] })).toMatchInlineSnapshot(`
			[
			  "evidence.1.quote: quote a single line",
			]
		`);
		expect(issuesOf({ ...valid, evidence: [first, { ...second, title: undefined }] })).toMatchInlineSnapshot(`
			[
			  "evidence.1.title: Invalid input: expected string, received undefined",
			]
		`);
	});

	test('rejects an unknown key, at the top and inside a list item, instead of ignoring it', () => {
		expect(issuesOf({ ...valid, quickfixes: [] })).toEqual([': Unrecognized key: "quickfixes"']);
		expect(issuesOf({ ...valid, causes: [{ title: 'No packages: write', detial: 'The job token cannot write.' }] })).toEqual([
			'causes.0.detail: Invalid input: expected string, received undefined',
			'causes.0: Unrecognized key: "detial"',
		]);
	});
});

describe('categorySchema', () => {
	test('rejects an unknown key', () => {
		expect(categorySchema.safeParse({ title: 'Docker', description: 'Registries, builds and the daemon.', oder: 1 }).success).toBe(false);
	});

	test('accepts a category and defaults its order', () => {
		expect(categorySchema.parse({ title: 'Docker', description: 'Errors from docker and registries.' }).order).toBe(100);
	});
});
