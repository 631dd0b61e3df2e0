// npm run eval:match: accuracy of the paste matcher on the labelled logs in tests/fixtures/logs.
import path from 'node:path';
import { loadCatalogue } from '../src/cli/load-catalogue.ts';
import { resolveContentDir } from '../src/lib/content-dir.ts';
import { prepareIndex } from '../src/lib/match.ts';
import { buildSignatureIndex } from '../src/lib/signature-index.ts';
import { evaluate, loadEvalCases } from './lib/evaluate.ts';

const index = prepareIndex(buildSignatureIndex(await loadCatalogue(resolveContentDir())));
const report = evaluate(index, loadEvalCases(path.resolve('tests/fixtures/logs')));
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log(`Paste matcher evaluation (${index.pages.length} pages, ${index.signatures.length} signatures)
  labelled logs        ${report.positives}
  top-1 accuracy       ${pct(report.top1)}
  top-3 accuracy       ${pct(report.top3)}
  negatives            ${report.negatives}
  false positives      ${pct(report.falsePositiveRate)} (${report.falsePositives.length})
  latency per log      median ${report.medianMs.toFixed(2)} ms, max ${report.maxMs.toFixed(2)} ms`);
for (const miss of report.misses) console.log(`  miss  ${miss.file}: got ${miss.got.join(', ') || '(no match)'}`);
for (const fp of report.falsePositives) console.log(`  false positive  ${fp.file}: got ${fp.got.join(', ')}`);
