// Every URL the site writes, in one place, under the base path it is served from (`ATLAS_BASE`, e.g. `/error-atlas/`
// for a GitHub project site). Browser-safe: pages, components, endpoints, the browser modules and the CLI share it.
// Modelled on Starlight's utils/base.ts (pathWithBase, fileWithBase).

/** Returns a base path as `/` or `/a/b/`: one leading slash, one trailing slash, no empty segments. */
export function normalizeBase(base: string | undefined): string {
	const segments = (base ?? '').split('/').filter((s) => s.trim() !== '');
	return segments.length > 0 ? `/${segments.join('/')}/` : '/';
}

/**
 * The base path of this build: Astro's `base`, which Vite inlines as `import.meta.env.BASE_URL` in pages and browser
 * modules. Outside a Vite build (the CLI, scripts) there is no `import.meta.env`, and paths are site-relative: `/`.
 */
export const BASE = normalizeBase((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL);

const stripLeadingSlashes = (path: string) => path.replace(/^\/+/, '');

/** Returns a page path under the base, with the trailing slash every page URL has: `docker` → `/error-atlas/docker/`. */
export function pathWithBase(path: string, base: string = BASE): string {
	const inner = stripLeadingSlashes(path);
	return normalizeBase(base) + (inner === '' || inner.endsWith('/') ? inner : `${inner}/`);
}

/** Returns a file path under the base, as written: `favicon.svg` → `/error-atlas/favicon.svg`. */
export function fileWithBase(file: string, base: string = BASE): string {
	return normalizeBase(base) + stripLeadingSlashes(file);
}

/** Returns the path of an error page: `/<base>/<category>/<slug>/`. With `base` `/`, the form the signature index stores. */
export function errorPath(id: string, base: string = BASE): string {
	return pathWithBase(`${id}/`, base);
}

/** Returns the path of a category page: `/<base>/<category>/`. */
export function categoryPath(categoryId: string, base: string = BASE): string {
	return pathWithBase(`${categoryId}/`, base);
}

/** Returns the path of the home page: the base itself. */
export function homePath(base: string = BASE): string {
	return normalizeBase(base);
}

/** Returns the path of the search page, with `?q=` (and `&category=`) when given. */
export function searchPath(query?: { q?: string; category?: string }, base: string = BASE): string {
	const params = new URLSearchParams();
	if (query?.q) params.set('q', query.q);
	if (query?.category) params.set('category', query.category);
	const search = params.toString();
	return pathWithBase('search/', base) + (search ? `?${search}` : '');
}

/** Path of the paste matcher's signature index, fetched by the browser worker and by `error-atlas --online`. */
export function signaturesPath(base: string = BASE): string {
	return fileWithBase('signatures.json', base);
}

/** Path of Pagefind's browser module, written by the build under `pagefind/`. */
export function pagefindPath(base: string = BASE): string {
	return fileWithBase('pagefind/pagefind.js', base);
}

/** Returns the absolute URL of a path that already carries the base: canonical URLs, the sitemap, feeds, JSON-LD. */
export function absoluteUrl(path: string, site: URL | string): string {
	return new URL(path, site).href;
}

/**
 * Returns the absolute URL of a site-relative path (as the signature index stores it) on a site given by its full
 * address, under that address's own path: `https://example.org/atlas` + `/docker/x/` → `https://example.org/atlas/docker/x/`.
 * Used where the base is not this build's but a deployed site's (the CLI's `--site`).
 */
export function urlUnderSite(site: URL | string, path: string): string {
	const href = typeof site === 'string' ? site : site.href;
	return new URL(stripLeadingSlashes(path), href.endsWith('/') ? href : `${href}/`).href;
}
