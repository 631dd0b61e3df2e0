// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind.ts';
import { resolveContentDir } from './src/lib/content-dir.ts';
import { SHIKI_THEMES, SITE_URL } from './src/lib/site.ts';

export default defineConfig({
	// The public origin; set ATLAS_SITE_URL when deploying elsewhere. Canonical URLs, the sitemap and feeds use it.
	site: SITE_URL,
	// Each catalogue keeps its own content cache: entries with the same id from another folder must not be reused.
	cacheDir:
		process.env.ATLAS_CACHE_DIR || `./node_modules/.astro/${createHash('sha1').update(resolveContentDir()).digest('hex').slice(0, 12)}`,
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		shikiConfig: {
			themes: SHIKI_THEMES,
			wrap: false,
			// Both themes as CSS variables; global.css picks one by data-theme, so switching needs no re-render.
			defaultColor: false,
		},
	},
	integrations: [mdx(), pagefindIndex()],
	vite: {
		build: {
			rolldownOptions: {
				// Every MDX entry triggers this harmless warning (withastro/astro#18087); hide it so real warnings show.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
