// `error-atlas match [FILE|-]`: reads a log, prints the Error Atlas pages that fix it. Exit 0 match, 1 none, 2 error.
import { appendFile, readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../lib/content-dir.ts';
import { matchLog, prepareIndex } from '../lib/match.ts';
import { buildSignatureIndex } from '../lib/signature-index.ts';
import { SITE_URL } from '../lib/site.ts';
import { formatAnnotations, formatSummary, formatText } from './format.ts';
import { loadCatalogue } from './load-catalogue.ts';

const USAGE = `Usage: error-atlas match [FILE|-] [--json] [--top N] [--site URL] [--github] [--content DIR]

Reads a log from FILE, or from standard input when FILE is - or omitted, and prints the Error Atlas pages
that match it, root cause first.

  --json          print the result as JSON
  --top N         show at most N pages (default 5)
  --site URL      site the links point to (default ${SITE_URL})
  --github        append a job summary to $GITHUB_STEP_SUMMARY and print ::error annotations
                  (on by default when GITHUB_STEP_SUMMARY is set)
  --content DIR   catalogue folder (default $ATLAS_CONTENT_DIR or ./content)

Exit status: 0 a match, 1 no known match, 2 usage or read error.`;

const MAX_BYTES = 64 * 1024 * 1024;

class UsageError extends Error {}

async function readInput(file: string | undefined, stdin: NodeJS.ReadStream): Promise<string> {
	if (file && file !== '-') {
		const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
			throw new UsageError(error.code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${error.message}`);
		});
		if (info.isDirectory()) throw new UsageError(`cannot read ${file}: it is a directory; give a log file`);
		if (info.size > MAX_BYTES) throw new UsageError(`cannot read ${file}: larger than 64 MiB`);
		return readFile(file, 'utf8');
	}
	if (stdin.isTTY) throw new UsageError('no input: give a log file, or pipe a log into standard input');
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stdin) {
		size += (chunk as Buffer).length;
		if (size > MAX_BYTES) throw new UsageError('standard input is larger than 64 MiB');
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks).toString('utf8');
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
		try {
			new URL(values.site);
		} catch {
			throw new UsageError(`--site takes an absolute URL, not "${values.site}"`);
		}

		const text = await readInput(file, io.stdin);
		if (text.trim().length === 0) throw new UsageError('the log is empty: nothing to match');

		const contentDir = values.content ?? resolveContentDir(io.env);
		const sources = await loadCatalogue(contentDir).catch((error: Error) => {
			throw new UsageError(`cannot load the catalogue from ${contentDir}: ${error.message}`);
		});
		const result = matchLog(prepareIndex(buildSignatureIndex(sources)), text, { top });

		io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatText(result, values.site));
		const summaryFile = io.env.GITHUB_STEP_SUMMARY;
		if ((values.github || summaryFile) && result.matches.length > 0) {
			if (summaryFile) await appendFile(summaryFile, formatSummary(result, values.site));
			if (!values.json) io.stdout.write(formatAnnotations(result, values.site));
		}
		return result.matches.length > 0 ? 0 : 1;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
		io.stderr.write(`error-atlas: ${message}\n${usage ? "Run 'error-atlas --help' for usage.\n" : ''}`);
		return 2;
	}
}
