// Shipped to the browser (the paste matcher's worker) and used by the CLI and the build: no DOM, no Node APIs.
// Turns raw tool output into comparable tokens, with the parts that vary between runs replaced by typed placeholders.
import { splitCompound, wordPattern } from './words.ts';

/**
 * Version of the normalisation rules. The signature index records it, and a matcher refuses an index built with
 * other rules, so changing a rule below is a deliberate, visible step: bump this number with it.
 */
export const NORMALIZE_RULES_VERSION = 3;

/** Kinds of variable text replaced by a placeholder token. */
export type PlaceholderKind =
	'url' | 'email' | 'uuid' | 'digest' | 'hex' | 'date' | 'duration' | 'image' | 'path' | 'version' | 'number' | 'quoted' | 'ip';

/** One comparable unit of a line. */
export interface Token {
	/** Lower-case word, or a placeholder such as `<path>`. */
	text: string;
	/** Soft tokens come from inside variable text (a host, a quoted name): a match helps, a miss costs little. */
	soft: boolean;
	/** Character range in the cleaned line, for highlighting. */
	start: number;
	end: number;
}

/** A variable value found in a line, e.g. `{ kind: 'image', value: 'ghcr.io/acme/api:1.2' }`. */
export interface Capture {
	kind: PlaceholderKind;
	value: string;
}

/** A cleaned line with its tokens. */
export interface NormalizedLine {
	/** The line as shown to the user: colour codes, timestamps and CI markers removed. */
	text: string;
	tokens: Token[];
	captures: Capture[];
}

// ANSI CSI and OSC sequences, plus stray C0 control characters other than tab.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const CI_TIMESTAMP = /^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?)\s?/;
const CI_MARKER =
	/^\s*(?:##\[(?:error|warning|notice|debug|group|endgroup|command|section)\]|::(?:error|warning|notice|debug|group|endgroup)(?:\s[^:]*)?::)\s*/i;
// Prefixes that tools put before the message proper; stripped repeatedly ("Error: fatal: ...").
const TOOL_PREFIX =
	/^\s*(?:npm (?:ERR!|error|warn|WARN)|yarn (?:error|warn)|pnpm:?|ERR!|Error:|error:|ERROR:|ERROR|fatal:|FATAL:|Fatal:|warning:|Warning:|WARN:?|E:|\[(?:error|ERROR|err)\]|>)\s+/;

/** Returns the log as clean lines: colours, CI timestamps, `##[error]` markers and tool prefixes removed. */
export function cleanLog(raw: string): string[] {
	return raw
		.replace(ANSI, '')
		.split(/\r\n|\r|\n/)
		.map(cleanLine)
		.filter((line) => line.length > 0);
}

/** Cleans one line the way `cleanLog` does. */
export function cleanLine(line: string): string {
	let text = line.replace(ANSI, '').replace(CONTROL, '').replace(/\t/g, ' ');
	text = text.replace(CI_TIMESTAMP, '').replace(CI_MARKER, '');
	for (let i = 0; i < 4; i++) {
		const next = text.replace(TOOL_PREFIX, '');
		if (next === text) break;
		text = next;
	}
	return text.trim();
}

interface Rule {
	kind: PlaceholderKind;
	pattern: RegExp;
	/** A cheap test of the lower-cased line that every match needs; the pattern is not run on a line that fails it. */
	needs?: (line: string) => boolean;
	/** A further test of a match, in code rather than in look-aheads that the engine would run at every start. */
	accept?: (match: string) => boolean;
	/** Words worth keeping from inside the match, as soft tokens. */
	keep?: (match: string) => string[];
}

// Memoised per line: four rules need a digit, and most log lines have one.
let digitLine = '';
let digitFound = false;
const hasDigit = (line: string): boolean => {
	if (line !== digitLine) {
		digitLine = line;
		digitFound = /\d/.test(line);
	}
	return digitFound;
};

const registrableDomain = (host: string): string => {
	const labels = host.toLowerCase().replace(/:\d+$/, '').split('.');
	return labels.length <= 2 ? labels.join('.') : labels.slice(-2).join('.');
};

// Every rule runs on every line of a paste of up to 64 MiB, so each must take time linear in the line, whatever the
// line holds. JavaScript's regex engine backtracks: a rule that can start inside a run of the characters it matches
// (`\b` in `a.a.a.a…`) rescans the run from each start, and overlapping alternatives retry every split. So each rule
// (1) starts only where a run of its characters starts (a look-behind for those characters, or a literal such as `[`
// or `sha256:`), (2) has quantifiers bounded by the longest real value (a DNS label is at most 63 characters, an
// e-mail's local part 64, an IPv6 address 8 groups), and (3) splits a run in one way only (a separator that the
// repeated part cannot match). tests/unit/normalize.test.ts checks (2) on the patterns and the work on hostile lines.
const RULES: Rule[] = [
	// Docker's socket identifies the error family, so it stays literal.
	{
		kind: 'url',
		pattern: /\b(?:https?|wss?|ssh|git|tcp|npm):\/\/[^\s"'`<>)\]]{1,2048}/gi,
		needs: (l) => l.includes('://'),
		keep: (m) => [registrableDomain(m.replace(/^[a-z]+:\/\/(?:[^@/]{0,256}@)?/i, '').split(/[/?#]/)[0] ?? '')],
	},
	{ kind: 'email', pattern: /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g, needs: (l) => l.includes('@') },
	{ kind: 'uuid', pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, needs: (l) => l.includes('-') },
	{ kind: 'digest', pattern: /\bsha(?:256|512|1):[0-9a-f]{12,128}\b/gi, needs: (l) => l.includes('sha') },
	{
		kind: 'date',
		needs: (l) => hasDigit(l) && (l.includes('-') || l.includes(':')),
		pattern:
			/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b|\b\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?\b/g,
	},
	// IPv4 with an optional port; IPv6 in brackets as colon-separated groups of up to four hex digits.
	{
		kind: 'ip',
		pattern: /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b|\[[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){1,8}\](?::\d{1,5})?/gi,
		needs: (l) => (hasDigit(l) && l.includes('.')) || l.includes('['),
	},
	{
		// registry/host[:port]/name[/more][:tag|@digest], e.g. ghcr.io/acme/api:1.2, 1234.dkr.ecr.us-east-1.amazonaws.com/app
		kind: 'image',
		pattern:
			/(?<![\w.-])(?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,63}(?::\d{1,5})?\/[a-z0-9._/-]{0,255}[a-z0-9_-](?::[\w.-]{1,128})?(?:@sha256:[0-9a-f]{1,64})?/gi,
		needs: (l) => l.includes('/') && l.includes('.'),
		keep: (m) => [registrableDomain(m.split('/')[0] ?? '')],
	},
	{
		// Unix and Windows paths with at least two segments; the socket keeps its name.
		kind: 'path',
		pattern:
			/(?:[A-Za-z]:\\|\\\\)[^\s"'`:*?<>|]{1,1024}|(?<![\w.-])(?:~|\.{1,2})?\/(?:[\w@.+-]{1,255}\/){1,64}[\w@.+-]{0,255}|(?<![\w.-])(?:~|\.{1,2})\/[\w@.+-]{1,255}/g,
		needs: (l) => l.includes('/') || l.includes('\\'),
		keep: (m) => wordsOf(m.split(/[\\/]/).pop() ?? ''),
	},
	// owner/repo, org/image, linux/arm64/v8: names that differ from run to run but keep their shape. The look-behind
	// holds every character of the name, `@` too, or `@a@a@a…` would start a rescan at each `a`.
	{
		kind: 'path',
		pattern: /(?<![\w./@-])[\w@-][\w.@-]{0,255}(?:\/[\w.@-]{0,255}[\w@-]){1,64}/g,
		needs: (l) => l.includes('/'),
		keep: (m) => wordsOf(m.split('/').pop() ?? ''),
	},
	// A hex word holds a digit and a letter a–f; checked on the match, since look-aheads would run at every word.
	{ kind: 'hex', pattern: /\b[0-9a-f]{12,256}\b/gi, needs: hasDigit, accept: (m) => /\d/.test(m) && /[a-f]/.test(m) },
	{ kind: 'duration', pattern: /\b\d{1,9}(?:\.\d{1,9})?(?:ms|s|m|h|min|sec|secs|seconds|minutes)\b/g, needs: hasDigit },
	{
		kind: 'version',
		pattern:
			/(?<![\w.])v?\d{1,9}\.\d{1,9}(?:\.\d{1,9}){0,8}(?:[-+][0-9a-z.-]{1,64})?\b|@\^?~?\d{1,9}(?:\.[\dx*]{1,9}){0,8}(?:-[\w.]{1,64})?/gi,
		needs: hasDigit,
	},
	// A line number differs with every file (`parse error line 17`, `on line 3`, `Line: 14`), unlike an exit code.
	{ kind: 'number', pattern: /(?<=\bline:? ?)\d{1,6}\b/gi, needs: (l) => l.includes('line') && hasDigit(l) },
	// Short integers stay literal (exit code 128, HTTP 403, 137); longer ones are ports, PIDs, account ids, sizes.
	{ kind: 'number', pattern: /\b\d{4,64}\b/g, needs: hasDigit },
	{
		kind: 'quoted',
		pattern: /'[^'\s]{1,120}'|"[^"\s]{1,120}"|`[^`\s]{1,120}`|‘[^’\s]{1,120}’|“[^”\s]{1,120}”/g,
		needs: (l) => /['"`‘“]/.test(l),
		keep: (m) => wordsOf(m.slice(1, -1)),
	},
];

// A JSON (or JSON-lines) object: a quoted key and a colon. There every string is quoted, so a quoted word is a value
// like any other (`"reason": "OOMKilled"`), not a name that varies from run to run: its words count in full.
const JSON_KEY = /"[\w@.$-]{1,64}"[ \t]{0,4}:[ \t]{0,4}["{[\dtfn-]/;

/** The rules' patterns, for the test that checks every quantifier in them is bounded. */
export const RULE_PATTERNS: readonly RegExp[] = [...RULES.map((rule) => rule.pattern), JSON_KEY];

// What a word is (words.ts): a dotted or hyphenated word counts as itself and as its parts, so `frozen-lockfile`
// matches `frozen lockfile`.
const WORD = wordPattern();

function wordsOf(text: string): string[] {
	return (text.toLowerCase().match(WORD) ?? []).flatMap(splitCompound);
}

/** Characters of a line that the tokenizer reads; a minified bundle line is not an error message. */
export const MAX_LINE_CHARS = 4000;
/**
 * Tokens kept per line. A real error line holds a few dozen; the cap bounds the matcher's work on a line stuffed
 * with words (`a a a a…`) whatever the paste holds.
 */
export const MAX_LINE_TOKENS = 400;

/** Optional work counter: how much tokenizing a paste took, for tests and the bench (never a clock). */
export interface TokenizeWork {
	/** Characters handed to the rules (line length × rules): every rule is linear, so this bounds their steps. */
	ruleChars: number;
	/** Tokens produced, placeholders and soft tokens included. */
	tokens: number;
}

const TRAILING_PUNCTUATION = '.,:;';

/** Returns the tokens and captured variable values of one cleaned line. */
export function tokenizeLine(line: string, work?: TokenizeWork): NormalizedLine {
	const text = line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line;
	const lower = text.toLowerCase();
	const taken: { start: number; end: number; rule: Rule }[] = [];
	// Which characters an earlier rule took: an overlap check per match that costs the match's length, not the
	// number of matches so far (a line of `1.1 1.1 1.1 …` has a thousand).
	let used: Uint8Array | undefined;
	const overlaps = (start: number, end: number) => {
		for (let i = start; i < end; i++) if (used?.[i]) return true;
		return false;
	};

	for (const rule of RULES) {
		if (rule.needs && !rule.needs(lower)) continue;
		if (work) work.ruleChars += lower.length;
		const pattern = rule.pattern;
		pattern.lastIndex = 0;
		for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
			const start = match.index;
			if (rule.accept && !rule.accept(match[0])) continue;
			// Sentences end in a period or colon that is not part of the path or URL. (A loop: the regex
			// /[.,:;]+$/ would rescan a long run of commas inside a value from each comma.)
			let end = start + match[0].length;
			while (end > start && TRAILING_PUNCTUATION.includes(lower[end - 1] ?? '')) end--;
			if (end === start || overlaps(start, end)) continue;
			used ??= new Uint8Array(lower.length);
			used.fill(1, start, end);
			taken.push({ start, end, rule });
		}
	}
	taken.sort((a, b) => a.start - b.start);

	const tokens: Token[] = [];
	const captures: Capture[] = [];
	const json = lower.includes('":') || lower.includes('" :') ? JSON_KEY.test(lower) : false;
	const full = () => tokens.length >= MAX_LINE_TOKENS;
	const pushWords = (from: number, to: number) => {
		const segment = lower.slice(from, to);
		WORD.lastIndex = 0;
		for (const match of segment.matchAll(WORD)) {
			const start = from + (match.index ?? 0);
			const end = start + match[0].length;
			for (const word of splitCompound(match[0])) if (!full()) tokens.push({ text: word, soft: false, start, end });
			if (full()) return;
		}
	};
	let cursor = 0;
	for (const span of taken) {
		pushWords(cursor, span.start);
		if (full()) break;
		// The words kept from inside a value are worked out only for the spans that make it into the tokens.
		const value = text.slice(span.start, span.end);
		tokens.push({ text: `<${span.rule.kind}>`, soft: false, start: span.start, end: span.end });
		const soft = !(json && span.rule.kind === 'quoted');
		for (const word of span.rule.keep?.(value) ?? []) {
			if (word && !full()) tokens.push({ text: word.toLowerCase(), soft, start: span.start, end: span.end });
		}
		captures.push({ kind: span.rule.kind, value });
		cursor = span.end;
	}
	if (!full()) pushWords(cursor, lower.length);
	if (work) work.tokens += tokens.length;
	return { text, tokens, captures };
}

/** Returns the comparable token texts of a signature, soft ones prefixed with `~`, in order. */
export function signatureTokens(signature: string): string[] {
	const line = cleanLine(signature);
	return tokenizeLine(line).tokens.map((token) => (token.soft ? `~${token.text}` : token.text));
}
