// Structural check for linear-time regexes: a quantifier with no upper bound can rescan the rest of a line from every
// start, which is how 5 MB of `a.a.a…` took a minute. Counting regex steps is not possible in JavaScript; this is.

/** Quantifiers of a regex source with no upper bound (`*`, `+`, `{n,}`) outside character classes. */
export function unboundedQuantifiers(source: string): string[] {
	const found: string[] = [];
	let inClass = false;
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') {
			i++; // an escaped character is a literal
			continue;
		}
		if (inClass) {
			if (c === ']') inClass = false;
			continue;
		}
		if (c === '[') inClass = true;
		else if (c === '*' || c === '+') found.push(`${c} at ${i}`);
		else if (c === '{' && /^\{\d+,\}/.test(source.slice(i))) found.push(`{n,} at ${i}`);
	}
	return found;
}
