import { mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import {
	findUnsafeContent,
	findUnsafeFrontmatter,
	formatContentSafetyProblems,
	isUnsafeUrl,
	urlScheme,
	type ContentNode,
} from '../../src/lib/content-safety.ts';

/** Parses MDX the way the build does (Sätteri) and returns what the rules find. */
const check = (mdx: string) => findUnsafeContent(mdxToMdast(mdx, { position: true }) as unknown as ContentNode);
const found = (mdx: string) => check(mdx).map((p) => p.found);

describe('findUnsafeContent', () => {
	test('returns nothing for Markdown prose: headings, lists, code, safe links, the allowed elements', () => {
		const body = [
			'## What the error means',
			'',
			'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, then run `echo "<script>{x}</script>"`.<br />Done.',
			'',
			'- [Docs](https://docs.github.com/en/actions) and [old docs](http://example.com/)',
			'- [Another page](/docker/manifest-unknown/), [a section](#what-the-error-means), [relative](../git/)',
			'- [Reference][ref] ![diagram](https://example.com/diagram.png)',
			'',
			'```html',
			'<img src="x" onerror="alert(1)">',
			'```',
			'',
			'{/* an editorial note */}',
			'',
			'[ref]: https://example.com/ref',
		].join('\n');
		expect(check(body)).toEqual([]);
	});

	test('returns ESM import and export lines, which run at build time', () => {
		expect(check("Intro.\n\nimport os from 'node:os'\nexport const host = os.hostname()\n")).toEqual([
			{
				line: 3,
				found: `ESM import/export "import os from 'node:os' export const host = os.hostname()" (runs at build time; pages cannot import or export code)`,
			},
		]);
	});

	test('returns JSX expressions in flow and text, but not a lone block comment', () => {
		expect(found('{process.env.HOME}\n\nText {1 + 1} and {/* note */}.\n\n{/* a */ alert(1) /* b */}\n')).toEqual([
			'JSX expression {process.env.HOME} (runs at build time; write the text itself, or {/* … */} for a comment)',
			'JSX expression {1 + 1} (runs at build time; write the text itself, or {/* … */} for a comment)',
			'JSX expression {/* a */ alert(1) /* b */} (runs at build time; write the text itself, or {/* … */} for a comment)',
		]);
	});

	test('returns HTML elements outside the allow-list, components and fragments, with their lines', () => {
		const problems = check(
			'<script>alert(1)</script>\n\n<iframe src="https://evil.example"></iframe>\n\nText <Foo /> and <></>.\n\n<div>\n<style>{"x"}</style>\n</div>\n',
		);
		expect(problems.map((p) => `${p.line} ${p.found}`)).toEqual([
			'1 HTML element <script> (allowed: <kbd>, <br> without attributes; write the rest in Markdown)',
			'3 HTML element <iframe> (allowed: <kbd>, <br> without attributes; write the rest in Markdown)',
			'5 component <Foo> (pages cannot import or use components; write Markdown instead)',
			'5 JSX fragment <> (write Markdown instead)',
			'7 HTML element <div> (allowed: <kbd>, <br> without attributes; write the rest in Markdown)',
			'8 HTML element <style> (allowed: <kbd>, <br> without attributes; write the rest in Markdown)',
			'8 JSX expression {"x"} (runs at build time; write the text itself, or {/* … */} for a comment)',
		]);
	});

	test('returns event handlers, script URLs and any attribute on an allowed element', () => {
		expect(
			found(
				'<img src="x" onerror="alert(1)" />\n\n<a href="javascript:alert(1)">x</a>\n\n<kbd onClick={() => 1} title={t} {...p} class="k">x</kbd>\n',
			),
		).toEqual([
			'HTML element <img> (allowed: <kbd>, <br> without attributes; write the rest in Markdown)',
			'event-handler attribute onerror="alert(1)" on <img>',
			'HTML element <a> (allowed: <kbd>, <br> without attributes; write the rest in Markdown)',
			'javascript: URL in attribute href="javascript:alert(1)" on <a>',
			'event-handler attribute onClick={() => 1} on <kbd>',
			'JSX expression attribute title={t} on <kbd> (runs code at build time)',
			'JSX spread attribute {...p} on <kbd> (runs code at build time)',
			'attribute class="k" on <kbd> (allowed elements take no attributes)',
		]);
	});

	test('returns links, images and definitions whose scheme is not http(s), however the scheme is written', () => {
		const body = [
			'[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1)) [d](<java\tscript:x>)',
			'',
			'[e](data:text/html,hi) ![f](data:image/svg+xml,x) [g](vbscript:msgbox) [h][r]',
			'',
			'[r]: file:///etc/passwd',
		].join('\n');
		expect(check(body).map((p) => `${p.line} ${p.found}`)).toEqual([
			'1 javascript: link target "javascript:alert(1)" (only https://, http://, relative and #fragment targets)',
			'1 javascript: link target "JaVaScRiPt:alert(1)" (only https://, http://, relative and #fragment targets)',
			'1 javascript: link target "javascript:alert(1)" (only https://, http://, relative and #fragment targets)',
			'1 javascript: link target "java script:x" (only https://, http://, relative and #fragment targets)',
			'3 data: link target "data:text/html,hi" (only https://, http://, relative and #fragment targets)',
			'3 data: image source "data:image/svg+xml,x" (only https://, http://, relative and #fragment targets)',
			'3 vbscript: link target "vbscript:msgbox" (only https://, http://, relative and #fragment targets)',
			'5 file: link target "file:///etc/passwd" (only https://, http://, relative and #fragment targets)',
		]);
	});

	test('reads raw HTML nodes (Markdown, not MDX) as unsafe', () => {
		const root: ContentNode = {
			type: 'root',
			children: [{ type: 'html', value: '<b onmouseover="x">', position: { start: { line: 4 } } }],
		};
		expect(findUnsafeContent(root)).toEqual([{ line: 4, found: 'raw HTML "<b onmouseover="x">" (write Markdown instead)' }]);
	});
});

describe('urlScheme', () => {
	test('returns the scheme as a browser reads it, or nothing for relative and fragment targets', () => {
		expect(urlScheme('https://example.com')).toBe('https');
		expect(urlScheme(' \u0001JAVA\tSCRIPT:x')).toBe('javascript');
		expect(urlScheme('/docker/manifest-unknown/')).toBe('');
		expect(urlScheme('#causes')).toBe('');
		expect(urlScheme('../a:b')).toBe('');
		expect(urlScheme('//cdn.example.com/x')).toBe('');
		expect(isUnsafeUrl('mailto:someone@example.com')).toBe(true);
		expect(isUnsafeUrl('HTTP://example.com')).toBe(false);
	});
});

describe('findUnsafeFrontmatter', () => {
	test('returns the line of a frontmatter layout, which MDX imports as a module', () => {
		const source = '---\ntitle: "x"\nlayout: "../../../evil.mjs"\n---\n\nlayout: in the body is prose\n';
		expect(findUnsafeFrontmatter({ title: 'x', layout: '../../../evil.mjs' }, source)).toEqual([
			{ line: 3, found: 'frontmatter layout: "../../../evil.mjs" (MDX imports it as a module at build time)' },
		]);
		expect(findUnsafeFrontmatter({ title: 'x' }, source)).toEqual([]);
	});
});

describe('formatContentSafetyProblems', () => {
	test('lists every problem as file:line → what was found', () => {
		expect(formatContentSafetyProblems('content/errors/git/a.mdx', check("import x from 'y'\n\n<script>alert(1)</script>\n")))
			.toMatchInlineSnapshot(`
				"Unsafe content (2 problems); page bodies are data, not code:
				  content/errors/git/a.mdx:1 → ESM import/export "import x from 'y'" (runs at build time; pages cannot import or export code)
				  content/errors/git/a.mdx:3 → HTML element <script> (allowed: <kbd>, <br> without attributes; write the rest in Markdown)"
			`);
	});
});
