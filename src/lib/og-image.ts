// Node only: each error page's social card (Open Graph image), 1200×630 PNG: the category and the error's first
// signature. Drawn once per distinct card and kept in a cache folder, so a rebuild of unchanged pages draws nothing.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

/** What a card shows. */
export interface OgCard {
	category: string;
	signature: string;
	site: string;
}

/** Bump when the drawing changes, so cached cards are drawn again. */
const DRAWING_VERSION = 2;
const WIDTH = 1200;
const HEIGHT = 630;
const MONO_SIZE = 40;
// DejaVu Sans Mono's advance is 0.602 em; the signature column is 1000 px wide.
const CHARS_PER_LINE = Math.floor(1000 / (MONO_SIZE * 0.602));
const MAX_LINES = 5;

const escapeXml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Breaks text into at most `maxLines` lines of `width` characters, at spaces where it can; the last line ends in … when cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
	const lines: string[] = [];
	let rest = text.replace(/\s+/g, ' ').trim();
	while (rest && lines.length < maxLines) {
		if (rest.length <= width) {
			lines.push(rest);
			rest = '';
			break;
		}
		const space = rest.lastIndexOf(' ', width);
		const cut = space > width / 2 ? space : width;
		lines.push(rest.slice(0, cut).trimEnd());
		rest = rest.slice(cut).trimStart();
	}
	if (rest)
		lines[lines.length - 1] = `${lines
			.at(-1)!
			.slice(0, width - 1)
			.trimEnd()}…`;
	return lines;
}

/** Returns the card as SVG, every text escaped. Fonts fall back to the system's sans and mono faces. */
export function ogSvg(card: OgCard): string {
	const lines = wrapText(card.signature, CHARS_PER_LINE, MAX_LINES);
	const lineHeight = Math.round(MONO_SIZE * 1.35);
	const top = 240;
	const spans = lines.map((line, i) => `<tspan x="120" y="${top + i * lineHeight}">${escapeXml(line)}</tspan>`).join('');
	const barHeight = lines.length * lineHeight + 10;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<rect width="${WIDTH}" height="${HEIGHT}" fill="#0f1216"/>
<rect width="${WIDTH}" height="12" fill="#8ab4f8"/>
<text x="80" y="130" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="38" font-weight="700" fill="#8ab4f8">${escapeXml(card.category)}</text>
<rect x="80" y="${top - MONO_SIZE}" width="8" height="${barHeight}" fill="#ff9b9b"/>
<text font-family="DejaVu Sans Mono, Liberation Mono, monospace" font-size="${MONO_SIZE}" fill="#e6e8eb" xml:space="preserve">${spans}</text>
<text x="80" y="575" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="32" font-weight="700" fill="#e6e8eb">${escapeXml(card.site)}</text>
<text x="1120" y="575" text-anchor="end" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="28" fill="#a9b1bb">The cause and the fix</text>
</svg>`;
}

/** Returns the card's cache key: the drawing version and everything the card shows. */
export function ogCacheKey(card: OgCard): string {
	return createHash('sha256')
		.update(JSON.stringify([DRAWING_VERSION, card.category, card.signature, card.site]))
		.digest('hex')
		.slice(0, 32);
}

/** Counts of the cards served since the process started: drawn, or read from the cache. */
export const ogStats = { drawn: 0, cached: 0, drawMs: 0 };

/** Cards being drawn by prepareOgImages, by cache file. */
const drawing = new Map<string, Promise<unknown>>();

/**
 * Draws every card not in the cache yet, as many at a time as the machine has cores (sharp draws off the main
 * thread), so the build's one-after-another requests for the cards find them drawn. Resolves when all are stored.
 */
export async function prepareOgImages(cards: OgCard[], cacheDir: string, parallel = availableParallelism()): Promise<void> {
	const queue = [...cards];
	const worker = async () => {
		for (let card = queue.shift(); card; card = queue.shift()) {
			const file = path.join(cacheDir, `${ogCacheKey(card)}.png`);
			if (drawing.has(file)) continue;
			const done = ogImage(card, cacheDir);
			// A failure is reported by the request for the card, which draws it again.
			drawing.set(
				file,
				done.catch(() => drawing.delete(file)),
			);
			await done.catch(() => undefined);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
}

/** Returns the card as PNG, from `cacheDir` when it was drawn before, else drawn and stored there. */
export async function ogImage(card: OgCard, cacheDir: string): Promise<Buffer> {
	const file = path.join(cacheDir, `${ogCacheKey(card)}.png`);
	await drawing.get(file);
	try {
		const cached = await readFile(file);
		ogStats.cached++;
		return cached;
	} catch {
		// Not drawn yet.
	}
	const started = performance.now();
	// A light compression: the cards are drawn once and cached, and the build stays within its per-page budget.
	const png = await sharp(Buffer.from(ogSvg(card)))
		.png({ compressionLevel: 3 })
		.toBuffer();
	ogStats.drawn++;
	ogStats.drawMs += performance.now() - started;
	await mkdir(cacheDir, { recursive: true });
	// Written under a temporary name and renamed, so a build stopped halfway never leaves half a card behind.
	const temporary = `${file}.${process.pid}.tmp`;
	await writeFile(temporary, png);
	await rename(temporary, file);
	return png;
}

/** The cards' cache folder: beside Astro's cache, or under ATLAS_CACHE_DIR when set. */
export function ogCacheDir(env: Record<string, string | undefined> = process.env): string {
	return path.join(env.ATLAS_CACHE_DIR || 'node_modules/.astro', 'og-images');
}
