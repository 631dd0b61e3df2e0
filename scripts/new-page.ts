// npm run new -- <category>/<slug> [--from LOG]: scaffolds content/errors/<category>/<slug>.mdx in the content
// contract and its three evaluation logs under tests/fixtures/logs/<category>/<slug>/. With --from, the log's most
// error-like line becomes the first signature and the log, secrets masked, becomes ci.log.
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readInput } from '../src/cli/read-input.ts';
import { categoryId } from '../src/lib/content-contract.ts';
import { resolveContentDir } from '../src/lib/content-dir.ts';
import { errorId } from '../src/schema/error-page.ts';
import { evalLogsDir } from './lib/page-bar.ts';
import { pickErrorLine, scaffoldLogs, scaffoldPage } from './lib/scaffold.ts';

const USAGE = `Usage: npm run new -- <category>/<slug> [--from LOG]

Creates content/errors/<category>/<slug>.mdx with every frontmatter field and the five body sections, and
tests/fixtures/logs/<category>/<slug>/ with ci.log, terminal.log and short.log. Replace every TODO: the page builds
as it is, and npm test fails on it until it is written.

  --from LOG      a log with the error: its most error-like line becomes the first signature, and the log,
                  secrets masked, becomes ci.log
  --content DIR   catalogue folder (default $ATLAS_CONTENT_DIR or ./content)
  --logs DIR      evaluation logs folder (default $ATLAS_EVAL_LOGS or tests/fixtures/logs)
  --date DATE     review date, YYYY-MM-DD (default today)`;

class Refusal extends Error {}

async function main(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			from: { type: 'string' },
			content: { type: 'string' },
			logs: { type: 'string' },
			date: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const [id, ...rest] = positionals;
	if (!id || rest.length > 0) throw new Refusal('give one page id, <category>/<slug>, e.g. docker/manifest-unknown');
	if (!errorId.safeParse(id).success) {
		throw new Refusal(`"${id}" is not a page id: use <category>/<slug>, lower-case letters, digits and single hyphens`);
	}
	const date = values.date ?? new Date().toISOString().slice(0, 10);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Refusal(`--date takes YYYY-MM-DD, not "${date}"`);

	const contentDir = values.content ? path.resolve(values.content) : resolveContentDir();
	const logsDir = values.logs ? path.resolve(values.logs) : evalLogsDir();
	const [category = '', slug = ''] = id.split('/');
	const categories = (await readdir(path.join(contentDir, 'categories')).catch(() => [] as string[]))
		.filter((file) => file.endsWith('.yaml'))
		.map(categoryId)
		.sort();
	if (!categories.includes(category)) {
		throw new Refusal(
			`unknown category "${category}". Use one of: ${categories.join(', ') || '(none)'}; ` +
				`or add ${path.join(contentDir, 'categories', `${category}.yaml`)} (title, description, order) first`,
		);
	}
	const pageFile = path.join(contentDir, 'errors', category, `${slug}.mdx`);
	if (existsSync(pageFile)) throw new Refusal(`${id} exists already: ${pageFile}. Edit that page, or pick another slug`);
	const pageLogs = path.join(logsDir, category, slug);
	if (existsSync(pageLogs)) throw new Refusal(`${pageLogs} exists already: move those logs away, or pick another slug`);

	let log: string | undefined;
	let signature: string | undefined;
	if (values.from) {
		log = await readInput(values.from, process.stdin).catch((error: Error) => {
			throw new Refusal(error.message);
		});
		signature = pickErrorLine(log);
		if (!signature) console.warn(`No line of ${values.from} reads like an error; the first signature is left as a TODO.`);
	}

	await mkdir(path.dirname(pageFile), { recursive: true });
	await writeFile(pageFile, scaffoldPage({ id, signature, date }), { flag: 'wx' });
	await mkdir(pageLogs, { recursive: true });
	for (const [name, text] of Object.entries(scaffoldLogs({ log, signature }))) {
		await writeFile(path.join(pageLogs, name), text, { flag: 'wx' });
	}

	// Relative to the working folder when inside it, absolute otherwise.
	const shown = (file: string) => {
		const relative = path.relative(process.cwd(), file);
		return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
	};
	console.log(`Created ${shown(pageFile)}
Created ${shown(pageLogs)}/ci.log, terminal.log, short.log${signature ? `\nFirst signature, from ${values.from}: ${signature}` : ''}

Next: replace every TODO (the README's "Add an error page" explains each field; real reports for evidence),
then run npm run check:evidence -- ${category}/, npx vitest run tests/content and npm run build.`);
	return 0;
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	const known = error instanceof Refusal || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
	console.error(
		`npm run new: ${(error as Error).message}${known ? '' : `\n${(error as Error).stack ?? ''}`}\nRun 'npm run new -- --help' for usage.`,
	);
	process.exitCode = 2;
}
