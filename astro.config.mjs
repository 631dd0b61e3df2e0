// @ts-check
import { createHash } from 'node:crypto';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentSafety } from './src/integrations/content-safety.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { resolveContentDir } from './src/lib/content-dir.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, hashSource } from './src/lib/csp.ts';
import { SHIKI_THEMES, SITE_URL } from './src/lib/site.ts';
import { THEME_SCRIPT } from './src/lib/theme-script.ts';
import { normalizeBase } from './src/lib/urls.ts';

export default defineConfig({
	// The public origin; set ATLAS_SITE_URL when deploying elsewhere. Canonical URLs, the sitemap and feeds use it.
	site: SITE_URL,
	// The path the site is served under, e.g. /error-atlas/ for a GitHub project site; set ATLAS_BASE. Every link, asset,
	// the search index and the matcher's index follow it (src/lib/urls.ts).
	base: normalizeBase(process.env.ATLAS_BASE),
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
	security: {
		// Astro writes a CSP <meta> into each page with the hashes of the scripts and styles it bundled;
		// securityHeaders() then checks every inline script is covered and writes the same policy to _headers.
		csp: {
			directives: CSP_DIRECTIVES,
			scriptDirective: { resources: SCRIPT_SOURCES, hashes: [hashSource(THEME_SCRIPT)] },
			// Shiki colours code with style attributes (CSS variables); <style> elements stay hash-only.
			styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	integrations: [
		// Page bodies are data: the build fails on ESM, JSX expressions, raw HTML, event handlers and script links.
		mdx({ processor: satteri({ mdastPlugins: [contentSafety(resolveContentDir())] }) }),
		securityHeaders(),
		pagefindIndex(),
	],
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
