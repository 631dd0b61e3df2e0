// npm run bench:match: speed and size of the paste matcher (figures only, no pass/fail).
// 1. Node: a 1 MB log against 10,000 generated pages. 2. Index size per signature. 3. Node, the real catalogue, the
// CLI's path (matchLog on the whole string): each pathological paste shape and a realistic CI log at 5 MB. 4. With a
// build in dist/, the longest main-thread task while the home page matches a 5 MB paste in Chromium.
// --shape TEXT runs only the shapes whose name contains TEXT; --shape-mb N sets their size; --no-browser skips 4.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadCatalogue } from '../src/lib/read-catalogue.ts';
import { resolveContentDir } from '../src/lib/content-dir.ts';
import { matchLog, newMatchWork, prepareIndex } from '../src/lib/match.ts';
import { buildSignatureIndex, type IndexSource } from '../src/lib/signature-index.ts';
import { pathologicalLog, pathologicalShapes, realisticLog } from './lib/pathological-logs.ts';
import { chromiumLaunchOptions, startPreview } from './lib/preview-server.ts';
import { syntheticSignature } from './lib/synthetic-catalogue.ts';

const { values } = parseArgs({
	options: {
		pages: { type: 'string', default: '10000' },
		runs: { type: 'string', default: '15' },
		shape: { type: 'string', default: '' },
		'shape-mb': { type: 'string', default: '5' },
		'no-browser': { type: 'boolean', default: false },
	},
});
const pageCount = Number(values.pages);
const runs = Number(values.runs);

const sources: IndexSource[] = Array.from({ length: pageCount }, (_, p) => ({
	id: `cat-${p % 10}/error-${p}`,
	title: `Synthetic error ${p}`,
	category: `cat-${p % 10}`,
	signatures: [syntheticSignature(p, 0), syntheticSignature(p, 1), syntheticSignature(p, 2)],
}));
const built = buildSignatureIndex(sources);
const json = JSON.stringify(built);
const gzip = gzipSync(json).length;

let started = performance.now();
const index = prepareIndex(built);
const prepareMs = performance.now() - started;

const noise = [
	'2026-11-20T10:11:12.1234567Z npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
	'2026-11-20T10:11:13.2234567Z \u001b[36m[build]\u001b[0m compiled 214 modules in 3.2s',
	'2026-11-20T10:11:14.3234567Z Downloading layer sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 12.4MB/31.0MB',
	'2026-11-20T10:11:15.4234567Z   ✓ src/lib/cart.test.ts (12 tests) 41ms',
	'2026-11-20T10:11:16.5234567Z ##[group]Run actions/setup-node@v4',
];
const target = syntheticSignature(4242, 1).replace('/srv/app/', '/home/runner/work/other/');
let log = '';
for (let i = 0; log.length < 1024 * 1024; i++) {
	log += `${noise[i % noise.length]}\n`;
	if (i === 6000) log += `2026-11-20T10:20:00.0000000Z ##[error]${target}\n`;
}

const times: number[] = [];
let found = '';
for (let r = 0; r < runs; r++) {
	started = performance.now();
	const result = matchLog(index, log);
	times.push(performance.now() - started);
	found = result.matches[0]?.page.id ?? '(none)';
}
times.sort((a, b) => a - b);

console.log(`Paste matcher bench (Node ${process.version})
  pages / signatures             ${pageCount} / ${built.signatures.length}
  index size                     ${(json.length / 1024).toFixed(0)} KB raw, ${(gzip / 1024).toFixed(0)} KB gzip, ${(gzip / built.signatures.length).toFixed(1)} bytes gzip per signature
  prepare index                  ${prepareMs.toFixed(0)} ms (once per session)
  match a ${(log.length / 1024 / 1024).toFixed(2)} MB log            median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms over ${runs} runs
  top match                      ${found} (expected cat-2/error-4242)`);

// Pathological pastes against the real catalogue, the way the CLI runs them: one matchLog call on the whole text.
// The work counter (tokens, windows scored, order-check cells) is what the unit tests budget, without a clock.
const catalogue = prepareIndex(buildSignatureIndex(await loadCatalogue(resolveContentDir())));
const shapeBytes = Number(values['shape-mb']) * 1024 * 1024;
const perShape = (name: string, text: string): string => {
	const work = newMatchWork();
	const began = performance.now();
	const result = matchLog(catalogue, text, { work });
	const ms = performance.now() - began;
	const counts = `${work.tokens} tokens, ${work.windows} windows, ${work.cells} cells`;
	return `  ${name.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms   ${counts.padEnd(44)}${result.matches[0] ? ` top: ${result.matches[0].page.id}` : ''}`;
};
console.log(
	`\nPathological pastes, ${values['shape-mb']} MB each, real catalogue (${catalogue.pages.length} pages), CLI path (matchLog on the string)`,
);
for (const shape of pathologicalShapes([...catalogue.postings.keys()])) {
	if (values.shape && !shape.name.includes(values.shape)) continue;
	console.log(perShape(shape.name, pathologicalLog(shape, shapeBytes)));
}
if (!values.shape || 'realistic CI log'.includes(values.shape)) {
	const error = '2026-11-20T10:20:00.0000000Z ##[error]denied: permission_denied: write_package';
	console.log(`${perShape('realistic CI log', realisticLog(shapeBytes, error))} (expected github-actions/ghcr-push-permission-denied)`);
}

// Browser: needs a production build of the real site.
if (values['no-browser']) {
	console.log('  browser 5 MB paste             skipped: --no-browser');
} else if (!existsSync('dist/index.html')) {
	console.log('  browser 5 MB paste             skipped: run npm run build first');
} else {
	const { chromium } = await import('@playwright/test');
	const server = await startPreview(4399);
	try {
		const browser = await chromium.launch(chromiumLaunchOptions());
		const page = await browser.newPage();
		await page.goto(`${server.origin}/`);
		await page.evaluate(() => {
			(window as unknown as { longTasks: number[] }).longTasks = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(entry.duration);
			}).observe({ type: 'longtask', buffered: false });
		});
		const line = 'INFO  2026-11-20 12:00:01 worker-17 processed batch 4411 in 231ms (queue depth 3)\n';
		const paste = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)) + 'denied: permission_denied: write_package\n';
		// A real paste event carrying window.pasteText, the way a reader's Ctrl+V arrives.
		const dispatchPaste = () =>
			page.evaluate(() => {
				const box = document.querySelector<HTMLTextAreaElement>('[data-paste-input]')!;
				const data = new DataTransfer();
				data.setData('text/plain', (window as unknown as { pasteText: string }).pasteText);
				box.focus();
				box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
			});
		// Hand the text to the page first (Playwright's own transfer is a long task of its own), then time a real
		// paste event with it, the way a reader's Ctrl+V arrives.
		await page.evaluate((text) => ((window as unknown as { pasteText: string }).pasteText = text), paste);
		await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
		started = performance.now();
		await dispatchPaste();
		// Done when the status line gives an answer, match or not ("Matching…" is no answer).
		await page.waitForFunction(
			() => /(?:Exact|Likely|Weak) match:|No known match/.test(document.querySelector('[data-paste-status]')?.textContent ?? ''),
			null,
			{ timeout: 60_000 },
		);
		const elapsed = performance.now() - started;
		const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
		console.log(
			`  browser 5 MB paste             answer after ${elapsed.toFixed(0)} ms; main-thread tasks over 50 ms: ${longTasks.length}, longest ${Math.max(0, ...longTasks).toFixed(0)} ms`,
		);

		// A hostile 5 MB paste, then at once a real error typed over it: the worker busy with the first is replaced,
		// so the real error is answered in its own time. A fresh page, so the answer above is not taken for it.
		await page.goto(`${server.origin}/`);
		const hostile = pathologicalShapes([...catalogue.postings.keys()])[0]!;
		await page.evaluate(
			(text) => ((window as unknown as { pasteText: string }).pasteText = text),
			pathologicalLog(hostile, 5 * 1024 * 1024),
		);
		await dispatchPaste();
		started = performance.now();
		await page.locator('[data-paste-input]').fill('ERROR: failed to push ghcr.io/acme/api:1.2: denied: permission_denied: write_package');
		await page.waitForFunction(
			() =>
				document.querySelector('[data-paste-results] > li.match a')?.getAttribute('href') ===
				'/github-actions/ghcr-push-permission-denied/',
			null,
			{ timeout: 60_000 },
		);
		console.log(
			`  browser real error after a hostile 5 MB paste (${hostile.name})   answer after ${(performance.now() - started).toFixed(0)} ms (includes the 250 ms typing pause)`,
		);
		await browser.close();
	} finally {
		server.stop();
	}
}
