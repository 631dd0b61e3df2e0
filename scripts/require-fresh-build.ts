// `node scripts/require-fresh-build.ts [outDir]`: exits 1 when the built site is missing or older than its sources,
// so `npm run test:e2e` never tests a stale site. `npm test` builds first.
import { staleBuildReason } from './lib/build-freshness.ts';

const outDir = process.argv[2] ?? 'dist';
const reason = staleBuildReason(process.cwd(), outDir);
if (reason) {
	const build = outDir === 'dist' ? 'npm run build' : 'npm run build:base';
	console.error(`error: ${reason}. Run \`${build}\` first, then the end-to-end tests again.`);
	process.exit(1);
}
