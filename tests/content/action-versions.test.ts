// Readers copy `uses:` lines straight into their workflows: every page, the README and our own workflows name one
// major of each action, so a page cannot quietly keep a version the rest of the site has moved on from.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const files = [
	...readdirSync('content/errors', { recursive: true })
		.filter((f) => String(f).endsWith('.mdx'))
		.map((f) => path.join('content/errors', String(f))),
	'README.md',
	...readdirSync('.github/workflows').map((f) => path.join('.github/workflows', f)),
];

test('each action is used at one major version across the catalogue, the README and the workflows', () => {
	const majors = new Map<string, Map<string, string[]>>();
	for (const file of files) {
		for (const line of readFileSync(file, 'utf8').split('\n')) {
			// Evidence quotes are logs as printed, old versions and all; only code that readers copy counts.
			if (line.includes('quote:')) continue;
			for (const [, action, major] of line.matchAll(/uses: ([\w.-]+\/[\w.-]+)@(v\d+)\b/g)) {
				const byMajor = majors.get(action!) ?? new Map<string, string[]>();
				byMajor.set(major!, [...(byMajor.get(major!) ?? []), file]);
				majors.set(action!, byMajor);
			}
		}
	}
	const mixed = [...majors]
		.filter(([, byMajor]) => byMajor.size > 1)
		.map(([action, byMajor]) => `${action}: ${[...byMajor].map(([major, where]) => `${major} in ${[...new Set(where)].join(', ')}`).join('; ')}`);
	expect(mixed).toEqual([]);
	expect(majors.get('actions/checkout')?.size).toBe(1);
});
