// Builds the real site from copies of the minimal fixture catalogue whose page body holds code, and checks that the
// build fails before the code runs, naming the file, the line and what was found.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureBuilder, PAGE } from './fixture-build.ts';

const build = fixtureBuilder('unsafe-content');

/** Appends `body` to the page and returns the line number its first line lands on. */
function appendToPage(dir: string, body: string): number {
	const file = path.join(dir, PAGE);
	const text = readFileSync(file, 'utf8').replace(/\n*$/, '\n\n');
	writeFileSync(file, text + body);
	return text.split('\n').length;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a build of a page body that holds code', () => {
	test('succeeds for Markdown with the allowed elements, safe links and a comment, and renders them', () => {
		const { status, output, dist } = build('allowed', (d) =>
			appendToPage(
				d,
				'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.<br />Then read [the docs](https://docs.github.com/en/actions), ' +
					'[the other page](/tool-a/widget-denied/) and [the causes](#causes).\n\n{/* editorial note */}\n',
			),
		);
		expect(output).not.toContain('Unsafe content');
		expect(status, output).toBe(0);
		const html = readFileSync(path.join(dist, 'tool-a/widget-missing/index.html'), 'utf8');
		expect(html).toContain('<kbd>Ctrl</kbd>');
		expect(html).not.toContain('editorial note');
	});

	test.each([
		[
			'ESM import and export',
			"import os from 'node:os'\nexport const ran = console.log('ESM-RAN-' + os.hostname().length)\n",
			[`ESM import/export "import os from 'node:os' export const ran = console.log('ES…" (runs at build time`],
		],
		['a JSX expression', 'Home is {process.env.HOME}.\n', ['JSX expression {process.env.HOME} (runs at build time']],
		['a script element', '<script>alert(1)</script>\n', ['HTML element <script> (allowed: <kbd>, <br> without attributes']],
		['an iframe', '<iframe src="https://evil.example/"></iframe>\n', ['HTML element <iframe> (allowed: <kbd>, <br> without attributes']],
		[
			'an image with an onerror handler',
			'<img src="x" onerror="alert(1)" />\n',
			['HTML element <img> (allowed: <kbd>, <br> without attributes', 'event-handler attribute onerror="alert(1)" on <img>'],
		],
		['a javascript: link', '[Open](javascript:alert(1))\n', ['javascript: link target "javascript:alert(1)" (only https://, http://']],
		['a data: link', '[Open](data:text/html,<b>hi</b>)\n', ['data: link target "data:text/html,<b>hi</b>" (only https://, http://']],
		['a vbscript: link definition', '[Open][x]\n\n[x]: vbscript:msgbox\n', ['vbscript: link target "vbscript:msgbox"']],
	])('fails on %s, naming the file, the line and what was found', (name, body, found) => {
		let line = 0;
		const { status, output } = build(name.replace(/\W+/g, '-'), (dir) => {
			line = appendToPage(dir, body);
		});
		expect(status, output).not.toBe(0);
		expect(output).toContain('page bodies are data, not code');
		// The vbscript definition sits two lines below the paragraph that uses it.
		const at = name.includes('definition') ? line + 2 : line;
		for (const what of found) expect(output).toMatch(new RegExp(`${escape(PAGE)}:${at} → ${escape(what)}`));
		// The build stopped before the module ran: nothing printed the marker with the host name's length.
		expect(output).not.toMatch(/ESM-RAN-\d/);
	});

	test('fails on a frontmatter layout, which MDX would import and run as a module', () => {
		const { status, output } = build('layout', (dir) => {
			writeFileSync(path.join(dir, 'errors/tool-a/evil.mjs'), "console.log('LAYOUT-RAN');\nexport default () => '';\n");
			const file = path.join(dir, PAGE);
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^category: tool-a$/m, 'category: tool-a\nlayout: "./evil.mjs"'));
		});
		expect(status, output).not.toBe(0);
		// The strict schema refuses the key before MDX compiles the page; the content-safety check stays behind it.
		expect(output).toMatch(new RegExp(`${escape(PAGE)} → layout: unknown key`));
		expect(output).not.toContain('LAYOUT-RAN');
	});

	test('fails on a signature another page has as a match variant without its final punctuation', () => {
		const { status, output } = build('normalised-duplicate', (dir) => {
			const file = path.join(dir, 'errors/tool-a/widget-denied.mdx');
			writeFileSync(
				file,
				readFileSync(file, 'utf8').replace(/^causes:$/m, 'matchVariants:\n  - "Manifest unknown: widget tag not found."\ncauses:'),
			);
		});
		expect(status, output).not.toBe(0);
		expect(output).toMatch(
			/widget-(?:denied|missing)\.mdx → (?:signatures|matchVariants)\[0\]: ".*" is already a (?:signature|match variant) of .*widget-(?:missing|denied)\.mdx as ".*" \(the matcher normalises both to the same tokens\)/,
		);
	});
});
