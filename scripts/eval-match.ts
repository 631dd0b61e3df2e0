// npm run eval:match: accuracy of the paste matcher on the labelled logs in tests/fixtures/logs, on the real
// catalogue and on the catalogue grown with 2,000 and 10,000 generated pages, with figures per class of paste and
// the list of which page took a log meant for another.
import path from 'node:path';
import { loadCatalogue } from '../src/lib/read-catalogue.ts';
import { resolveContentDir } from '../src/lib/content-dir.ts';
import { prepareIndex } from '../src/lib/match.ts';
import { buildSignatureIndex } from '../src/lib/signature-index.ts';
import { EVAL_CLASSES, evaluate, loadEvalCases } from './lib/evaluate.ts';
import { syntheticSources } from './lib/synthetic-catalogue.ts';

const sources = await loadCatalogue(resolveContentDir());
const cases = loadEvalCases(path.resolve('tests/fixtures/logs'));
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

for (const extra of [0, 2000, 10000]) {
	const index = prepareIndex(buildSignatureIndex([...sources, ...syntheticSources(extra)]));
	const report = evaluate(index, cases);
	const label = extra ? `real catalogue + ${extra.toLocaleString('en')} generated pages` : 'real catalogue';
	console.log(`\nPaste matcher evaluation, ${label} (${index.pages.length} pages, ${index.signatures.length} signatures)
  labelled logs        ${report.positives}
  top-1 accuracy       ${pct(report.top1)}
  top-3 accuracy       ${pct(report.top3)}
  negatives            ${report.negatives}
  false positives      ${pct(report.falsePositiveRate)} (${report.falsePositives.length}; a sure match on a log no page covers)
  weak on negatives    ${report.weakOnNegatives.length} (shown apart as less sure)
  latency per log      median ${report.medianMs.toFixed(2)} ms, max ${report.maxMs.toFixed(2)} ms`);
	console.log(
		'  by class             ' +
			EVAL_CLASSES.filter((k) => report.byClass[k])
				.map((k) => `${k} ${report.byClass[k]!.right}/${report.byClass[k]!.cases}`)
				.join(' · '),
	);
	if (report.misses.length) console.log('  confusion (expected ← got first):');
	for (const miss of report.misses) console.log(`    ${miss.expected} ← ${miss.got[0] ?? '(no match)'}   ${miss.file}`);
	for (const fp of report.falsePositives) console.log(`    false positive  ${fp.file}: ${fp.got.join(', ')}`);
	if (!extra) for (const weak of report.weakOnNegatives) console.log(`    weak only       ${weak.file}: ${weak.got.join(', ')}`);
}
