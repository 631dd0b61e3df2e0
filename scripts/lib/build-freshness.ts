// Node only: whether a built site is older than the files it is built from, so the e2e tests never run against a
// stale dist/ (`npm run test:e2e` calls scripts/require-fresh-build.ts first).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the build reads: the content, the code, the public files and the configuration. */
export const BUILD_INPUTS = ['content', 'src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** The newest input file and when it changed. */
export interface NewestInput {
	file: string;
	mtimeMs: number;
}

/** Returns the most recently changed file among `inputs` (files or folders, relative to `root`), if any. */
export function newestInput(root: string, inputs: readonly string[] = BUILD_INPUTS): NewestInput | undefined {
	let newest: NewestInput | undefined;
	const visit = (relative: string) => {
		const full = path.join(root, relative);
		let stat;
		try {
			stat = statSync(full);
		} catch {
			return; // an input a checkout does not have (no public/) cannot be newer than the build
		}
		if (stat.isDirectory()) {
			for (const name of readdirSync(full)) if (!name.startsWith('.')) visit(path.join(relative, name));
		} else if (!newest || stat.mtimeMs > newest.mtimeMs) {
			newest = { file: relative, mtimeMs: stat.mtimeMs };
		}
	};
	for (const input of inputs) visit(input);
	return newest;
}

/** Returns why the site built in `outDir` must not be tested, or nothing when it is newer than every input. */
export function staleBuildReason(root: string, outDir: string, inputs: readonly string[] = BUILD_INPUTS): string | undefined {
	let builtMs: number;
	try {
		builtMs = statSync(path.join(root, outDir, 'index.html')).mtimeMs;
	} catch {
		return `${outDir}/ holds no built site`;
	}
	const newest = newestInput(root, inputs);
	if (!newest || newest.mtimeMs <= builtMs) return undefined;
	const minutes = Math.max(1, Math.round((newest.mtimeMs - builtMs) / 60_000));
	return `${outDir}/ is older than the sources: ${newest.file} changed ${minutes} min after the build`;
}
