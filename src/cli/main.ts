// `error-atlas match [FILE|-]`: reads a log, prints the Error Atlas pages that fix it. Exit 0 match, 1 none, 2 error.
import { appendFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../lib/content-dir.ts';
import { matchLog, prepareIndex } from '../lib/match.ts';
import { loadCatalogue } from '../lib/read-catalogue.ts';
import { buildSignatureIndex, type SignatureIndex } from '../lib/signature-index.ts';
import { SITE_URL } from '../lib/site.ts';
import { formatAnnotations, formatJson, formatSummary, formatText } from './format.ts';
import { FETCH_TIMEOUT_MS, fetchSiteIndex, fetchTimeout, IndexError, readBundledIndex } from './index-source.ts';
import { readInput, UsageError } from './read-input.ts';

const USAGE = `Usage: error-atlas match [FILE|-] [--json] [--top N] [--site URL [--online]] [--github] [--content DIR]

Reads a log from FILE, or from standard input when FILE is - or omitted, and prints the Error Atlas pages
that match it, root cause first.

  --json          print the result as JSON
  --top N         show at most N pages (default 5)
  --site URL      site the links point to (default ${SITE_URL})
  --online        match against the site's own catalogue (its /signatures.json); when it does not
                  answer within ${FETCH_TIMEOUT_MS / 1000} s or is incompatible, warn and use the offline one
  --github        append a job summary to $GITHUB_STEP_SUMMARY and print ::error annotations
                  (on by default when GITHUB_STEP_SUMMARY is set)
  --content DIR   catalogue folder (default $ATLAS_CONTENT_DIR, else the catalogue bundled with the
                  package, else ./content in a clone of Error Atlas)

Exit status: 0 a match, 1 no known match, 2 usage or read error.`;

/**
 * Returns the index to match against: with --online the site's own, falling back with a warning; else the folder from
 * --content or $ATLAS_CONTENT_DIR; else the index bundled with the package; else ./content (a clone).
 */
async function chooseIndex(
	options: { content?: string | undefined; online: boolean },
	site: URL,
	io: { stderr: NodeJS.WritableStream; env: NodeJS.ProcessEnv },
): Promise<SignatureIndex> {
	const folder = options.content ?? io.env.ATLAS_CONTENT_DIR;
	const bundled = folder ? undefined : await readBundledIndex();
	const contentDir = options.content ?? resolveContentDir(io.env);
	if (options.online) {
		try {
			return await fetchSiteIndex(site, { timeoutMs: fetchTimeout(io.env) });
		} catch (error) {
			if (!(error instanceof IndexError)) throw error;
			const instead = bundled ? 'the catalogue bundled with error-atlas' : `the catalogue in ${contentDir}`;
			io.stderr.write(`error-atlas: warning: ${error.message}; matching against ${instead} instead\n`);
		}
	}
	if (bundled) return bundled;
	const sources = await loadCatalogue(contentDir).catch((error: NodeJS.ErrnoException) => {
		const reason = error.code === 'ENOENT' ? 'it has no errors/ folder' : error.message;
		throw new UsageError(`cannot load the catalogue from ${contentDir}: ${reason}`);
	});
	// An empty catalogue would answer "no known match" to every log; say what is wrong instead.
	if (sources.length === 0) throw new UsageError(`cannot load the catalogue from ${contentDir}: it has no error pages`);
	return buildSignatureIndex(sources);
}

/** Runs the CLI and returns its exit status. */
export async function run(
	argv: string[],
	io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env },
): Promise<number> {
	try {
		const { values, positionals } = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				json: { type: 'boolean', default: false },
				top: { type: 'string', default: '5' },
				site: { type: 'string', default: SITE_URL },
				online: { type: 'boolean', default: false },
				github: { type: 'boolean', default: false },
				content: { type: 'string' },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
		if (values.help) {
			io.stdout.write(`${USAGE}\n`);
			return 0;
		}
		const [command, file, ...rest] = positionals;
		if (command !== 'match') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
		if (rest.length > 0) throw new UsageError('give one log file at most');
		const top = Number(values.top);
		if (!Number.isInteger(top) || top < 1) throw new UsageError('--top takes a whole number of 1 or more');
		const site = URL.parse(values.site);
		if (!site || (site.protocol !== 'https:' && site.protocol !== 'http:')) {
			throw new UsageError(`--site takes an http or https URL, not "${values.site}"`);
		}
		// Links go under the site's path (https://example.org/atlas → /atlas/docker/…); a query or fragment has no place.
		site.search = '';
		site.hash = '';

		const text = await readInput(file, io.stdin);
		if (text.trim().length === 0) throw new UsageError('the log is empty: nothing to match');

		const index = await chooseIndex(values, site, io);
		const result = matchLog(prepareIndex(index), text, { top });

		io.stdout.write(values.json ? formatJson(result) : formatText(result, site.href));
		const summaryFile = io.env.GITHUB_STEP_SUMMARY;
		if ((values.github || summaryFile) && result.matches.length > 0) {
			if (summaryFile) await appendFile(summaryFile, formatSummary(result, site.href));
			if (!values.json) io.stdout.write(formatAnnotations(result, site.href));
		}
		return result.matches.length > 0 ? 0 : 1;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
		io.stderr.write(`error-atlas: ${message}\n${usage ? "Run 'error-atlas --help' for usage.\n" : ''}`);
		return 2;
	}
}
