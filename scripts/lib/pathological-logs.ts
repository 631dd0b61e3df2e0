// Pathological pastes for the matcher: the shapes a security review found slow (issue 9), plus generated
// adversarial lines aimed at each normaliser rule and at the window scoring. Used by `npm run bench:match`
// (figures at 5 MB) and by the unit tests (work budgets at small sizes). Deterministic: same size, same text.

/** One named shape: `line(i)` returns the i-th line of the paste, without its newline. */
/** Units that, repeated, sit just short of a secret-masking pattern: a pattern that scans ahead turns quadratic. */
export const MASK_NEAR_MISSES = [
	'a=',
	'a:',
	'token=',
	'token:',
	'password="',
	'\\"',
	'://u:p',
	'-----BEGIN PRIVATE KEY-----',
	'eyJaaaaaa.',
	'Bearer a',
	'Basic Aa',
	'--password ',
	' -p x',
	'-u a:',
	'sk-',
	'authorization: ',
	'&sig=',
];

export interface PathologicalShape {
	name: string;
	line: (i: number) => string;
}

/** Long enough to reach the tokenizer's per-line cap, where a quadratic rule hurts most. */
const LINE = 4096;

const fill = (head: string, unit: string, length = LINE) => head + unit.repeat(Math.ceil((length - head.length) / unit.length));

/**
 * The shapes. `vocabulary` is the catalogue's words (the keys of a prepared index's postings), for the lines that
 * hold many of them; the other shapes need none.
 */
export function pathologicalShapes(vocabulary: string[]): PathologicalShape[] {
	const words = vocabulary.length > 0 ? vocabulary : ['denied', 'permission', 'manifest', 'unknown'];
	// CI logs repeat lines and the matcher reads a repeated line once, so every line starts with its own number; and
	// it tokenizes only lines that hold a catalogue word, so every line holds one.
	const numbered = (i: number, head: string, unit: string) => fill(`${i.toString(36)} ${words[i % words.length]} ${head}`, unit);
	const catalogueLine = (i: number, length: number) => {
		let out = `${i.toString(36)} `;
		for (let k = i; out.length < length; k += 7) out += `${words[k % words.length]} `;
		return out;
	};
	return [
		// The review's shapes.
		{ name: 'v1 a.a.a.a…', line: (i) => numbered(i, 'v1 ', 'a.') },
		{ name: 'a-a-a-a…', line: (i) => numbered(i, '', 'a-') },
		{ name: '1.1.1.1…', line: (i) => numbered(i, '', '1.') },
		{ name: 'https://a.a.a…', line: (i) => numbered(i, 'https://', 'a.') },
		{ name: '[::::…', line: (i) => numbered(i, '[', ':') },
		{ name: '@a@a@a…', line: (i) => numbered(i, '', '@a') },
		{ name: 'many catalogue words per line', line: (i) => catalogueLine(i, LINE) },
		// Generated: one per rule family, with catalogue words where a rule keeps words, and near-misses that make a
		// backtracking rule try every split before failing.
		{
			name: 'denied.denied.… (dotted words)',
			line: (i) => numbered(i, `${words[i % words.length]} `, `${words[(i * 3) % words.length]}.`),
		},
		{ name: 'a.a.a/ (image near-miss)', line: (i) => numbered(i, '', 'a.a-') + '/' },
		{ name: 'x@a.a.a… (e-mail near-miss)', line: (i) => numbered(i, 'x@', 'a.') + '@' },
		{ name: '[0:0:0:… (IPv6 near-miss)', line: (i) => numbered(i, '[', '0:') },
		{ name: '/a/a/a… (path)', line: (i) => numbered(i, '', '/a') },
		{ name: './a/a.a/… (path near-miss)', line: (i) => numbered(i, './', 'a.a/') + '"' },
		{ name: 'C:\\a\\a… (Windows path)', line: (i) => numbered(i, 'C:\\', 'a\\') },
		{ name: 'a/a/a/… (owner/repo)', line: (i) => numbered(i, '', 'a/') },
		{ name: '@^1.1.1… (version range)', line: (i) => numbered(i, '@^', '1.') },
		{ name: '1.1-a.a.a… (version suffix)', line: (i) => numbered(i, '1.1-', 'a.') + '!' },
		{ name: 'aaaa…1 (hex look-ahead)', line: (i) => numbered(i, '', 'a') + '1' },
		{ name: "'a' 'a' 'a' (quoted spans)", line: (i) => numbered(i, '', "'a' ") },
		{ name: '1.1 1.1 1.1 (many placeholders)', line: (i) => numbered(i, '', '1.1 ') },
		{ name: '1111-11-11 11:11 (dates)', line: (i) => numbered(i, '', '1111-11-11 11:11:11 ') },
		{ name: 'sha256:… (digests)', line: (i) => numbered(i, '', 'sha256:0123456789abcdef ') },
		{ name: 'ESC[;;;; (ANSI)', line: (i) => numbered(i, '\u001b[', ';') },
		{ name: '::error ::::: (CI marker)', line: (i) => `${fill('::error ', 'a:')} ${i.toString(36)}` },
		{ name: 'a a a a (many tokens)', line: (i) => numbered(i, '', 'a ') },
		// Near-misses of the secret-masking patterns, which read every line before the normaliser does.
		...MASK_NEAR_MISSES.map((unit) => ({
			name: `${JSON.stringify(unit)}… (masking near-miss)`,
			line: (i: number) => numbered(i, '', unit),
		})),
		{
			// Each line holds the rarest words of many pages: every candidate signature anchors on every line.
			name: 'wrapped catalogue words, short lines',
			line: (i) => catalogueLine(i, 120),
		},
	];
}

/** Returns `bytes` worth of the shape's lines, each ending in a newline. */
export function pathologicalLog(shape: PathologicalShape, bytes: number): string {
	const lines: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const line = shape.line(i);
		lines.push(line);
		size += line.length + 1;
	}
	return `${lines.join('\n')}\n`;
}

/**
 * A realistic CI log of about `bytes`: checkout, npm install, a test run and a Docker build, with the numbers, hashes,
 * durations and paths that make every line different, so nothing is skipped as a repeat. `error` goes last.
 */
export function realisticLog(bytes: number, error: string): string {
	const hex = (n: number, length: number) => {
		let out = '';
		let x = n * 2654435761 + 12345;
		while (out.length < length) {
			x = Math.imul(x ^ (x >>> 15), 2246822507) >>> 0;
			out += x.toString(16).padStart(8, '0');
		}
		return out.slice(0, length);
	};
	const packages = ['react', 'lodash', '@babel/core', 'typescript', 'eslint', 'vite', 'zod', '@types/node', 'chalk', 'semver'];
	const templates: ((i: number) => string)[] = [
		(i) => `npm http fetch GET 200 https://registry.npmjs.org/${packages[i % packages.length]} ${(i % 900) + 12}ms (cache miss)`,
		(i) => `npm warn deprecated inflight@1.0.${i % 9}: This module is not supported, and leaks memory.`,
		(i) => `#${(i % 40) + 5} sha256:${hex(i, 64)} ${(i % 300) / 10}MB / ${(i % 500) / 10 + 30}MB ${(i % 90) / 10}s`,
		(i) => `  ✓ src/features/module-${i % 997}/handler.test.ts (${(i % 30) + 1} tests) ${(i % 400) + 3}ms`,
		(i) => `[command]/usr/bin/git -c protocol.version=2 fetch --depth=1 origin +${hex(i, 40)}:refs/remotes/origin/pr-${i % 5000}`,
		(i) => `\u001b[36m[build]\u001b[0m compiled ${(i % 2000) + 10} modules in ${((i % 70) / 10).toFixed(1)}s (chunk ${hex(i, 8)})`,
		(i) =>
			`  at Object.<anonymous> (/home/runner/work/app/app/node_modules/.pnpm/pkg-${i % 311}@2.${i % 17}.0/index.js:${i % 900}:${i % 80})`,
		(i) => `INFO  2026-11-20 12:${String(i % 60).padStart(2, '0')}:01 worker-${i % 17} processed batch ${i} in ${i % 900}ms`,
		(i) =>
			`Downloading https://files.pythonhosted.org/packages/${hex(i, 2)}/${hex(i + 1, 2)}/pkg_${i % 400}-1.${i % 30}.0-py3-none-any.whl (${i % 800} kB)`,
		(i) => `##[group]Run actions/setup-node@v4 (step ${i % 50}) for job ${hex(i, 6)} on ubuntu-24.04`,
	];
	const lines: string[] = [];
	let size = error.length + 1;
	for (let i = 0; size < bytes; i++) {
		const seconds = i % 60;
		const line = `2026-11-20T10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.${String(i % 10_000_000).padStart(7, '0')}Z ${templates[i % templates.length]!(i)}`;
		lines.push(line);
		size += line.length + 1;
	}
	lines.push(error);
	return `${lines.join('\n')}\n`;
}
