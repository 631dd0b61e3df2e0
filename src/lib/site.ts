// Site-wide constants shared by pages, feeds and the CLI.

/** The product name. */
export const SITE_TITLE = 'Error Atlas';

/** The strapline used on the home page and in feeds. */
export const SITE_TAGLINE = 'Exact fixes for exact build and CI errors';

/** Public origin of the site; override with ATLAS_SITE_URL. */
export const SITE_URL = (typeof process !== 'undefined' && process.env?.ATLAS_SITE_URL) || 'https://error-atlas.dev';

/** Repository that holds the content, for "edit this page" links; override with ATLAS_REPO_URL. */
export const REPO_URL = (typeof process !== 'undefined' && process.env?.ATLAS_REPO_URL) || 'https://github.com/error-atlas/error-atlas';

/** Shiki themes for code in MDX bodies and quick fixes; global.css switches between them by data-theme. */
export const SHIKI_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Returns the repository URL that opens a content file in the web editor. */
export function editUrl(filePath: string, repoUrl: string = REPO_URL): string {
	const relative = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
	return `${repoUrl}/edit/main/${relative}`;
}

/** Returns the URL that opens the repository's "New error page" issue form (.github/ISSUE_TEMPLATE/new-error-page.yml). */
export function newPageIssueUrl(repoUrl: string = REPO_URL): string {
	const params = new URLSearchParams({ template: 'new-error-page.yml', title: 'New error page: ' });
	return `${repoUrl}/issues/new?${params}`;
}

/** Returns the URL that opens the "Problem on a page" issue form with the page id filled in. */
export function pageProblemIssueUrl(pageId: string, repoUrl: string = REPO_URL): string {
	const params = new URLSearchParams({ template: 'problem-on-a-page.yml', title: `Problem on ${pageId}: `, 'page-id': pageId });
	return `${repoUrl}/issues/new?${params}`;
}

/** Formats a review date the same way everywhere, e.g. "24 November 2026". */
export function formatDate(date: Date): string {
	return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Returns the date as `YYYY-MM-DD` for machine-readable attributes. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
