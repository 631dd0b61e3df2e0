// Shipped to the browser: picks full-text search words out of a paste, for the fallback under the matcher.
import { pickErrorLine } from './error-line.ts';
import { maskSecrets } from './mask-secrets.ts';
import { cleanLine, tokenizeLine } from './normalize.ts';
import { STOP_WORDS } from './stop-words.ts';

const ERROR_HINT =
	/\b(?:error|err!|denied|fatal|failed|failure|cannot|can't|unable|not found|refused|invalid|exception|unauthorized|forbidden|panic)\b|\b[A-Z][A-Z0-9_]{3,}\b/i;

/**
 * Returns the paste's line that reads most like the error itself, as the tool printed it, secrets masked: the line
 * `npm run new` would take as a signature; failing that, the first line with an error word or code, or the first line.
 */
export function pasteErrorLine(raw: string): string {
	// The line goes into links, so the paste is masked whole (a private key spans lines) and the line again.
	const text = maskSecrets(raw.slice(0, 200_000));
	const scored = pickErrorLine(text);
	if (scored) return maskSecrets(scored);
	const lines = text
		.split(/\r\n|\r|\n/)
		.map((l) => maskSecrets(cleanLine(l)))
		.filter(Boolean);
	return lines.find((l) => ERROR_HINT.test(l)) ?? lines[0] ?? '';
}

/** Returns up to `limit` distinctive words from the line that looks most like an error, for a Pagefind query. */
export function pickSearchWords(raw: string, limit = 3): string[] {
	const line = maskSecrets(cleanLine(pasteErrorLine(raw)));
	const words = tokenizeLine(line)
		.tokens.filter((t) => !t.soft && !t.text.startsWith('<') && t.text.length >= 4 && !STOP_WORDS.has(t.text) && !/^\d+$/.test(t.text))
		// A long word of letters and digits reads as a key of a kind the masking does not know: never put it in a link.
		.filter((t) => !(t.text.length >= 16 && /\d/.test(t.text) && /[a-z]/.test(t.text)))
		.map((t) => t.text);
	// Longer, rarer-looking words narrow Pagefind's AND query the least wrongly; keep their order of appearance.
	const chosen = new Set([...new Set(words)].sort((a, b) => b.length - a.length).slice(0, limit));
	return [...new Set(words)].filter((w) => chosen.has(w));
}
