// Writes a new error page in the content contract, and its evaluation logs, for `npm run new`. Every value a writer
// must replace says TODO, so the page builds (it passes the schema) and fails the catalogue bar until it is written.
import { maskSecrets } from '../../src/lib/mask-secrets.ts';
import { cleanLine } from '../../src/lib/normalize.ts';
import { BODY_SECTIONS } from './page-bar.ts';

// Colour codes, a leading CI timestamp and a `##[error]` / `::error::` marker are the runner's, not the tool's words.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
const RUNNER_NOISE =
	/^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?\s*)?(?:##\[(?:error|warning)\]|::error(?:\s[^:]*)?::)?\s*/i;

// Words that say something failed, and codes tools print for it.
const ERROR_WORDS =
	/\b(?:error|errors|fatal|failed|failure|denied|exception|panic|refused|unable|cannot|can't|could not|couldn't|not found|no such|invalid|unauthorized|forbidden|timed out|timeout|killed|traceback|unknown|missing|mismatch|conflict|rejected|not allowed|permission|too many|shutdown|deprecated|expired|exceeded|incompatible|unsupported|requires)\b/gi;
const ERROR_START = /^(?:npm ERR!|npm error|ERR!|error|fatal|panic|E:|\[error\]|Error response from daemon|\w*(?:Error|Exception)\b)/i;
const ERROR_CODE =
	/\b(?:E[A-Z]{3,}\b|ERR_[A-Z0-9_]+|[A-Z][A-Z0-9]*_[A-Z0-9_]{3,}|[45]\d\d (?:Forbidden|Unauthorized|Not Found|Too Many Requests))/;
const RUNNER_ERROR = /^\s*(?:\S+\s+)?(?:##\[error\]|::error(?:\s[^:]*)?::)/;
// A command being run, not its output: a step header, a shell trace, a prompt.
const COMMAND = /^\s*(?:\S+\s+)?(?:##\[(?:group|command|section)\]|\+ |\$ |> )/;
const WARNING = /^\s*(?:\S+\s+)?(?:##\[warning\]|::warning|npm WARN|npm warn|warning:|WARN\b)/i;
// Lines that wrap the real error, printed after it: exit statuses, "see the log", summaries, stack frames.
const WRAPPER =
	/Process completed with exit code|exited with (?:exit )?code|exit (?:status|code):? \d+\s*$|Job failed|did not complete successfully|A complete log of this run|Command failed|failed with exit code|subprocess-exited-with-error|make: \*\*\*|^\s*at [\w.<>$]+ ?\(|^\s*at \S+:\d+|Build failed|BUILD FAILED|Planning failed|Failed building wheel|Could not read from remote repository|failed to push some refs|timed out waiting for the condition|exceeded its progress deadline|FAILED$|For more information|See .* for details|^\s*File ".*", line \d+|Traceback \(most recent call last\)|^[\s=*#-]+$/i;

/** Returns how much a log line reads like the error itself; 0 or less for a line that is no error. */
export function errorLineScore(line: string): number {
	const text = line.replace(ANSI, '');
	const clean = cleanLine(text);
	if (clean.length < 8 || clean.length > 1000) return 0;
	const words = new Set((text.match(ERROR_WORDS) ?? []).map((w) => w.toLowerCase()));
	let score = Math.min(words.size, 3) * 2;
	// GitHub Actions marks the lines an action reports as errors.
	if (RUNNER_ERROR.test(text)) score += 4;
	if (score === 0) return 0;
	if (ERROR_START.test(text.replace(RUNNER_NOISE, ''))) score += 3;
	if (ERROR_CODE.test(text)) score += 2;
	if (WARNING.test(text)) score -= 4;
	if (COMMAND.test(text)) score -= 4;
	if (WRAPPER.test(clean)) score -= 6;
	return score;
}

/** Returns a log line as the tool printed it: without colour codes, a CI timestamp or a runner's error marker. */
export function toolLine(line: string): string {
	return line.replace(ANSI, '').replace(RUNNER_NOISE, '').trim();
}

/**
 * Returns the most error-like line of a log, as the tool printed it with secrets masked: the highest score, the first
 * of equals (the root cause comes before the lines that wrap it). Undefined when no line reads like an error.
 */
export function pickErrorLine(log: string): string | undefined {
	let best: { line: string; score: number } | undefined;
	for (const raw of log.split(/\r\n|\r|\n/)) {
		const score = errorLineScore(raw);
		if (score > 0 && (!best || score > best.score)) best = { line: toolLine(raw), score };
	}
	return best && maskSecrets(best.line);
}

const q = (text: string) => JSON.stringify(text);

/** What the scaffolder knows about the new page. */
export interface PageDraft {
	/** `<category>/<slug>`. */
	id: string;
	/** The error line, when a log was given. */
	signature?: string | undefined;
	/** The review date, `YYYY-MM-DD`. */
	date: string;
}

/** Returns the MDX of a new page: every frontmatter field with a TODO value, and the five body sections. */
export function scaffoldPage({ id, signature, date }: PageDraft): string {
	const [category = '', slug = ''] = id.split('/');
	// A placeholder signature names the page, so two new pages never share one (the build rejects shared signatures).
	const firstSignature = signature ?? `TODO: the error line exactly as the tool prints it (${id})`;
	const quote = signature ?? 'TODO: the error line exactly as the report shows it';
	const frontmatter = `---
# Replace every TODO; the catalogue test fails until none is left. The README's "Add an error page" explains each field.
title: ${q(`TODO: ${signature ? signature.slice(0, 100) : slug.replace(/-/g, ' ')}`)}
description: ${q('TODO: 50–160 characters on what this error means and the fix that usually works.')}
category: ${category}
signatures:
  - ${q(firstSignature)}
matchVariants: []
umbrella: false
causes:
  - title: ${q('TODO: the most common cause')}
    detail: ${q('TODO: what goes wrong, and how readers tell that this cause is theirs.')}
quickFixes:
  - title: ${q('TODO: the fix that works most often, as an imperative sentence')}
    detail: ${q('TODO: why the fix works.')}
    code: |
      # TODO: copy-ready commands or configuration
    lang: bash
faq:
  - q: ${q('TODO: a question readers ask about this error?')}
    a: ${q('TODO: its answer.')}
  - q: ${q('TODO: a second question?')}
    a: ${q('TODO: its answer.')}
sources:
  - title: ${q('TODO: the official documentation page')}
    url: "https://example.com/TODO-official-documentation"
  - title: ${q('TODO: a second source')}
    url: "https://example.com/TODO-second-source"
evidence:
  - url: "https://example.com/TODO-public-report-1"
    title: ${q("TODO: the report's own title")}
    quote: ${q(quote)}
  - url: "https://example.com/TODO-public-report-2"
    title: ${q("TODO: the report's own title")}
    quote: ${q(quote)}
related: []
updated: ${date}
---
`;
	const guidance: Record<string, string> = {
		'## What the error means': 'TODO: what the tool was doing, and what it could not do, in plain words.',
		'## Diagnose it step by step': '1. TODO: the first check, with the command that shows the answer.\n2. TODO: the next check.',
		'## Platform notes': 'TODO: what differs on GitHub Actions, GitLab CI, a laptop, Windows or macOS.',
		'## Confirm the fix': 'TODO: the command or the log line that shows the error is gone.',
		'## Prevent it': 'TODO: the setting, pin or check that keeps it from coming back.',
	};
	return `${frontmatter}${BODY_SECTIONS.map((heading) => `\n${heading}\n\n${guidance[heading] ?? 'TODO'}\n`).join('')}`;
}

/** Returns the three evaluation logs of a new page: the given log as `ci.log` (secrets masked), TODO notes elsewhere. */
export function scaffoldLogs({ log, signature }: { log?: string | undefined; signature?: string | undefined }): Record<string, string> {
	return {
		'ci.log': log === undefined ? 'TODO: a whole CI log that ends in this error, secrets masked\n' : maskSecrets(log),
		'terminal.log': 'TODO: a terminal session that runs the failing command and shows this error\n',
		'short.log': `${signature ?? 'TODO: the error line alone, as a reader would paste it'}\n`,
	};
}
