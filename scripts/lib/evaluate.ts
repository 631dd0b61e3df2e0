// The matcher's evaluation: labelled logs under tests/fixtures/logs/<category>/<slug>/*.log, negatives under _negative/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { matchLog, type PreparedIndex } from '../../src/lib/match.ts';

/** One labelled log; `expected` is undefined for a negative. */
export interface EvalCase {
	file: string;
	expected?: string;
	text: string;
}

/** Figures of one evaluation run. */
export interface EvalReport {
	positives: number;
	negatives: number;
	top1: number;
	top3: number;
	falsePositiveRate: number;
	medianMs: number;
	maxMs: number;
	misses: { file: string; expected: string; got: string[] }[];
	falsePositives: { file: string; got: string[] }[];
}

/** Returns every labelled log under `root`. */
export function loadEvalCases(root: string): EvalCase[] {
	const cases: EvalCase[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.log')) {
				const relative = path.relative(root, full).replace(/\\/g, '/');
				const parts = relative.split('/');
				const expected = parts[0] === '_negative' ? undefined : `${parts[0]}/${parts[1]}`;
				cases.push({ file: relative, text: readFileSync(full, 'utf8'), ...(expected ? { expected } : {}) });
			}
		}
	};
	walk(root);
	return cases.sort((a, b) => a.file.localeCompare(b.file));
}

/** Runs the matcher over the cases and returns accuracy, false positives and latency. */
export function evaluate(index: PreparedIndex, cases: EvalCase[]): EvalReport {
	const times: number[] = [];
	const misses: EvalReport['misses'] = [];
	const falsePositives: EvalReport['falsePositives'] = [];
	let top1 = 0;
	let top3 = 0;
	for (const testCase of cases) {
		const started = performance.now();
		const ids = matchLog(index, testCase.text, { top: 5 }).matches.map((m) => m.page.id);
		times.push(performance.now() - started);
		if (testCase.expected) {
			if (ids[0] === testCase.expected) top1++;
			if (ids.slice(0, 3).includes(testCase.expected)) top3++;
			if (ids[0] !== testCase.expected) misses.push({ file: testCase.file, expected: testCase.expected, got: ids });
		} else if (ids.length > 0) {
			falsePositives.push({ file: testCase.file, got: ids });
		}
	}
	const positives = cases.filter((c) => c.expected).length;
	const negatives = cases.length - positives;
	times.sort((a, b) => a - b);
	return {
		positives,
		negatives,
		top1: positives ? top1 / positives : 1,
		top3: positives ? top3 / positives : 1,
		falsePositiveRate: negatives ? falsePositives.length / negatives : 0,
		medianMs: times[Math.floor(times.length / 2)] ?? 0,
		maxMs: times.at(-1) ?? 0,
		misses,
		falsePositives,
	};
}
