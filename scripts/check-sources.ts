// npm run check:sources: requests every `sources` and `evidence` URL of the catalogue and prints what is broken,
// redirected or slow. Needs the network, so it is not part of `npm test`; a weekly workflow runs it.
// Usage: node scripts/check-sources.ts [--report FILE] [--timeout MS] [PAGE-ID-PREFIX…]
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadCatalogueFiles } from '../src/lib/read-catalogue.ts';
import { resolveContentDir } from '../src/lib/content-dir.ts';
import { checkLinks, collectLinks, formatReport, isBroken } from './lib/link-check.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { report: { type: 'string' }, timeout: { type: 'string', default: '15000' } },
});
const files = await loadCatalogueFiles(resolveContentDir());
const pages = files
	.filter(({ id }) => positionals.length === 0 || positionals.some((prefix) => id.startsWith(prefix)))
	.map(({ id, data }) => ({ id, sources: data.sources, evidence: data.evidence }));
const targets = collectLinks(pages);
console.log(`Checking ${targets.length} links cited by ${pages.length} pages…`);
const results = await checkLinks(targets, { timeoutMs: Number(values.timeout) });
const report = formatReport(results);
console.log(report);
if (values.report) await writeFile(values.report, report);
process.exitCode = results.some(isBroken) ? 1 : 0;
