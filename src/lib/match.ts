// Shipped to the browser (the paste matcher's worker) and used by the CLI: no DOM, no Node APIs.
// Finds which error pages a pasted log shows: scores each page's best signature against the best window of lines.
import { maskSecrets } from './mask-secrets.ts';
import { cleanLine, NORMALIZE_RULES_VERSION, tokenizeLine, type Capture, type NormalizedLine, type TokenizeWork } from './normalize.ts';
import type { SignatureIndex, IndexedPage } from './signature-index.ts';
import { STOP_WORDS } from './stop-words.ts';
import { splitCompound, wordPattern } from './words.ts';

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
	/** The matched line that names the error most specifically (the most signature weight), not a wrapper or a hint. */
	evidence: MatchedLine;
	/** The words of that line that matched the page, in order, gaps marked `…`: the wording the paste shares with it. */
	wording: string;
	/** Variable values in the matched lines (images, paths, versions…). */
	captures: Capture[];
}

/** The answer for one paste. */
export interface MatchResult {
	/** Ranked pages, root cause first; empty when nothing reaches the weak band. */
	matches: PageMatch[];
	/** Lines read after cleaning. */
	lineCount: number;
	/**
	 * Present only when part of the paste was not read: a paste over MAX_INPUT_CHARS is read from its end, since CI
	 * logs end with the error, and `lines` lines at its start are skipped. Always shown to the reader.
	 */
	skipped?: { lines: number; where: 'start' };
}

/**
 * Optional work counter, filled by `matchLog` when given: what the matcher did, in units that do not depend on the
 * machine. Tests budget it; the bench prints it. Every count is bounded by the paste's size times a constant.
 */
export interface MatchWork extends TokenizeWork {
	/** Lines read (before cleaning drops the empty ones). */
	lines: number;
	/** Windows of lines scored against a signature. */
	windows: number;
	/** Cells of the in-order check (longest common subsequence) computed. */
	cells: number;
}

/** Returns a zeroed work counter. */
export function newMatchWork(): MatchWork {
	return { lines: 0, ruleChars: 0, tokens: 0, windows: 0, cells: 0 };
}

/** Thresholds of the confidence bands, on the final score. */
export const CONFIDENCE_BANDS: Record<Confidence, number> = { exact: 0.9, likely: 0.72, weak: 0.55 };

const PLACEHOLDER_WEIGHT = 0.6;
const SOFT_FACTOR = 0.25;
// A signature whose words weigh less than two of the rarest words is too generic to be sure of on its own.
const FULL_MASS_IN_RARE_WORDS = 2;
const MISSING_RAREST_FACTOR = 0.8;
/**
 * Characters read from a paste: the CLI's 64 MiB cap. A longer paste (only the site can get one) is read from its
 * end, and the result says how many lines were skipped.
 */
export const MAX_INPUT_CHARS = 64 * 1024 * 1024;
// A raw line is cut here before cleaning; the tokenizer reads 4,000 characters of it anyway (MAX_LINE_CHARS).
const MAX_RAW_LINE_CHARS = 8192;
const MAX_CANDIDATES = 150;
// Lines remembered per word, to start windows from: the first few and the most recent ones, since a CI log's error
// is near its end and the same words often come up in the setup before it.
const FIRST_ANCHOR_LINES = 16;
const LAST_ANCHOR_LINES = 48;
// Windows scored in all, shared fairly between the candidate signatures, so that a paste of lines stuffed with
// catalogue words, where every signature anchors on every line, still costs a bounded amount.
const MAX_WINDOWS = 24_000;
const MIN_WINDOWS_PER_SIGNATURE = 48;
// Tokens of a window compared in order with a signature: a few times the signature's length is plenty for a real
// window, and it bounds the in-order check on a window full of the signature's words.
const ORDER_SEQUENCE_FACTOR = 4;
const MIN_ORDER_SEQUENCE = 48;

interface PreparedSignature {
	page: number;
	tokens: { text: string; soft: boolean; placeholder: boolean; weight: number }[];
	/** Texts of the hard tokens, in order: what the in-order check compares. */
	ordered: string[];
	orderedSet: Set<string>;
	/** Every token text, hard or soft: what is highlighted. */
	wanted: Set<string>;
	/** Weight of each token text (the most a repeated text weighs): which matched line says most. */
	weightOf: Map<string, number>;
	/** The distinct token texts, each checked once per window; `textOf[k]` is token k's place in them. */
	texts: string[];
	textOf: number[];
	/** Sum of the token weights, in token order. */
	total: number;
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
	/**
	 * Per page, the words that say which tool or service it is about (its category, rare words of its title and
	 * signatures), each with its weight: the rarer across pages, the more it says.
	 */
	context: Map<string, number>[];
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

	// A word that a page's signatures hold as plain text is part of what that error is (`gcc` for cgo's missing C
	// compiler, `distutils`): where another of its signatures has it inside quotes, it counts in full there too, so a
	// line that quotes another name (`exec: "gunicorn": executable file not found`) is not that error.
	const pageWords = index.pages.map(() => new Set<string>());
	for (const signature of index.signatures) {
		for (const raw of signature.tokens) if (!raw.startsWith('~') && !raw.startsWith('<')) pageWords[signature.page]?.add(raw);
	}
	const postings = new Map<string, number[]>();
	const signatures = index.signatures.map((signature, id): PreparedSignature => {
		const tokens = signature.tokens.map((raw) => {
			const text = bare(raw);
			const soft = raw.startsWith('~') && !pageWords[signature.page]?.has(text);
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
		const texts = [...new Set(tokens.map((t) => t.text))];
		return {
			page: signature.page,
			tokens,
			texts,
			textOf: tokens.map((t) => texts.indexOf(t.text)),
			total: tokens.reduce((sum, t) => sum + t.weight, 0),
			ordered: tokens.filter((t) => !t.soft).map((t) => t.text),
			orderedSet: new Set(tokens.filter((t) => !t.soft).map((t) => t.text)),
			wanted: new Set(tokens.map((t) => t.text)),
			weightOf: tokens.reduce((map, t) => map.set(t.text, Math.max(map.get(t.text) ?? 0, t.weight)), new Map<string, number>()),
			mass: tokens.filter((t) => !t.soft).reduce((sum, t) => sum + t.weight, 0),
			anchors: hard.sort((a, b) => idf(b) - idf(a)),
			rarest: hard.filter((t) => idf(t) >= idf(hard[0] ?? '') - 1e-9),
		};
	});
	return {
		pages: index.pages,
		signatures,
		postings,
		fullMass: FULL_MASS_IN_RARE_WORDS * Math.log(1 + total),
		context: contextWords(index.pages, pageWords),
	};
}

// A context word names a tool or service; one that a tenth of the pages use (`error`, `failed`) names nothing.
const MAX_CONTEXT_SHARE = 0.1;
// Words that name no tool however rare they are in the catalogue: the shared stop words, and parts of any URL or path.
const NOT_CONTEXT: ReadonlySet<string> = new Set([
	...STOP_WORDS,
	...'https http www com org net io dev if see path file line no'.split(' '),
]);
// A context word starts with a letter: a number (`401`, `128`) says which error, never which tool.
const CONTEXT_WORD = /^\p{L}[\p{L}\p{N}_]{1,40}$/u;

/** Returns the words of a text, and the parts of its dotted or hyphenated words, that can name a tool. */
function contextWordsOf(text: string): string[] {
	return (text.toLowerCase().match(wordPattern()) ?? []).flatMap(splitCompound).filter((word) => CONTEXT_WORD.test(word));
}

/** Per page: its category's words and the words of its title and signatures that few pages use, weighted by rarity. */
function contextWords(pages: IndexedPage[], pageWords: Set<string>[]): Map<string, number>[] {
	const perPage = pages.map((page, i) => {
		const words = new Set<string>();
		for (const word of contextWordsOf(page.title)) words.add(word);
		for (const word of pageWords[i] ?? []) for (const part of contextWordsOf(word)) words.add(part);
		for (const part of (page.category ?? '').split('-')) if (part.length > 1) words.add(part);
		return words;
	});
	const pagesWith = new Map<string, number>();
	for (const words of perPage) for (const word of words) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
	const limit = Math.max(2, Math.floor(pages.length * MAX_CONTEXT_SHARE));
	return perPage.map((words, i) => {
		const weighted = new Map<string, number>();
		const category = new Set((pages[i]?.category ?? '').split('-'));
		for (const word of words) {
			if (NOT_CONTEXT.has(word)) continue;
			const n = pagesWith.get(word) ?? 1;
			// A category's own name always counts (`npm`, `git`), weighted like any other word.
			if (n <= limit || category.has(word)) weighted.set(word, Math.log(1 + pages.length / n));
		}
		return weighted;
	});
}

function bare(token: string): string {
	return token.startsWith('~') ? token.slice(1) : token;
}

interface LogLine {
	number: number;
	text: string;
	/** The line before cleaning (masked): its tool prefix and hosts tell which tool printed it. */
	raw: string;
}

/** Splits a paste into cleaned, secret-masked lines with their original numbers; reads the end of an oversized one. */
function readLines(raw: string, maxChars: number, work?: MatchWork): { lines: LogLine[]; skipped: number } {
	// One line break character, so the lines can be walked with indexOf instead of an array of millions of strings.
	// Masked whole as well as line by line, so a private key block that spans lines is masked too (line breaks stay).
	const text = maskSecrets(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
	let at = 0;
	let skipped = 0;
	if (text.length > maxChars) {
		// Keep the tail from the first whole line in it, and count the lines left out for the result.
		const breakBefore = text.indexOf('\n', text.length - maxChars - 1);
		at = breakBefore < 0 ? text.length : breakBefore + 1;
		for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) skipped++;
	}
	const lines: LogLine[] = [];
	for (let number = skipped + 1; at <= text.length; number++) {
		let end = text.indexOf('\n', at);
		if (end < 0) end = text.length;
		if (work) work.lines++;
		if (end > at) {
			const raw = cutLine(text, at, end);
			const line = maskSecrets(cleanLine(raw));
			if (line) lines.push({ number, text: line, raw });
		}
		at = end + 1;
	}
	return { lines, skipped };
}

/**
 * Returns text[from, to) cut to MAX_RAW_LINE_CHARS. The cut goes back to the last character that cannot be part of a
 * token (a space, a quote, a bracket…), so a secret is never cut short of the length at which it is recognised and
 * masked; a line with no such character in reach is a blob (minified code, base64), not an error message.
 */
function cutLine(text: string, from: number, to: number): string {
	if (to - from <= MAX_RAW_LINE_CHARS) return text.slice(from, to);
	const head = text.slice(from, from + MAX_RAW_LINE_CHARS);
	for (let i = head.length - 1; i >= 0; i--) if (!/[\w+/=.~%-]/.test(head[i] ?? '')) return head.slice(0, i);
	return '';
}

const WORDS = wordPattern();

/** True when a word of the line passes `inIndex`; stops at the first, as most log lines have one early on. */
function hasIndexWord(line: string, inIndex: (word: string) => boolean): boolean {
	WORDS.lastIndex = 0;
	for (let match = WORDS.exec(line); match; match = WORDS.exec(line)) if (inIndex(match[0])) return true;
	return false;
}

/** Lines of a paste, tokenized on demand, with each line's token texts as a set for presence checks. */
interface TokenizedLine extends NormalizedLine {
	present: Set<string>;
}

/** Options of `matchLog`. */
export interface MatchOptions {
	/** Pages returned at most (default 5). */
	top?: number;
	/** Filled with what the match took, when given. */
	work?: MatchWork;
	/** Characters read from the end of the paste (default MAX_INPUT_CHARS); tests set a small one. */
	maxChars?: number;
}

/** Returns the pages a paste shows, ranked, with the matched lines and captured values. */
export function matchLog(prepared: PreparedIndex, raw: string, options: MatchOptions = {}): MatchResult {
	const top = options.top ?? 5;
	const work = options.work;
	const { lines, skipped } = readLines(raw, options.maxChars ?? MAX_INPUT_CHARS, work);
	const tokenized = new Map<number, TokenizedLine>();
	const tokensOf = (index: number): TokenizedLine => {
		let line = tokenized.get(index);
		if (!line) {
			const normalized = tokenizeLine(lines[index]?.text ?? '', work);
			line = { ...normalized, present: new Set(normalized.tokens.map((t) => t.text)) };
			tokenized.set(index, line);
		}
		return line;
	};

	// Cheap pass: which lines contain any word that some signature contains. Only those are tokenized fully.
	// A dotted or hyphenated word counts through its parts too, the way the tokenizer splits it.
	const inIndex = (word: string) =>
		prepared.postings.has(word) ||
		((word.includes('.') || word.includes('-')) && splitCompound(word).some((p) => prepared.postings.has(p)));
	const occurrences = new Map<string, { first: number[]; last: number[]; latest: number }>();
	const seenText = new Set<string>();
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i]?.text ?? '';
		if (seenText.has(text)) continue; // CI logs repeat lines; the first occurrence is enough
		seenText.add(text);
		if (!hasIndexWord(text.toLowerCase(), inIndex)) continue;
		// Not kept: most lines are never part of a scored window, and holding every line's tokens until the end of
		// a 64 MiB paste costs more in garbage collection than tokenizing the few window lines again.
		for (const token of tokenizeLine(text, work).tokens) {
			if (token.soft || !prepared.postings.has(token.text)) continue;
			const at = occurrences.get(token.text);
			if (!at) occurrences.set(token.text, { first: [i], last: [], latest: i });
			else if (at.latest !== i) {
				at.latest = i;
				if (at.first.length < FIRST_ANCHOR_LINES) at.first.push(i);
				else {
					at.last.push(i);
					if (at.last.length > 2 * LAST_ANCHOR_LINES) at.last.splice(0, LAST_ANCHOR_LINES); // amortised trim
				}
			}
		}
	}
	const lineOfWord = new Map<string, number[]>();
	for (const [word, at] of occurrences) lineOfWord.set(word, [...at.first, ...at.last.slice(-LAST_ANCHOR_LINES)]);

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

	const windowsPerSignature = Math.max(MIN_WINDOWS_PER_SIGNATURE, Math.floor(MAX_WINDOWS / Math.max(1, candidates.length)));
	const bestByPage = new Map<number, Ranked>();
	for (const { id } of candidates) {
		const signature = prepared.signatures[id] as PreparedSignature;
		// Early exit: this page already has a window that no window of this signature could beat.
		const ceiling = combineScore(signature, prepared.fullMass, 1, 1, 0, true);
		if ((bestByPage.get(signature.page)?.score ?? -1) >= ceiling) continue;
		for (const [from, to] of windowsOf(signature, lineOfWord, lines.length, windowsPerSignature)) {
			if (work) work.windows++;
			const current = bestByPage.get(signature.page);
			// Only a window that beats the page's best so far (or reaches the weak band) is worth scoring in full.
			const floor = current ? current.score : CONFIDENCE_BANDS.weak - 1e-9;
			const scored = scoreWindow(signature, from, to, tokensOf, prepared.fullMass, floor, work);
			if (!scored) continue;
			const shown = scored.lines.map((l) => ({
				number: lines[l.index]?.number ?? 0,
				text: maskSecrets(lines[l.index]?.text ?? ''), // masked already: a no-op that keeps the highlights
				highlights: l.highlights,
			}));
			const evidence = shown[scored.evidence] ?? { number: lines[from]?.number ?? 0, text: '', highlights: [] };
			bestByPage.set(signature.page, {
				page: prepared.pages[signature.page] as IndexedPage,
				score: scored.score,
				confidence: 'weak',
				lines: shown,
				evidence,
				wording: wordingOf(evidence),
				captures: scored.captures.map((capture) => ({ ...capture, value: maskSecrets(capture.value) })),
				firstLine: lines[from]?.number ?? 0,
				from,
				to,
				signature: id,
				context: 0,
			});
		}
	}

	const matches = [...bestByPage.values()]
		.filter((m) => m.score >= CONFIDENCE_BANDS.weak)
		.map((m) => ({ ...m, confidence: bandOf(m.score), context: contextOf(prepared, m, lines) }));
	return {
		matches: rankRootCauseFirst(matches).slice(0, top),
		lineCount: lines.length,
		...(skipped > 0 ? { skipped: { lines: skipped, where: 'start' as const } } : {}),
	};
}

function bandOf(score: number): Confidence {
	return score >= CONFIDENCE_BANDS.exact ? 'exact' : score >= CONFIDENCE_BANDS.likely ? 'likely' : 'weak';
}

const BAND_RANK: Record<Confidence, number> = { exact: 3, likely: 2, weak: 1 };

/** A page's best window while matching, with what ranking needs. */
interface Ranked extends PageMatch {
	firstLine: number;
	/** Lines from..to (indexes into the cleaned lines) and the signature that scored. */
	from: number;
	to: number;
	signature: number;
	/** Weight of the page's context words found around the match (see contextOf). */
	context: number;
}

// Lines around a match whose words tell which tool printed it: the command, the tool's prefix, the host.
const CONTEXT_LINES = 6;
const MAX_CONTEXT = 4;
// Scores this close count as a tie that the context decides: one wording printed by several tools.
const CONTEXT_TIE = 0.06;

/**
 * The weight of the page's context words (category, rare words of its title and other signatures) in the raw
 * lines around the match, leaving out the words of the signature that matched: `npm` before a registry's token error
 * says the npm page, `kubelet` and `ErrImagePull` say the cluster's pull page, `git submodule` says git's.
 */
function contextOf(prepared: PreparedIndex, match: Ranked, lines: LogLine[]): number {
	const vocabulary = prepared.context[prepared.signatures[match.signature]?.page ?? -1];
	if (!vocabulary || vocabulary.size === 0) return 0;
	const own = prepared.signatures[match.signature]?.wanted;
	const seen = new Set<string>();
	let weight = 0;
	const from = Math.max(0, match.from - CONTEXT_LINES);
	const to = Math.min(lines.length - 1, match.to + CONTEXT_LINES);
	for (let i = from; i <= to && seen.size < MAX_CONTEXT; i++) {
		for (const word of contextWordsOf((lines[i]?.raw ?? '').slice(0, MAX_RAW_LINE_CHARS))) {
			if (seen.has(word) || own?.has(word)) continue;
			const w = vocabulary.get(word);
			if (w === undefined) continue;
			seen.add(word);
			weight += w;
			if (seen.size >= MAX_CONTEXT) break;
		}
	}
	return weight;
}

/**
 * Umbrella errors (a wrapper such as git's exit code 128) go after the specific errors they wrap. Within a band,
 * pages whose scores tie closely are ordered by context: the same text printed by two tools goes to the page of
 * the tool the paste shows.
 */
function rankRootCauseFirst(matches: Ranked[]): PageMatch[] {
	const hasSpecific = matches.some((m) => !m.page.umbrella && m.confidence !== 'weak');
	// One wording, two pages: near-equal scores on the same lines. Different lines are two errors: score, then the
	// earlier one (the root cause is printed first).
	const sameWording = (a: Ranked, b: Ranked) => Math.abs(a.score - b.score) <= CONTEXT_TIE && a.from <= b.to && b.from <= a.to;
	return matches
		.sort(
			(a, b) =>
				// Weak matches stand apart, after every sure one, umbrella or not.
				Number(a.confidence === 'weak') - Number(b.confidence === 'weak') ||
				(hasSpecific ? Number(!!a.page.umbrella) - Number(!!b.page.umbrella) : 0) ||
				BAND_RANK[b.confidence] - BAND_RANK[a.confidence] ||
				(sameWording(a, b) ? b.context - a.context || b.score - a.score : b.score - a.score) ||
				a.firstLine - b.firstLine,
		)
		.map(({ firstLine: _firstLine, from: _from, to: _to, signature: _signature, context: _context, ...match }) => match);
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

/**
 * The windows to score for a signature: around each line that holds one of its three rarest words, each window once,
 * at most `limit`. Over the limit, the rarest word's lines go first, the latest first (a CI log ends with its error);
 * the windows are then scored in line order, as they would be without a limit.
 */
function windowsOf(signature: PreparedSignature, lineOfWord: Map<string, number[]>, count: number, limit: number): [number, number][] {
	const starts = new Set<number>();
	for (const anchor of signature.anchors.slice(0, 3)) for (const i of lineOfWord.get(anchor) ?? []) starts.add(i);
	let chosen = [...starts];
	if (chosen.length * 6 > limit) {
		const byPriority: number[] = [];
		for (const anchor of signature.anchors.slice(0, 3)) byPriority.push(...[...(lineOfWord.get(anchor) ?? [])].reverse());
		chosen = [...new Set(byPriority)].slice(0, Math.max(1, Math.floor(limit / 6))).sort((a, b) => a - b);
	}
	const seen = new Set<number>();
	const windows: [number, number][] = [];
	for (const i of chosen) {
		for (const [from, to] of windowsAround(i, count)) {
			const key = from * 3 + (to - from);
			if (seen.has(key)) continue;
			seen.add(key);
			windows.push([from, to]);
		}
	}
	return windows.slice(0, limit);
}

interface WindowScore {
	score: number;
	lines: { index: number; highlights: [number, number][] }[];
	/** Which of `lines` carries the most signature weight. */
	evidence: number;
	captures: Capture[];
}

// Highlighted runs closer than this are one stretch of the wording; farther apart, an ellipsis stands between them.
const WORDING_GAP = 3;

/** Returns the highlighted words of a line as one string, runs joined by spaces or `…` where text was left out. */
function wordingOf(line: MatchedLine): string {
	let out = '';
	let lastEnd = -1;
	for (const [start, end] of line.highlights) {
		if (lastEnd >= 0) out += start - lastEnd <= WORDING_GAP ? line.text.slice(lastEnd, start) : ' … ';
		out += line.text.slice(start, end);
		lastEnd = end;
	}
	return out.trim();
}

/** The score formula; with `order` 1 it is the most a window of that coverage can score. */
function combineScore(
	signature: PreparedSignature,
	fullMass: number,
	coverage: number,
	order: number,
	extraLines: number,
	identified: boolean,
): number {
	const specificity = Math.min(1, signature.mass / fullMass);
	return coverage * (0.8 + 0.2 * order) * (0.7 + 0.3 * specificity) * (1 - 0.02 * extraLines) * (identified ? 1 : MISSING_RAREST_FACTOR);
}

/**
 * Scores lines from..to against a signature; returns nothing unless the score beats `floor`. Presence is checked
 * against each line's token set, the in-order check runs only when the window could still beat the floor, and
 * highlights and captures are built only for a window that does.
 */
function scoreWindow(
	signature: PreparedSignature,
	from: number,
	to: number,
	tokensOf: (i: number) => TokenizedLine,
	fullMass: number,
	floor: number,
	work: MatchWork | undefined,
): WindowScore | undefined {
	// A terminal wraps long lines mid-word; the last word of a line glued to the first of the next one restores it.
	const glued: { text: string; line: number; start: number; end: number }[] = [];
	for (let i = from; i < to; i++) {
		const line = tokensOf(i);
		const last = line.tokens.at(-1);
		const first = tokensOf(i + 1).tokens[0];
		if (last && first && last.end === line.text.length && first.start === 0 && !last.text.startsWith('<') && !first.text.startsWith('<')) {
			glued.push({ text: last.text + first.text, line: i, start: last.start, end: last.end });
		}
	}
	const windowLines: TokenizedLine[] = [];
	for (let i = from; i <= to; i++) windowLines.push(tokensOf(i));
	const present = (text: string) => windowLines.some((line) => line.present.has(text)) || glued.some((g) => g.text === text);
	// Each distinct text is looked up once; the weights are then added in token order, as the score always has been.
	const found = signature.texts.map(present);
	let got = 0;
	signature.tokens.forEach((token, k) => {
		if (found[signature.textOf[k] ?? -1]) got += token.weight;
	});
	const total = signature.total;
	const coverage = total > 0 ? got / total : 0;
	// The rarest words tell this error apart; a window that lacks one shares mostly generic words with it.
	const identified = signature.rarest.every((text) => found[signature.texts.indexOf(text)]);
	const extraLines = to - from;
	if (combineScore(signature, fullMass, coverage, 1, extraLines, identified) <= floor) return undefined;

	// The window's hard tokens that the signature holds, in order, glued words after their line; a few times the
	// signature's length of them is plenty, and bounds the in-order check on a window stuffed with its words.
	const limit = Math.max(MIN_ORDER_SEQUENCE, ORDER_SEQUENCE_FACTOR * signature.ordered.length);
	const sequence: string[] = [];
	collect: for (let i = from; i <= to; i++) {
		for (const token of (windowLines[i - from] as TokenizedLine).tokens) {
			if (!signature.orderedSet.has(token.text)) continue;
			sequence.push(token.text);
			if (sequence.length >= limit) break collect;
		}
		for (const g of glued) if (g.line === i && signature.orderedSet.has(g.text)) sequence.push(g.text);
	}
	const order = orderedShare(signature.ordered, sequence, work);
	const unspread = combineScore(signature, fullMass, coverage, order, extraLines, identified);
	if (unspread <= floor) return undefined;
	const score = unspread * spreadFactor(signature, windowLines, work);
	if (score <= floor) return undefined;

	const highlights = new Map<number, [number, number][]>();
	const captures: Capture[] = [];
	const mark = (line: number, start: number, end: number) => {
		const spans = highlights.get(line) ?? [];
		spans.push([start, end]);
		highlights.set(line, spans);
	};
	// Signature weight per line, each word once: the line that names the error carries the rare words.
	const weightOnLine = new Map<number, number>();
	for (let i = from; i <= to; i++) {
		const counted = new Set<string>();
		for (const token of tokensOf(i).tokens) {
			if (!signature.wanted.has(token.text)) continue;
			mark(i, token.start, token.end);
			if (counted.has(token.text)) continue;
			counted.add(token.text);
			weightOnLine.set(i, (weightOnLine.get(i) ?? 0) + (signature.weightOf.get(token.text) ?? 0));
		}
		for (const g of glued) if (g.line === i && signature.wanted.has(g.text)) mark(i, g.start, g.end);
	}
	// Only from the lines shown: a line of the window that is not shown must not reach the output through a capture.
	for (const i of [...highlights.keys()].sort((a, b) => a - b)) captures.push(...tokensOf(i).captures);
	const lines = [...highlights.keys()]
		.sort((a, b) => a - b)
		.map((index) => ({ index, highlights: mergeSpans(highlights.get(index) ?? []) }));
	let evidence = 0;
	lines.forEach((line, k) => {
		if ((weightOnLine.get(line.index) ?? 0) > (weightOnLine.get(lines[evidence]?.index ?? -1) ?? 0)) evidence = k;
	});
	return { score, lines, evidence, captures };
}

// Word positions of a window looked at for the spread check, per hard token of the signature: a stretch longer than
// this holds the words at well under the compact share anyway.
const SPREAD_POSITIONS_PER_TOKEN = 8;
// Below this share of signature words in the shortest stretch that holds them all, the words are scattered.
const COMPACT_ENOUGH = 0.5;

/**
 * 1 when the signature's words that the window holds stand close together, as they do when the window prints that
 * error; less, down to 0.7, when they are scattered through a long line that only shares common words with it
 * (`Could not resolve dependencies for project … was not found in https://…` is not git's `repository … not found`).
 * Measured on the shortest stretch of word positions holding every signature word found.
 */
function spreadFactor(signature: PreparedSignature, windowLines: TokenizedLine[], work: MatchWork | undefined): number {
	// Each position: the signature words at one place of the window (a dotted word and its parts share a place).
	const maxPositions = Math.max(MIN_ORDER_SEQUENCE, SPREAD_POSITIONS_PER_TOKEN * signature.ordered.length);
	const positions: string[][] = [];
	for (const line of windowLines) {
		let lastStart = -1;
		for (const token of line.tokens) {
			if (token.soft) continue;
			if (token.start !== lastStart) {
				if (positions.length >= maxPositions) break;
				positions.push([]);
				lastStart = token.start;
			}
			if (signature.orderedSet.has(token.text)) positions.at(-1)?.push(token.text);
		}
	}
	// Every signature word the window holds, also beyond the positions looked at: one out of reach is scattered.
	const needed = new Set(signature.ordered.filter((text) => windowLines.some((line) => line.present.has(text))));
	// Too few words to call scattered, or too few positions for them to be: no search needed.
	if (needed.size < 3 || positions.length <= needed.size / COMPACT_ENOUGH) return 1;
	if (work) work.cells += positions.length;
	// Shortest run of positions that holds every needed word (two pointers over the positions).
	const count = new Map<string, number>();
	let have = 0;
	let shortest = positions.length;
	for (let left = 0, right = 0; right < positions.length; right++) {
		for (const word of positions[right] ?? []) {
			count.set(word, (count.get(word) ?? 0) + 1);
			if (count.get(word) === 1) have++;
		}
		while (have === needed.size && left <= right) {
			shortest = Math.min(shortest, right - left + 1);
			for (const word of positions[left] ?? []) {
				count.set(word, (count.get(word) ?? 0) - 1);
				if (count.get(word) === 0) have--;
			}
			left++;
		}
	}
	const compact = needed.size / Math.max(1, shortest);
	return compact >= COMPACT_ENOUGH ? 1 : 0.55 + (0.45 * compact) / COMPACT_ENOUGH;
}

/** Share of `wanted` found in `sequence` in the same order (longest common subsequence / wanted length). */
function orderedShare(wanted: string[], sequence: string[], work?: MatchWork): number {
	if (wanted.length === 0) return 1;
	if (work) work.cells += wanted.length * sequence.length;
	let previous = new Array<number>(sequence.length + 1).fill(0);
	for (const w of wanted) {
		const row = new Array<number>(sequence.length + 1).fill(0);
		for (let j = 1; j <= sequence.length; j++) {
			row[j] = w === sequence[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, row[j - 1] ?? 0);
		}
		previous = row;
	}
	return (previous[sequence.length] ?? 0) / wanted.length;
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
