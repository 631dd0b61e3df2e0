// The site and the CLI read content through one contract (src/lib/content-contract.ts): the real `astro build` of a
// fixture catalogue and the real `error-atlas` command must agree on the pages, the index and every problem.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../src/lib/read-catalogue.ts';
import { buildSignatureIndex } from '../../src/lib/signature-index.ts';
import { fixtureBuilder, PAGE, replaceLine } from './fixture-build.ts';

const build = fixtureBuilder('one-reader');
const OTHER = 'errors/tool-a/widget-denied.mdx';

/** Returns the `file → field` of each problem line (`  file → field: message`) in a build's or the CLI's output. */
function problems(output: string): string[] {
	return [...output.matchAll(/^ {2}(\S.*? → [^:\n]+): /gm)].map((m) => m[1] ?? '').sort();
}

function cli(contentDir: string): { status: number | null; stderr: string } {
	const result = spawnSync(process.execPath, ['bin/error-atlas.mjs', 'match', '-', '--content', contentDir], {
		input: 'denied: permission_denied: write_widget\n',
		env: { ...process.env, GITHUB_STEP_SUMMARY: '' },
		encoding: 'utf8',
	});
	return { status: result.status, stderr: result.stderr };
}

describe('the build and the CLI', () => {
	test("serve the same signature index: the site's signatures.json is the one the CLI builds from the folder", async () => {
		let contentDir = '';
		const { status, output, dist } = build('same-index', (dir) => {
			contentDir = dir;
			// Both readers must take a byte-order mark and CRLF line ends (Astro's reader does).
			writeFileSync(path.join(dir, OTHER), `\uFEFF${readFileSync(path.join(dir, OTHER), 'utf8')}`);
			writeFileSync(path.join(dir, PAGE), readFileSync(path.join(dir, PAGE), 'utf8').replace(/\n/g, '\r\n'));
		});
		expect(status, output).toBe(0);
		const served: unknown = JSON.parse(readFileSync(path.join(dist, 'signatures.json'), 'utf8'));
		expect(served).toEqual(buildSignatureIndex(await loadCatalogue(contentDir)));
		expect((served as { pages: unknown[] }).pages).toHaveLength(2);
	});

	test('report the same problems, every one with its file and field', () => {
		let contentDir = '';
		const { status, output } = build('same-problems', (dir) => {
			contentDir = dir;
			replaceLine(
				dir,
				PAGE,
				/^updated:/m,
				'matchVariant:\n  - "widget tag not found in the registry"\nrelated:\n  - tool-a/nope\nupdated:',
			);
			replaceLine(dir, PAGE, /^description: .*$/m, 'description: "Too short."');
			replaceLine(dir, OTHER, /^quickFixes:/m, 'quickfixes:');
			appendFileSync(path.join(dir, 'categories/tool-a.yaml'), 'oder: 2\n');
			writeFileSync(path.join(dir, 'errors/tool-a/notes.md'), '# Notes\n');
		});
		const fromCli = cli(contentDir);
		expect(status).not.toBe(0);
		expect(fromCli.status).toBe(2);
		const fromBuild = problems(output);
		expect(fromBuild).toEqual([
			expect.stringMatching(/categories\/tool-a\.yaml → oder$/),
			expect.stringMatching(/errors\/tool-a\/notes\.md → \(file name\)$/),
			expect.stringMatching(/errors\/tool-a\/widget-denied\.mdx → quickFixes$/),
			expect.stringMatching(/errors\/tool-a\/widget-denied\.mdx → quickfixes$/),
			expect.stringMatching(/errors\/tool-a\/widget-missing\.mdx → description$/),
			expect.stringMatching(/errors\/tool-a\/widget-missing\.mdx → matchVariant$/),
		]);
		expect(problems(fromCli.stderr)).toEqual(fromBuild);
	});

	test('report the cross-page problems alike', () => {
		let contentDir = '';
		const { status, output } = build('same-cross-page', (dir) => {
			contentDir = dir;
			replaceLine(dir, PAGE, /^updated:/m, 'related:\n  - tool-a/nope\nupdated:');
			replaceLine(dir, OTHER, /^category: tool-a$/m, 'category: tool-z');
		});
		expect(status).not.toBe(0);
		const fromBuild = problems(output);
		expect(fromBuild).toEqual([
			expect.stringMatching(/widget-denied\.mdx → category$/),
			expect.stringMatching(/widget-denied\.mdx → category$/),
			expect.stringMatching(/widget-missing\.mdx → related\[0\]$/),
		]);
		expect(problems(cli(contentDir).stderr)).toEqual(fromBuild);
	});
});
