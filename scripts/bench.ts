// npm run bench [-- --pages N]: builds N synthetic pages with the real engine and prints figures (no pass/fail).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ogImage, prepareOgImages } from '../src/lib/og-image.ts';
import { loadCatalogueFiles } from '../src/lib/read-catalogue.ts';
import { writeSyntheticCatalogue } from './lib/synthetic-catalogue.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 10) throw new Error('--pages takes a whole number of 10 or more');

const work = mkdtempSync(path.join(tmpdir(), 'atlas-bench-'));
const content = path.join(work, 'content');
const out = path.join(work, 'dist');
const ids = writeSyntheticCatalogue(content, pages);
console.log(`Generated ${ids.length} synthetic error pages in ${content}`);

const astro = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out];
const useTime = existsSync('/usr/bin/time');
const command = useTime ? '/usr/bin/time' : process.execPath;
const args = useTime ? ['-v', process.execPath, ...astro] : astro;
const started = performance.now();
const build = spawnSync(command, args, {
	env: { ...process.env, ATLAS_CONTENT_DIR: content, ATLAS_CACHE_DIR: path.join(work, 'cache') },
	encoding: 'utf8',
	maxBuffer: 256 * 1024 * 1024,
});
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
	console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
	throw new Error(`build failed with status ${build.status}`);
}
const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(build.stderr)?.[1] ?? NaN);

const sizeOf = (dir: string): number =>
	readdirSync(dir, { withFileTypes: true }).reduce(
		(sum, e) => sum + (e.isDirectory() ? sizeOf(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size),
		0,
	);
const countHtml = (dir: string): number =>
	readdirSync(dir, { withFileTypes: true }).reduce(
		(n, e) => n + (e.isDirectory() ? countHtml(path.join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
		0,
	);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sample = path.join(out, ids[0]!, 'index.html');
const html = readFileSync(sample);
const assets = (pattern: RegExp) => [...html.toString().matchAll(pattern)].map((m) => path.join(out, m[1]!));
// JS the page loads before search is opened: its module scripts and their static imports.
const jsFiles = new Set<string>();
const addJs = (file: string) => {
	if (jsFiles.has(file) || !existsSync(file)) return;
	jsFiles.add(file);
	for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|[;\s])import\s*(?:[^'"();]*?from\s*)?["'](\.\.?\/[^"']+)["']/g))
		addJs(path.join(path.dirname(file), m[1]!));
};
assets(/<script[^>]+src="([^"]+)"/g).forEach(addJs);
const inlineJs = [...html.toString().matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)]
	.map((m) => m[1] ?? '')
	.join('');
const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).map((f) => readFileSync(f));
const inlineCss = [...html.toString().matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('');
const js = [...jsFiles].map((f) => readFileSync(f));
const both = (parts: (Buffer | string)[]) => {
	const all = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
	return `${kb(all.length)} raw, ${kb(gzipSync(all).length)} gzip`;
};

// Social cards: the build above drew one per page into its fresh cache. Their share of the build, drawn again here as
// the build draws them (all at once on every core, into an empty cache), then read back (a rebuild of unchanged pages).
const cards = (await loadCatalogueFiles(content)).slice(0, 100).map((page) => ({
	category: page.data.category,
	signature: page.data.signatures[0] ?? page.data.title,
	site: 'Error Atlas',
}));
const ogCache = path.join(work, 'og-bench');
const timeCards = async (prepare: boolean) => {
	const started = performance.now();
	if (prepare) await prepareOgImages(cards, ogCache);
	for (const card of cards) await ogImage(card, ogCache);
	return (performance.now() - started) / cards.length;
};
const ogCold = await timeCards(true);
const ogWarm = await timeCards(false);
const ogFiles = existsSync(path.join(out, 'og'))
	? readdirSync(path.join(out, 'og'), { recursive: true }).filter((f) => String(f).endsWith('.png'))
	: [];

console.log(`
Error Atlas build bench (${pages} pages, ${new Date().toISOString()}, Node ${process.version})
  pages built (HTML files)     ${countHtml(out)}
  build + index                ${seconds.toFixed(1)} s
  per error page               ${((seconds * 1000) / pages).toFixed(1)} ms
  peak memory (max RSS)        ${Number.isNaN(peakKb) ? 'n/a (no /usr/bin/time)' : `${(peakKb / 1024 / 1024).toFixed(2)} GB`}
  Pagefind index               ${kb(sizeOf(path.join(out, 'pagefind')))}
  signature index              ${both([readFileSync(path.join(out, 'signatures.json'))])}
  one error page: HTML         ${both([html])}
  one error page: CSS          ${both([...css, inlineCss])}
  one error page: JS (no search opened) ${both([...js, inlineJs])}
  social cards (og/*.png)      ${ogFiles.length} built; ${ogCold.toFixed(1)} ms per page drawn, ${ogWarm.toFixed(2)} ms per page cached
`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`Kept ${work}`);
