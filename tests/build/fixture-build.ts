// Builds copies of the minimal fixture catalogue, each changed by a test, with the real `astro build`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** The page most tests break. */
export const PAGE = 'errors/tool-a/widget-missing.mdx';

const fixture = path.resolve('tests/fixtures/catalogues/minimal');

/** Returns a builder whose copies live in fresh folders, removed after the test file. */
export function fixtureBuilder(label: string) {
	const work = mkdtempSync(path.join(tmpdir(), `atlas-${label}-`));
	// Output stays inside the project (in the ignored .astro/): with an outDir outside the working directory Astro puts
	// its prerender chunks in the shared .astro/.prerender/, which builds of other test files running in parallel overwrite.
	mkdirSync('.astro', { recursive: true });
	const out = mkdtempSync(path.resolve('.astro', `${label}-`));
	afterAll(() => {
		rmSync(work, { recursive: true, force: true });
		rmSync(out, { recursive: true, force: true });
	});
	/** Copies the valid fixture, lets `edit` change it, builds it (never into `dist/`), returns status, output and output folder. */
	return (name: string, edit: (dir: string) => void): { status: number | null; output: string; dist: string } => {
		const dir = path.join(work, name);
		const dist = path.join(out, name);
		cpSync(fixture, dir, { recursive: true });
		edit(dir);
		const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
			env: { ...process.env, ATLAS_CONTENT_DIR: dir, ATLAS_CACHE_DIR: path.join(dir, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
			encoding: 'utf8',
		});
		return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, ''), dist };
	};
}

/** Replaces the first match of `pattern` in a fixture file; throws when the fixture has no such text. */
export function replaceLine(dir: string, file: string, pattern: RegExp, replacement: string): void {
	const full = path.join(dir, file);
	const text = readFileSync(full, 'utf8');
	if (!pattern.test(text)) throw new Error(`fixture ${file} has no line matching ${pattern}`);
	writeFileSync(full, text.replace(pattern, replacement));
}
