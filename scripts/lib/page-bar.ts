// The parts of the page bar that the catalogue test checks and the page scaffolder writes, in one place.
import path from 'node:path';

/** The body sections every error page has, in order, as second-level headings. */
export const BODY_SECTIONS = [
	'## What the error means',
	'## Diagnose it step by step',
	'## Platform notes',
	'## Confirm the fix',
	'## Prevent it',
];

/** Text that marks an unfinished page: a published page has none of it. */
export const PLACEHOLDERS = /your-org|your-image|your-repo|\bTODO\b|\bTBD\b|example\.com|lorem ipsum|<placeholder>/i;

/** The evaluation logs each page needs under `<logs>/<category>/<slug>/`. */
export const EVAL_LOG_FILES = ['ci.log', 'terminal.log', 'short.log'] as const;

/** Folder of the matcher's labelled logs: `ATLAS_EVAL_LOGS`, or `tests/fixtures/logs`. */
export function evalLogsDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
	return path.resolve(cwd, env.ATLAS_EVAL_LOGS || 'tests/fixtures/logs');
}
