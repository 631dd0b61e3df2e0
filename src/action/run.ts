// The GitHub Action (action.yml): matches a saved log against the catalogue, writes the job summary table and one
// ::error annotation per page as `error-atlas match --github` does, and sets the outputs matched, url and json.
// It never fails the job by itself: only `fail-on-match: true` with a match does.
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { readInput } from '../cli/read-input.ts';
import { escapeCommand, formatAnnotations, formatJson, formatSummary, formatText } from '../cli/format.ts';
import { fetchSiteIndex, fetchTimeout, IndexError, readBundledIndex } from '../cli/index-source.ts';
import { matchLog, prepareIndex } from '../lib/match.ts';
import type { SignatureIndex } from '../lib/signature-index.ts';
import { SITE_URL } from '../lib/site.ts';
import { urlUnderSite } from '../lib/urls.ts';

/** Where the action writes; the runner's process by default, files and buffers in tests. */
export interface ActionIo {
	env: Record<string, string | undefined>;
	stdout: { write(text: string): unknown };
	/** The index to use when the bundle has none beside it (tests running the TypeScript source). */
	index?: SignatureIndex;
}

/** Returns an input as the runner passes it to a JavaScript action: `INPUT_<NAME>`, spaces as `_`, upper case. */
export function getInput(env: ActionIo['env'], name: string): string {
	return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Returns a boolean input; accepts the YAML 1.2 core schema words, as @actions/core's getBooleanInput does. */
export function getBooleanInput(env: ActionIo['env'], name: string, fallback: boolean): boolean {
	const value = getInput(env, name);
	if (value === '') return fallback;
	if (['true', 'True', 'TRUE'].includes(value)) return true;
	if (['false', 'False', 'FALSE'].includes(value)) return false;
	throw new Error(`input ${name} must be true or false, not "${value}"`);
}

/**
 * Returns the `name<<DELIMITER … DELIMITER` lines that set an output in $GITHUB_OUTPUT: the form that takes any value,
 * several lines included. The delimiter is random and checked against the value, as @actions/core does.
 */
export function formatOutput(name: string, value: string): string {
	const delimiter = `ghadelimiter_${randomUUID()}`;
	if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`);
	return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** Returns the index: the site's with `online`, falling back with a warning, else the one bundled with the action. */
async function chooseIndex(io: ActionIo, site: URL, online: boolean, warn: (message: string) => void): Promise<SignatureIndex> {
	const bundled = (await readBundledIndex()) ?? io.index;
	if (online) {
		try {
			return await fetchSiteIndex(site, { timeoutMs: fetchTimeout(io.env) });
		} catch (error) {
			if (!(error instanceof IndexError) || !bundled) throw error;
			warn(`${error.message}; matching against the catalogue bundled with the action instead`);
		}
	}
	if (!bundled) {
		throw new Error('this copy of the action has no compiled catalogue (dist-cli/); use a release tag such as @v1');
	}
	return bundled;
}

/** Runs the action and returns its exit code: 1 only for a match with fail-on-match, else 0. */
export async function runAction(io: ActionIo): Promise<number> {
	const warn = (message: string) => io.stdout.write(`::warning title=Error Atlas::${escapeCommand(message)}\n`);
	try {
		const failOnMatch = getBooleanInput(io.env, 'fail-on-match', false);
		const log = getInput(io.env, 'log');
		if (!log) throw new Error('input log is required: the path of the saved log (e.g. build.log)');
		const top = Number(getInput(io.env, 'top') || '5');
		if (!Number.isInteger(top) || top < 1) throw new Error('input top takes a whole number of 1 or more');
		const siteInput = getInput(io.env, 'site') || SITE_URL;
		const site = URL.parse(siteInput);
		if (!site || (site.protocol !== 'https:' && site.protocol !== 'http:')) {
			throw new Error(`input site takes an http or https URL, not "${siteInput}"`);
		}
		site.search = '';
		site.hash = '';
		const online = getBooleanInput(io.env, 'online', false);

		const text = await readInput(log, process.stdin);
		const index = await chooseIndex(io, site, online, warn);
		const result = matchLog(prepareIndex(index), text, { top });

		io.stdout.write(formatText(result, site.href));
		const first = result.matches[0];
		const outputs =
			`matched=${first ? 'true' : 'false'}\n` +
			`url=${first ? urlUnderSite(site, first.page.url) : ''}\n` +
			// One line of JSON: outputs share a 1 MB budget per job.
			formatOutput('json', JSON.stringify(JSON.parse(formatJson(result))));
		if (io.env.GITHUB_OUTPUT) await appendFile(io.env.GITHUB_OUTPUT, outputs);
		if (first) {
			if (io.env.GITHUB_STEP_SUMMARY) await appendFile(io.env.GITHUB_STEP_SUMMARY, formatSummary(result, site.href));
			io.stdout.write(formatAnnotations(result, site.href));
		}
		if (first && failOnMatch) {
			io.stdout.write(`Failing the step: the log has a known error, and fail-on-match is set.\n`);
			return 1;
		}
		return 0;
	} catch (error) {
		// A missing log or a bad input must not turn a failed build into a confusing second failure: warn and go on.
		warn(error instanceof Error ? error.message : String(error));
		if (io.env.GITHUB_OUTPUT) await appendFile(io.env.GITHUB_OUTPUT, `matched=false\nurl=\n`).catch(() => undefined);
		return 0;
	}
}
