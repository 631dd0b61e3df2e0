// The matcher's evaluation: labelled logs under tests/fixtures/logs/<category>/<slug>/*.log, negatives under _negative/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { matchLog, type PreparedIndex } from '../../src/lib/match.ts';

/** One labelled log; `expected` is undefined for a negative. */
export interface EvalCase {
	file: string;
	expected?: string;
	text: string;
	/** The class of paste it tests, from its file name (see classOf). */
	kind: string;
}

/**
 * Classes of the independent logs, named by their file name's prefix (`v2-quoted-npm-proxy.log`): an error quoted
 * in another tool's message, structured output, one wording printed by several tools, the evidence line, several
 * errors in one log; `hard-` negatives are errors of covered tools that no page covers. Others are `core`.
 */
export const EVAL_CLASSES = ['core', 'quoted', 'structured', 'shared', 'evidence', 'multi', 'hard-negative'] as const;

function classOf(name: string): string {
	if (name.startsWith('hard-')) return 'hard-negative';
	const kind = /^v2-([a-z]+)-/.exec(name)?.[1];
	return kind && (EVAL_CLASSES as readonly string[]).includes(kind) ? kind : 'core';
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
	/** Negatives answered with an exact or likely match. */
	falsePositives: { file: string; got: string[] }[];
	/** Negatives answered with weak matches only: shown apart, as less sure, so not counted as false positives. */
	weakOnNegatives: { file: string; got: string[] }[];
	/** Per class of log: how many, and how many right (top-1 for a positive, no sure match for a negative). */
	byClass: Record<string, { cases: number; right: number }>;
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
				cases.push({ file: relative, text: readFileSync(full, 'utf8'), kind: classOf(entry.name), ...(expected ? { expected } : {}) });
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
	const weakOnNegatives: EvalReport['weakOnNegatives'] = [];
	const byClass: EvalReport['byClass'] = {};
	let top1 = 0;
	let top3 = 0;
	for (const testCase of cases) {
		const started = performance.now();
		const matches = matchLog(index, testCase.text, { top: 5 }).matches;
		times.push(performance.now() - started);
		const ids = matches.map((m) => m.page.id);
		let right: boolean;
		if (testCase.expected) {
			right = ids[0] === testCase.expected;
			if (right) top1++;
			if (ids.slice(0, 3).includes(testCase.expected)) top3++;
			if (!right) misses.push({ file: testCase.file, expected: testCase.expected, got: ids });
		} else {
			const sure = matches.filter((m) => m.confidence !== 'weak');
			right = sure.length === 0;
			if (!right) falsePositives.push({ file: testCase.file, got: sure.map((m) => m.page.id) });
			else if (ids.length > 0) weakOnNegatives.push({ file: testCase.file, got: ids });
		}
		const tally = (byClass[testCase.kind] ??= { cases: 0, right: 0 });
		tally.cases++;
		if (right) tally.right++;
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
		weakOnNegatives,
		byClass,
	};
}
