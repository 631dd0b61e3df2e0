import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index into `<outDir>/pagefind/` as the last step of `astro build`, so one command ships search.
 * As in Starlight's integrations/pagefind.ts, each step's errors are logged with the step that failed, and the Pagefind
 * service is closed however the steps end; unlike Starlight, the build then fails, since the site must not ship
 * without its search index.
 */
export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'error-atlas:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const outputPath = path.join(site, 'pagefind');
				try {
					const { index, errors } = await pagefind.createIndex({});
					if (!index) fail(logger, 'could not start', errors);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) fail(logger, `could not index the pages in ${site}`, added.errors);
					if (added.page_count === 0) fail(logger, `found no page to index in ${site} (pages mark their text with data-pagefind-body)`, []);
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length > 0) fail(logger, `could not write the index to ${outputPath}`, written.errors);
					logger.info(`indexed ${added.page_count} pages into ${outputPath}`);
				} catch (error) {
					// Pagefind's own exceptions (a missing binary, a crashed service) get the same context as its error lists.
					if (!(error instanceof PagefindError)) logger.error(`Pagefind stopped while indexing ${site}: ${messageOf(error)}`);
					throw error;
				} finally {
					await pagefind.close().catch((error: unknown) => logger.warn(`Pagefind did not close cleanly: ${messageOf(error)}`));
				}
			},
		},
	};
}

/** A failed Pagefind step, already logged. */
class PagefindError extends Error {}

/** Logs the step that failed and each error Pagefind gave, then throws so the build fails. */
function fail(logger: AstroIntegrationLogger, step: string, errors: string[]): never {
	logger.error(`Pagefind ${step}${errors.length > 0 ? ':' : ''}`);
	for (const error of errors) logger.error(`  ${error}`);
	throw new PagefindError(`Pagefind ${step}; the site would ship without search. See the errors above.`);
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
