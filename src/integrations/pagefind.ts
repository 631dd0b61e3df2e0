import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Builds the Pagefind index into `dist/pagefind/` as the last step of `astro build`, so one command ships search. */
export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'error-atlas:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
				if (written.errors.length > 0) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
				await pagefind.close();
				logger.info(`indexed ${added.page_count} pages`);
			},
		},
	};
}
