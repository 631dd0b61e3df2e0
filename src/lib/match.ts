// Shipped to the browser (the paste matcher's worker) and used by the CLI: no DOM, no Node APIs.
// Finds which error pages a pasted log shows: scores each page's best signature against the best window of lines.
import { maskSecrets } from './mask-secrets.ts';
import { cleanLine, NORMALIZE_RULES_VERSION, tokenizeLine, type Capture, type NormalizedLine } from './normalize.ts';
import type { SignatureIndex, IndexedPage } from './signature-index.ts';

/** How sure a match is. */
export type Confidence = 'exact' | 'likely' | 'weak';

/** A line of the paste that a match rests on. */
export interface MatchedLine {
	/** 1-based line number in the paste. */
	number: number;
	/** The cleaned line with secrets masked: safe to show, always as text. */
	text: string;
	/** Character ranges of `text` that matched the signature. */
	highlights: [start: number, end: number][];
}

/** One page that the paste shows. */
export interface PageMatch {
	page: IndexedPage;
	/** 0–1: share of the signature's weight found, in order, scaled down for short generic signatures. */
	score: number;
	confidence: Confidence;
	lines: MatchedLine[];
	/** Variable values in the matched lines (images, paths, versions…). */
	captures: Capture[];
}

/** The answer for one paste. */
export interface MatchResult {
	/** Ranked pages, root cause first; empty when nothing reaches the weak band. */
	matches: PageMatch[];
	/** Lines read after cleaning. */
	lineCount: number;
}

/** Thresholds of the confidence bands, on the final score. */
export const CONFIDENCE_BANDS: Record<Confidence, number> = { exact: 0.9, likely: 0.72, weak: 0.55 };

const PLACEHOLDER_WEIGHT = 0.6;
const SOFT_FACTOR = 0.25;
// A signature whose words weigh less than two of the rarest words is too generic to be sure of on its own.
const FULL_MASS_IN_RARE_WORDS = 2;
const MISSING_RAREST_FACTOR = 0.8;
const MAX_LINES = 200_000;
const MAX_CANDIDATES = 150;
const MAX_ANCHOR_LINES = 64;

interface PreparedSignature {
	page: number;
	tokens: { text: string; soft: boolean; placeholder: boolean; weight: number }[];
	mass: number;
	/** Hard word tokens, rarest first: where to look in the log. */
	anchors: string[];
	/** The words that share the highest rarity: what tells this error apart from others. */
	rarest: string[];
}

/** A signature index with weights computed, ready for many pastes. */
export interface PreparedIndex {
	pages: IndexedPage[];
	signatures: PreparedSignature[];
	/** Hard word token → signatures that contain it. */
	postings: Map<string, number[]>;
	/** Signature weight at which a signature counts as fully specific. */
	fullMass: number;
}

/** Returns the index ready for matching; throws when it was built with other normalisation rules. */
export function prepareIndex(index: SignatureIndex): PreparedIndex {
	if (index.rules !== NORMALIZE_RULES_VERSION) {
		throw new Error(
			`signature index uses normalisation rules v${index.rules}, this matcher v${NORMALIZE_RULES_VERSION}; rebuild the index`,
		);
	}
	const documentFrequency = new Map<string, number>();
	for (const signature of index.signatures) {
		for (const token of new Set(signature.tokens.map(bare))) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
	}
	const total = index.signatures.length;
	const idf = (token: string) => Math.log(1 + total / (documentFrequency.get(token) ?? 1));

	const postings = new Map<string, number[]>();
	const signatures = index.signatures.map((signature, id): PreparedSignature => {
		const tokens = signature.tokens.map((raw) => {
			const soft = raw.startsWith('~');
			const text = bare(raw);
			const placeholder = text.startsWith('<');
			const weight = placeholder ? PLACEHOLDER_WEIGHT : idf(text) * (soft ? SOFT_FACTOR : 1);
			return { text, soft, placeholder, weight };
		});
		const hard = [...new Set(tokens.filter((t) => !t.soft && !t.placeholder).map((t) => t.text))];
		for (const token of hard) {
			const list = postings.get(token);
			if (list) list.push(id);
			else postings.set(token, [id]);
		}
		return {
			page: signature.page,
			tokens,
			mass: tokens.filter((t) => !t.soft).reduce((sum, t) => sum + t.weight, 0),
			anchors: hard.sort((a, b) => idf(b) - idf(a)),
			rarest: hard.filter((t) => idf(t) >= idf(hard[0] ?? '') - 1e-9),
		};
	});
	return { pages: index.pages, signatures, postings, fullMass: FULL_MASS_IN_RARE_WORDS * Math.log(1 + total) };
}

function bare(token: string): string {
	return token.startsWith('~') ? token.slice(1) : token;
}

interface LogLine {
	number: number;
	text: string;
}

/** Splits a paste into cleaned, secret-masked lines with their original numbers. */
function readLines(raw: string): LogLine[] {
	const lines: LogLine[] = [];
	// Masked whole as well as line by line, so a private key block that spans lines is masked too (line breaks stay).
	const rawLines = maskSecrets(raw).split(/\r\n|\r|\n/, MAX_LINES);
	for (let i = 0; i < rawLines.length; i++) {
		const text = maskSecrets(cleanLine(rawLines[i] ?? ''));
		if (text) lines.push({ number: i + 1, text });
	}
	return lines;
}

/** Returns the pages a paste shows, ranked, with the matched lines and captured values. */
export function matchLog(prepared: PreparedIndex, raw: string, options: { top?: number } = {}): MatchResult {
	const top = options.top ?? 5;
	const lines = readLines(raw);
	const tokenized = new Map<number, NormalizedLine>();
	const tokensOf = (index: number): NormalizedLine => {
		let line = tokenized.get(index);
		if (!line) {
			line = tokenizeLine(lines[index]?.text ?? '');
			tokenized.set(index, line);
		}
		return line;
	};

	// Cheap pass: which lines contain any word that some signature contains. Only those are tokenized fully.
	const lineOfWord = new Map<string, number[]>();
	const seenText = new Set<string>();
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i]?.text ?? '';
		if (seenText.has(text)) continue; // CI logs repeat lines; the first occurrence is enough
		seenText.add(text);
		const words = text.toLowerCase().match(/[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*/gu);
		if (!words || !words.some((w) => prepared.postings.has(w) || w.includes('.') || w.includes('-'))) continue;
		for (const token of tokensOf(i).tokens) {
			if (token.soft || !prepared.postings.has(token.text)) continue;
			const at = lineOfWord.get(token.text);
			if (!at) lineOfWord.set(token.text, [i]);
			else if (at[at.length - 1] !== i && at.length < MAX_ANCHOR_LINES) at.push(i);
		}
	}

	// Candidates: signatures whose words appear somewhere in the log, by weight found.
	const found = new Map<number, number>();
	for (const token of lineOfWord.keys()) {
		for (const id of prepared.postings.get(token) ?? []) found.set(id, (found.get(id) ?? 0) + 1);
	}
	const candidates = [...found.entries()]
		.map(([id]) => {
			const signature = prepared.signatures[id] as PreparedSignature;
			const weightFound = signature.tokens.reduce(
				(sum, t) => sum + (!t.soft && !t.placeholder && lineOfWord.has(t.text) ? t.weight : 0),
				0,
			);
			return { id, share: weightFound / (signature.mass || 1) };
		})
		.filter((c) => c.share >= 0.4)
		.sort((a, b) => b.share - a.share)
		.slice(0, MAX_CANDIDATES);

	const bestByPage = new Map<number, PageMatch & { firstLine: number }>();
	for (const { id } of candidates) {
		const signature = prepared.signatures[id] as PreparedSignature;
		const starts = new Set<number>();
		for (const anchor of signature.anchors.slice(0, 3)) for (const i of lineOfWord.get(anchor) ?? []) starts.add(i);
		for (const i of starts) {
			for (const [from, to] of windowsAround(i, lines.length)) {
				const scored = scoreWindow(signature, from, to, tokensOf, prepared.fullMass);
				const page = prepared.pages[signature.page] as IndexedPage;
				const current = bestByPage.get(signature.page);
				if (current && current.score >= scored.score) continue;
				bestByPage.set(signature.page, {
					page,
					score: scored.score,
					confidence: 'weak',
					lines: scored.lines.map((l) => ({
						number: lines[l.index]?.number ?? 0,
						text: maskSecrets(lines[l.index]?.text ?? ''), // masked already: a no-op that keeps the highlights
						highlights: l.highlights,
					})),
					captures: scored.captures.map((capture) => ({ ...capture, value: maskSecrets(capture.value) })),
					firstLine: lines[from]?.number ?? 0,
				});
			}
		}
	}

	const matches = [...bestByPage.values()]
		.filter((m) => m.score >= CONFIDENCE_BANDS.weak)
		.map((m) => ({ ...m, confidence: bandOf(m.score) }));
	return { matches: rankRootCauseFirst(matches).slice(0, top), lineCount: lines.length };
}

function bandOf(score: number): Confidence {
	return score >= CONFIDENCE_BANDS.exact ? 'exact' : score >= CONFIDENCE_BANDS.likely ? 'likely' : 'weak';
}

const BAND_RANK: Record<Confidence, number> = { exact: 3, likely: 2, weak: 1 };

/** Umbrella errors (a wrapper such as git's exit code 128) go after the specific errors they wrap. */
function rankRootCauseFirst(matches: (PageMatch & { firstLine: number })[]): PageMatch[] {
	const hasSpecific = matches.some((m) => !m.page.umbrella && m.confidence !== 'weak');
	return matches
		.sort(
			(a, b) =>
				(hasSpecific ? Number(!!a.page.umbrella) - Number(!!b.page.umbrella) : 0) ||
				BAND_RANK[b.confidence] - BAND_RANK[a.confidence] ||
				b.score - a.score ||
				a.firstLine - b.firstLine,
		)
		.map(({ firstLine: _firstLine, ...match }) => match);
}

/** Windows of one to three consecutive lines that include line `i`. */
function windowsAround(i: number, count: number): [number, number][] {
	const windows: [number, number][] = [[i, i]];
	if (i > 0) windows.push([i - 1, i]);
	if (i + 1 < count) windows.push([i, i + 1]);
	if (i > 0 && i + 1 < count) windows.push([i - 1, i + 1]);
	if (i > 1) windows.push([i - 2, i]);
	if (i + 2 < count) windows.push([i, i + 2]);
	return windows;
}

interface WindowScore {
	score: number;
	lines: { index: number; highlights: [number, number][] }[];
	captures: Capture[];
}

function scoreWindow(
	signature: PreparedSignature,
	from: number,
	to: number,
	tokensOf: (i: number) => NormalizedLine,
	fullMass: number,
): WindowScore {
	const sequence: { text: string; line: number; start: number; end: number }[] = [];
	for (let i = from; i <= to; i++) {
		const line = tokensOf(i);
		const next = i < to ? tokensOf(i + 1) : undefined;
		for (const token of line.tokens) sequence.push({ text: token.text, line: i, start: token.start, end: token.end });
		// A terminal wraps long lines mid-word; the last word of a line glued to the first of the next one restores it.
		const last = line.tokens.at(-1);
		const first = next?.tokens[0];
		if (last && first && last.end === line.text.length && first.start === 0 && !last.text.startsWith('<') && !first.text.startsWith('<')) {
			sequence.push({ text: last.text + first.text, line: i, start: last.start, end: last.end });
		}
	}
	const present = new Set(sequence.map((t) => t.text));
	let total = 0;
	let got = 0;
	for (const token of signature.tokens) {
		total += token.weight;
		if (present.has(token.text)) got += token.weight;
	}
	const coverage = total > 0 ? got / total : 0;
	const order = orderedShare(
		signature.tokens.filter((t) => !t.soft).map((t) => t.text),
		sequence.map((t) => t.text),
	);
	// The rarest words tell this error apart; a window that lacks one shares mostly generic words with it.
	const identified = signature.rarest.every((t) => present.has(t));
	const extraLines = to - from;
	const specificity = Math.min(1, signature.mass / fullMass);
	const score =
		coverage * (0.8 + 0.2 * order) * (0.7 + 0.3 * specificity) * (1 - 0.02 * extraLines) * (identified ? 1 : MISSING_RAREST_FACTOR);

	const wanted = new Set(signature.tokens.map((t) => t.text));
	const highlights = new Map<number, [number, number][]>();
	const captures: Capture[] = [];
	for (const token of sequence) {
		if (!wanted.has(token.text)) continue;
		const spans = highlights.get(token.line) ?? [];
		spans.push([token.start, token.end]);
		highlights.set(token.line, spans);
	}
	// Only from the lines shown: a line of the window that is not shown must not reach the output through a capture.
	for (const i of [...highlights.keys()].sort((a, b) => a - b)) captures.push(...tokensOf(i).captures);
	const lines = [...highlights.keys()]
		.sort((a, b) => a - b)
		.map((index) => ({ index, highlights: mergeSpans(highlights.get(index) ?? []) }));
	return { score, lines, captures };
}

/** Share of `wanted` found in `sequence` in the same order (longest common subsequence / wanted length). */
function orderedShare(wanted: string[], sequence: string[]): number {
	if (wanted.length === 0) return 1;
	const inWanted = new Set(wanted);
	const seq = sequence.filter((t) => inWanted.has(t));
	let previous = new Array<number>(seq.length + 1).fill(0);
	for (const w of wanted) {
		const row = new Array<number>(seq.length + 1).fill(0);
		for (let j = 1; j <= seq.length; j++) {
			row[j] = w === seq[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, row[j - 1] ?? 0);
		}
		previous = row;
	}
	return (previous[seq.length] ?? 0) / wanted.length;
}

function mergeSpans(spans: [number, number][]): [number, number][] {
	const sorted = [...spans].sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const span of sorted) {
		const last = merged.at(-1);
		if (last && span[0] <= last[1] + 1) last[1] = Math.max(last[1], span[1]);
		else merged.push([span[0], span[1]]);
	}
	return merged;
}
