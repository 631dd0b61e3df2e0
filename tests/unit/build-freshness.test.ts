import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { staleBuildReason } from '../../scripts/lib/build-freshness.ts';

/** Writes `file` under `root` with the given age in minutes. */
function write(root: string, file: string, minutesAgo: number): void {
	const full = path.join(root, file);
	mkdirSync(path.dirname(full), { recursive: true });
	writeFileSync(full, 'x');
	const time = new Date(Date.now() - minutesAgo * 60_000);
	utimesSync(full, time, time);
}

describe('staleBuildReason', () => {
	test('returns nothing when the build is newer than every source', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'atlas-fresh-'));
		write(root, 'src/lib/match.ts', 30);
		write(root, 'content/errors/a/b.mdx', 20);
		write(root, 'dist/index.html', 10);
		expect(staleBuildReason(root, 'dist')).toBeUndefined();
	});

	test('names the source changed after the build', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'atlas-stale-'));
		write(root, 'dist/index.html', 30);
		write(root, 'src/lib/match.ts', 40);
		write(root, 'content/errors/a/b.mdx', 10);
		expect(staleBuildReason(root, 'dist')).toBe(
			`dist/ is older than the sources: ${path.join('content', 'errors', 'a', 'b.mdx')} changed 20 min after the build`,
		);
	});

	test('says so when there is no build', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'atlas-none-'));
		write(root, 'src/lib/match.ts', 40);
		expect(staleBuildReason(root, 'dist-base')).toBe('dist-base/ holds no built site');
	});
});
