// Shipped to the browser and used by `npm run new`: finds the line of a log that reads most like the error itself, for
// the paste box's full-text fallback and "Suggest a new page", and a new page's first signature.
import { maskSecrets } from './mask-secrets.ts';
import { cleanLine } from './normalize.ts';

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
function errorLineScore(line: string): number {
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
function toolLine(line: string): string {
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
