// Where the catalogue lives; ATLAS_CONTENT_DIR lets the same engine build another catalogue (fixtures, the bench).
import path from 'node:path';

/** Absolute path of the content folder: `ATLAS_CONTENT_DIR` or `./content`. */
export function resolveContentDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
	return path.resolve(cwd, env.ATLAS_CONTENT_DIR || 'content');
}
