// Shipped to the browser (the matcher's worker) and used by the CLI and the build: the one rule of what a word is,
// for the normaliser's tokens and the matcher's quick look for lines worth tokenizing.

/**
 * Returns a fresh global pattern of a word and its dotted or hyphenated continuations (`permission_denied`,
 * `frozen-lockfile`, `ghcr.io`). Each part must start with a word character, so a run splits in one way only and the
 * scan is linear. Fresh, so that each module's `exec` loop keeps its own `lastIndex`.
 */
export function wordPattern(): RegExp {
	return /[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*/gu;
}

/** Returns a dotted or hyphenated word followed by its parts (`frozen-lockfile`, `frozen`, `lockfile`); else the word alone. */
export function splitCompound(word: string): string[] {
	if (!/[.-]/.test(word)) return [word];
	return [word, ...word.split(/[.-]+/).filter(Boolean)];
}
