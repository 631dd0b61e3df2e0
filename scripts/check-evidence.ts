// npm run check:evidence: every evidence quote must match its own page first (exact or likely). Offline.
import { toIndexSource } from '../src/lib/content-contract.ts';
import { resolveContentDir } from '../src/lib/content-dir.ts';
import { findEvidenceMisses } from '../src/lib/evidence-check.ts';
import { prepareIndex } from '../src/lib/match.ts';
import { loadCatalogueFiles } from '../src/lib/read-catalogue.ts';
import { buildSignatureIndex } from '../src/lib/signature-index.ts';

const files = await loadCatalogueFiles(resolveContentDir());
const only = process.argv.slice(2);
const prepared = prepareIndex(buildSignatureIndex(files.map(({ id, data }) => toIndexSource(id, data))));
const pages = files
	.filter(({ id }) => only.length === 0 || only.some((prefix) => id.startsWith(prefix)))
	.map(({ id, data }) => ({ id, evidence: data.evidence }));
const misses = findEvidenceMisses(prepared, pages);
const quotes = pages.reduce((n, p) => n + p.evidence.length, 0);
for (const page of pages)
	if (page.evidence.length < 2) console.log(`too few  ${page.id}: ${page.evidence.length} evidence entries (at least 2)`);
for (const miss of misses) {
	console.log(
		`miss     ${miss.page}: ${JSON.stringify(miss.quote)}\n         got ${miss.got ? `${miss.got} (${miss.confidence})` : 'no match'} — ${miss.url}`,
	);
}
console.log(`${pages.length} pages, ${quotes} quotes, ${misses.length} misses`);
process.exitCode = misses.length > 0 || pages.some((p) => p.evidence.length < 2) ? 1 : 0;
