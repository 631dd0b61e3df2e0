// Builds the real site from fixture catalogues with one defect each, and checks that the build fails
// with a message that names the file and the field.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureBuilder, PAGE, replaceLine } from './fixture-build.ts';

const buildBroken = fixtureBuilder('bad-content');

describe('a build of invalid content', () => {
	test('succeeds for the valid fixture (the baseline the other cases break)', () => {
		expect(buildBroken('valid', () => {}).status).toBe(0);
	});

	test.each([
		[
			'a description that is too short',
			/^description: .*$/m,
			'description: "Too short."',
			'description: description must be 50–160 characters (it is the meta description); this one is too short',
		],
		[
			'a description that is too long',
			/^description: .*$/m,
			`description: "${'Long. '.repeat(30)}"`,
			'description: description must be 50–160 characters (it is the meta description); this one is too long',
		],
		['no signature', /^signatures:\n(?: {2}- .*\n)+/m, 'signatures: []\n', 'signatures: add at least one signature'],
		[
			'a source that is not https',
			/^updated:/m,
			'sources:\n  - title: "Plain HTTP page"\n    url: "http://docs.github.com/en/actions"\nupdated:',
			'sources[0].url: sources must use https:// URLs',
		],
		[
			'no evidence',
			/^evidence:\n(?: {2}- .*\n(?: {4}.*\n)*)+/m,
			'',
			'evidence: add at least two public reports that show this error verbatim',
		],
		[
			'a single evidence report',
			/^ {2}- url: "https:\/\/github.com\/acme-corp\/widget\/issues\/2"\n(?: {4}.*\n)*/m,
			'',
			'evidence: add at least two public reports that show this error verbatim',
		],
		[
			'a misspelt optional key',
			/^updated:/m,
			'matchVariant:\n  - "widget tag not found in the registry"\nupdated:',
			'matchVariant: unknown key; did you mean "matchVariants"?',
		],
		[
			'a misspelt key in a list item',
			/^ {4}detail: "Pull only/m,
			'    detial: "Pull only',
			'quickFixes[0].detial: unknown key; did you mean "detail"?',
		],
	])('fails on %s, naming the file and the field', (_name, pattern, replacement, message) => {
		const { status, output } = buildBroken(_name.replace(/\W+/g, '-'), (dir) => replaceLine(dir, PAGE, pattern, replacement));
		expect(status).not.toBe(0);
		expect(output).toContain(`${PAGE} → ${message}`);
	});

	test('fails on cross-page problems, listing every one with its file and field', () => {
		const { status, output } = buildBroken('cross-page', (dir) => {
			writeFileSync(path.join(dir, 'categories/tool-b.yaml'), 'title: Tool B\ndescription: A second category for the cross-page test.\n');
			replaceLine(dir, PAGE, /^category: tool-a$/m, 'category: tool-b');
			replaceLine(dir, PAGE, /^updated:/m, 'related:\n  - tool-a/does-not-exist\nupdated:');
			replaceLine(dir, PAGE, /^ {2}- "manifest unknown: widget tag not found"$/m, '  - "denied: permission_denied: write_widget"');
			replaceLine(dir, 'errors/tool-a/widget-denied.mdx', /^category: tool-a$/m, 'category: tool-z');
		});
		expect(status).not.toBe(0);
		expect(output).toMatch(/widget-denied\.mdx → category: unknown category "tool-z"/);
		expect(output).toMatch(/widget-missing\.mdx → category: category "tool-b" must equal the folder the file is in \("tool-a"\)/);
		expect(output).toMatch(/widget-missing\.mdx → related\[0\]: "tool-a\/does-not-exist" is not an error page/);
		// Whichever of the two pages is read second is the one reported.
		expect(output).toMatch(
			/widget-(?:missing|denied)\.mdx → signatures\[0\]: "denied: permission_denied: write_widget" is already a signature of .*widget-(?:denied|missing)\.mdx/,
		);
	});
});
