// `error-atlas match [FILE|-]`: reads a log, prints the Error Atlas pages that fix it. Exit 0 match, 1 none, 2 error.
import { createReadStream } from 'node:fs';
import { appendFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../lib/content-dir.ts';
import { matchLog, prepareIndex } from '../lib/match.ts';
import { loadCatalogue } from '../lib/read-catalogue.ts';
import { buildSignatureIndex } from '../lib/signature-index.ts';
import { SITE_URL } from '../lib/site.ts';
import { formatAnnotations, formatJson, formatSummary, formatText } from './format.ts';

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

/** Returns the stream's text; stops reading and throws `tooLarge` once it passes MAX_BYTES. */
async function readCapped(stream: AsyncIterable<Buffer | string>, tooLarge: string): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		size += bytes.length;
		// Leaving the loop destroys the stream, so /dev/zero or an endless pipe is read no further.
		if (size > MAX_BYTES) throw new UsageError(tooLarge);
		chunks.push(bytes);
	}
	return Buffer.concat(chunks).toString('utf8');
}

async function readInput(file: string | undefined, stdin: NodeJS.ReadStream): Promise<string> {
	if (file && file !== '-') {
		const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
			throw new UsageError(error.code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${error.message}`);
		});
		if (info.isDirectory()) throw new UsageError(`cannot read ${file}: it is a directory; give a log file`);
		// stat's size is only a shortcut: it is 0 for /dev/zero and for a FIFO, so bytes are counted while reading too.
		if (info.size > MAX_BYTES) throw new UsageError(`cannot read ${file}: larger than 64 MiB`);
		return readCapped(createReadStream(file), `cannot read ${file}: larger than 64 MiB`).catch((error: Error) => {
			throw error instanceof UsageError ? error : new UsageError(`cannot read ${file}: ${error.message}`);
		});
	}
	if (stdin.isTTY) throw new UsageError('no input: give a log file, or pipe a log into standard input');
	return readCapped(stdin, 'standard input is larger than 64 MiB');
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
		const site = URL.parse(values.site);
		if (!site || (site.protocol !== 'https:' && site.protocol !== 'http:')) {
			throw new UsageError(`--site takes an http or https URL, not "${values.site}"`);
		}
		// Links go under the site's path (https://example.org/atlas → /atlas/docker/…); a query or fragment has no place.
		site.search = '';
		site.hash = '';

		const text = await readInput(file, io.stdin);
		if (text.trim().length === 0) throw new UsageError('the log is empty: nothing to match');

		const contentDir = values.content ?? resolveContentDir(io.env);
		const sources = await loadCatalogue(contentDir).catch((error: NodeJS.ErrnoException) => {
			const reason = error.code === 'ENOENT' ? 'it has no errors/ folder' : error.message;
			throw new UsageError(`cannot load the catalogue from ${contentDir}: ${reason}`);
		});
		// An empty catalogue would answer "no known match" to every log; say what is wrong instead.
		if (sources.length === 0) throw new UsageError(`cannot load the catalogue from ${contentDir}: it has no error pages`);
		const result = matchLog(prepareIndex(buildSignatureIndex(sources)), text, { top });

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
