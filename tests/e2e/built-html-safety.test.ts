import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { urlScheme } from '../../src/lib/content-safety.ts';

// Reads every HTML file of the production build from disk (so pages no link reaches are covered too) and checks
// that no markup can run script outside the bundled, CSP-hashed <script> elements.

const DIST = path.resolve('dist');
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'ping']);
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', colon: ':', tab: '\t', newline: '\n' };

/** Decodes the character references a browser decodes in an attribute value before it reads a URL's scheme. */
function decodeAttribute(value: string): string {
	return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (match, hex?: string, dec?: string, name?: string) => {
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		if (dec) return String.fromCodePoint(parseInt(dec, 10));
		return ENTITIES[name!.toLowerCase()] ?? match;
	});
}

/** Returns each inline event handler and script URL in the markup (script and style bodies, comments skipped). */
function findScriptInMarkup(html: string): string[] {
	const markup = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>')
		.replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, '$1</style>');
	const found: string[] = [];
	for (const tag of markup.matchAll(/<([a-z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/gi)) {
		for (const attribute of tag[2]!.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
			const name = attribute[1]!.toLowerCase();
			const value = decodeAttribute(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
			if (name.startsWith('on')) found.push(`<${tag[1]} ${name}="${value.slice(0, 40)}">`);
			else if (URL_ATTRIBUTES.has(name) && SCRIPT_SCHEMES.has(urlScheme(value))) found.push(`<${tag[1]} ${name}="${value.slice(0, 40)}">`);
		}
	}
	return found;
}

test('the scanner finds inline handlers and script URLs, however they are written', () => {
	expect(
		findScriptInMarkup(
			'<p>x</p><img src=x onerror=alert(1)><a HREF="&#106;avascript&colon;alert(1)">a</a><svg><a xlink:href=\'data:text/html,x\'></a></svg>' +
				'<pre><code>&lt;img onerror="x"&gt;</code></pre><script>el.onclick = "<a href=javascript:x>"</script><!-- <b onclick=x> -->',
		),
	).toEqual(['<img onerror="alert(1)">', '<a href="javascript:alert(1)">', '<a xlink:href="data:text/html,x">']);
});

test('no built page has an inline event handler or a javascript:, vbscript: or data: URL', () => {
	const files = readdirSync(DIST, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.html'));
	expect(files.length).toBeGreaterThan(10);
	const found = files.flatMap((file) => findScriptInMarkup(readFileSync(path.join(DIST, file), 'utf8')).map((what) => `${file}: ${what}`));
	expect(found).toEqual([]);
});
