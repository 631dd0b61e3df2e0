// Writes a synthetic catalogue in the real content contract, for the build bench and the matcher bench.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IndexSource } from '../../src/lib/signature-index.ts';

const VERBS = ['push', 'pull', 'resolve', 'connect', 'authenticate', 'install', 'compile', 'deploy', 'fetch', 'verify', 'mount', 'sign'];
const THINGS = [
	'manifest',
	'lockfile',
	'token',
	'socket',
	'certificate',
	'package',
	'image',
	'layer',
	'runner',
	'volume',
	'module',
	'secret',
];
const CODES = ['E_DENIED', 'E_TIMEOUT', 'E_MISSING', 'E_CONFLICT', 'E_LIMIT', 'E_FORMAT', 'E_STATE', 'E_AUTH'];

/** Returns a pseudo-random word that is the same for the same seed, so runs are comparable. */
function word(seed: number): string {
	const consonants = 'bcdfghjklmnprstvz';
	const vowels = 'aeiou';
	let out = '';
	let n = seed * 2654435761;
	for (let i = 0; i < 3; i++) {
		out += consonants[Math.abs(n) % consonants.length]! + vowels[Math.abs(n >> 5) % vowels.length]!;
		n = Math.imul(n ^ (n >>> 13), 1274126177);
	}
	return out;
}

/** One synthetic error signature, unique per page and variant. */
export function syntheticSignature(page: number, variant: number): string {
	const verb = VERBS[page % VERBS.length]!;
	const thing = THINGS[(page >> 2) % THINGS.length]!;
	const code = CODES[(page + variant) % CODES.length]!;
	return `${code}_${word(page)}: failed to ${verb} ${thing} ${word(page * 7 + variant)} at /srv/app/${word(page + 3)}.conf (attempt ${variant + 1})`;
}

/** Writes `pages` error pages in `categories` categories under `dir`; returns the ids. */
export function writeSyntheticCatalogue(dir: string, pages: number, categories = 10): string[] {
	const ids: string[] = [];
	for (let c = 0; c < categories; c++) {
		mkdirSync(path.join(dir, 'errors', `cat-${c}`), { recursive: true });
		mkdirSync(path.join(dir, 'categories'), { recursive: true });
		writeFileSync(
			path.join(dir, 'categories', `cat-${c}.yaml`),
			`title: Category ${c}\ndescription: Synthetic category number ${c} for the build benchmark.\n`,
		);
	}
	for (let p = 0; p < pages; p++) {
		const category = `cat-${p % categories}`;
		const slug = `error-${p}-${word(p)}`;
		ids.push(`${category}/${slug}`);
	}
	ids.forEach((id, p) => {
		const [category] = id.split('/');
		const related = [ids[(p + categories) % ids.length], ids[(p + 2 * categories) % ids.length]].filter((r) => r && r !== id);
		const paragraph = (n: number) =>
			`The ${THINGS[n % THINGS.length]} step stops when the ${VERBS[n % VERBS.length]} call returns ${CODES[n % CODES.length]}. ` +
			`Check the \`${word(n)}\` setting, then rerun the job with \`--verbose\` to see which ${THINGS[(n + 3) % THINGS.length]} was read. ` +
			`Most often the value comes from an environment variable that is empty on forks, or from a cached file that is older than the config.`;
		const body = [
			'## What the error means',
			paragraph(p),
			paragraph(p + 1),
			'## Diagnose it step by step',
			'1. ' + paragraph(p + 2),
			'2. ' + paragraph(p + 3),
			'3. Run the check:',
			'',
			'```bash',
			`${word(p)} ${VERBS[p % VERBS.length]} --check --config ./${word(p + 1)}.yaml`,
			'```',
			'## Confirm the fix',
			paragraph(p + 4),
			'## Prevent it',
			paragraph(p + 5),
		].join('\n\n');
		const frontmatter = [
			'---',
			`title: "${CODES[p % CODES.length]} when the ${word(p)} step tries to ${VERBS[p % VERBS.length]}"`,
			`description: "Synthetic page ${p}: why ${word(p)} fails to ${VERBS[p % VERBS.length]} the ${THINGS[p % THINGS.length]}, and the setting that fixes it."`,
			`category: ${category}`,
			'signatures:',
			`  - "${syntheticSignature(p, 0)}"`,
			`  - "${syntheticSignature(p, 1)}"`,
			'causes:',
			`  - title: "The ${THINGS[p % THINGS.length]} is missing"`,
			'    detail: "The step reads a value that is empty in this context; the log shows the empty value one line above the error."',
			`  - title: "The ${word(p)} cache is stale"`,
			'    detail: "A cached file from an older run is read first; the cache key in the log has not changed."',
			'quickFixes:',
			`  - title: "Set ${word(p).toUpperCase()}_TOKEN for the job"`,
			'    detail: "The step then authenticates with a value that exists in every context."',
			'    code: |',
			'      env:',
			`        ${word(p).toUpperCase()}_TOKEN: \${{ secrets.${word(p).toUpperCase()}_TOKEN }}`,
			'    lang: yaml',
			'faq:',
			'  - q: "Why does it work locally?"',
			'    a: "Your shell has the variable set; the job does not."',
			'  - q: "Is this a bug in the tool?"',
			'    a: "No: the tool reports a missing value correctly."',
			'sources:',
			'  - title: "Synthetic source"',
			`    url: "https://docs.github.com/en/actions?page=${p}"`,
			'evidence:',
			...[1, 2].map((n) =>
				[
					`  - url: "https://github.com/synthetic/tool-${p}/issues/${n}"`,
					`    title: "Synthetic report ${n}"`,
					`    quote: ${JSON.stringify(syntheticSignature(p, 0))}`,
				].join('\n'),
			),
			'related:',
			...related.map((r) => `  - ${r}`),
			`updated: 2026-${String((p % 12) + 1).padStart(2, '0')}-${String((p % 28) + 1).padStart(2, '0')}`,
			'---',
			'',
		].join('\n');
		writeFileSync(path.join(dir, 'errors', `${id}.mdx`), frontmatter + body + '\n');
		void category;
	});
	return ids;
}

/** Returns `count` generated pages as signature-index sources (two signatures each), to grow an index for the eval. */
export function syntheticSources(count: number): IndexSource[] {
	return Array.from({ length: count }, (_, p) => ({
		id: `synthetic/page-${p}`,
		title: `Synthetic ${p}`,
		category: 'synthetic',
		signatures: [syntheticSignature(p, 0), syntheticSignature(p, 1)],
	}));
}
