// Shipped to the browser (the paste matcher's worker) and used by the CLI and the build: no DOM, no Node APIs.
// Turns raw tool output into comparable tokens, with the parts that vary between runs replaced by typed placeholders.

/**
 * Version of the normalisation rules. The signature index records it, and a matcher refuses an index built with
 * other rules, so changing a rule below is a deliberate, visible step: bump this number with it.
 */
export const NORMALIZE_RULES_VERSION = 1;

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
	/** Words worth keeping from inside the match, as soft tokens. */
	keep?: (match: string) => string[];
}

const registrableDomain = (host: string): string => {
	const labels = host.toLowerCase().replace(/:\d+$/, '').split('.');
	return labels.length <= 2 ? labels.join('.') : labels.slice(-2).join('.');
};

// Order matters: a URL contains a host and a path, an image reference contains a version.
const RULES: Rule[] = [
	// Docker's socket identifies the error family, so it stays literal.
	{
		kind: 'url',
		pattern: /\b(?:https?|wss?|ssh|git|tcp|npm):\/\/[^\s"'`<>)\]]+/gi,
		keep: (m) => [registrableDomain(m.replace(/^[a-z]+:\/\/(?:[^@/]*@)?/i, '').split(/[/?#]/)[0] ?? '')],
	},
	{ kind: 'email', pattern: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g },
	{ kind: 'uuid', pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi },
	{ kind: 'digest', pattern: /\bsha(?:256|512|1):[0-9a-f]{12,}\b/gi },
	{
		kind: 'date',
		pattern: /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b|\b\d{2}:\d{2}:\d{2}(?:\.\d+)?\b/g,
	},
	{ kind: 'ip', pattern: /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b|\[[0-9a-f:]*:[0-9a-f:]*\](?::\d+)?/gi },
	{
		// registry/host[:port]/name[/more][:tag|@digest], e.g. ghcr.io/acme/api:1.2, 1234.dkr.ecr.us-east-1.amazonaws.com/app
		kind: 'image',
		pattern: /\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?\/[a-z0-9._/-]*[a-z0-9_-](?::[\w.-]+)?(?:@sha256:[0-9a-f]+)?/gi,
		keep: (m) => [registrableDomain(m.split('/')[0] ?? '')],
	},
	{
		// Unix and Windows paths with at least two segments; the socket keeps its name.
		kind: 'path',
		pattern:
			/(?:[A-Za-z]:\\|\\\\)[^\s"'`:*?<>|]+|(?<![\w.-])(?:~|\.{1,2})?\/(?:[\w@.+-]+\/)+[\w@.+-]*|(?<![\w.-])(?:~|\.{1,2})\/[\w@.+-]+/g,
		keep: (m) => wordsOf(m.split(/[\\/]/).pop() ?? ''),
	},
	// owner/repo, org/image, linux/arm64/v8: names that differ from run to run but keep their shape.
	{ kind: 'path', pattern: /(?<![\w./-])[\w@-][\w.@-]*(?:\/[\w.@-]*[\w@-])+/g, keep: (m) => wordsOf(m.split('/').pop() ?? '') },
	{ kind: 'hex', pattern: /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{12,}\b/gi },
	{ kind: 'duration', pattern: /\b\d+(?:\.\d+)?(?:ms|s|m|h|min|sec|secs|seconds|minutes)\b/g },
	{ kind: 'version', pattern: /(?<![\w.])v?\d+\.\d+(?:\.\d+)*(?:[-+][0-9a-z.-]+)?\b|@\^?~?\d+(?:\.[\dx*]+)*(?:-[\w.]+)?/gi },
	// Short integers stay literal (exit code 128, HTTP 403, 137); longer ones are ports, PIDs, account ids, sizes.
	{ kind: 'number', pattern: /\b\d{4,}\b/g },
	{
		kind: 'quoted',
		pattern: /'[^'\s]{1,120}'|"[^"\s]{1,120}"|`[^`\s]{1,120}`|‘[^’\s]{1,120}’|“[^”\s]{1,120}”/g,
		keep: (m) => wordsOf(m.slice(1, -1)),
	},
];

const WORD = /[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*/gu;

function wordsOf(text: string): string[] {
	return (text.toLowerCase().match(WORD) ?? []).flatMap(splitCompound);
}

// A dotted or hyphenated word counts as itself and as its parts, so `frozen-lockfile` matches `frozen lockfile`.
function splitCompound(word: string): string[] {
	if (!/[.-]/.test(word)) return [word];
	return [word, ...word.split(/[.-]+/).filter(Boolean)];
}

/** Returns the tokens and captured variable values of one cleaned line. */
export function tokenizeLine(line: string): NormalizedLine {
	const text = line.length > 4000 ? line.slice(0, 4000) : line; // a minified bundle line is not an error message
	const lower = text.toLowerCase();
	const taken: { start: number; end: number; kind: PlaceholderKind; keep: string[] }[] = [];
	const overlaps = (start: number, end: number) => taken.some((t) => start < t.end && end > t.start);

	for (const rule of RULES) {
		rule.pattern.lastIndex = 0;
		for (const match of lower.matchAll(rule.pattern)) {
			const start = match.index ?? 0;
			let value = match[0];
			// Sentences end in a period or colon that is not part of the path or URL.
			value = value.replace(/[.,:;]+$/, '');
			const end = start + value.length;
			if (value.length === 0 || overlaps(start, end)) continue;
			taken.push({ start, end, kind: rule.kind, keep: rule.keep ? rule.keep(text.slice(start, end)).filter(Boolean) : [] });
		}
	}
	taken.sort((a, b) => a.start - b.start);

	const tokens: Token[] = [];
	const captures: Capture[] = [];
	const pushWords = (from: number, to: number) => {
		const segment = lower.slice(from, to);
		WORD.lastIndex = 0;
		for (const match of segment.matchAll(WORD)) {
			const start = from + (match.index ?? 0);
			const end = start + match[0].length;
			for (const word of splitCompound(match[0])) tokens.push({ text: word, soft: false, start, end });
		}
	};
	let cursor = 0;
	for (const span of taken) {
		pushWords(cursor, span.start);
		tokens.push({ text: `<${span.kind}>`, soft: false, start: span.start, end: span.end });
		for (const word of span.keep) tokens.push({ text: word.toLowerCase(), soft: true, start: span.start, end: span.end });
		captures.push({ kind: span.kind, value: text.slice(span.start, span.end) });
		cursor = span.end;
	}
	pushWords(cursor, lower.length);
	return { text, tokens, captures };
}

/** Returns the comparable token texts of a signature, soft ones prefixed with `~`, in order. */
export function signatureTokens(signature: string): string[] {
	const line = cleanLine(signature);
	return tokenizeLine(line).tokens.map((token) => (token.soft ? `~${token.text}` : token.text));
}
