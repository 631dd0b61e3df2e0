// Splits prose and error text into comparable words. Shared by related-page ranking and search aliases.

const STOP_WORDS = new Set(
	'a an and are as at be by can cannot for from has have how in is it its not of on or the this to was when with without you your error errors fails failed failing fix'.split(
		' ',
	),
);

/** Returns lower-case word tokens of three or more characters, without common English words. */
export function extractTerms(text: string): string[] {
	return (text.toLowerCase().match(/[a-z0-9_]+/g) ?? []).filter((word) => word.length >= 3 && !STOP_WORDS.has(word));
}

/** Returns the text with punctuation between word characters replaced by spaces (`ghcr.io` → `ghcr io`). */
export function spaceOutPunctuation(text: string): string {
	return text
		.replace(/[^\p{L}\p{N}\s]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Returns extra spellings of a signature for the full-text index: spaced, underscore-split and glued forms. */
export function searchAliases(signature: string): string[] {
	const spaced = spaceOutPunctuation(signature);
	const underscoreSplit = spaced.replace(/_/g, ' ');
	const glued = (signature.match(/[\p{L}\p{N}]+(?:[._:/-][\p{L}\p{N}]+)+/gu) ?? []).map((word) => word.replace(/[._:/-]/g, ''));
	return [...new Set([spaced, underscoreSplit, ...glued])].filter((alias) => alias !== signature);
}
