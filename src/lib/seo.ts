// Builders for search-engine metadata. Pure, so tests can pin their output.

/** A step in a breadcrumb trail; the last one is the current page. */
export interface Crumb {
	name: string;
	/** Absolute URL. */
	url: string;
}

/** Returns the `<title>`: the page's own words first, the site name last. */
export function buildPageTitle(title: string, siteTitle: string): string {
	return title === siteTitle ? siteTitle : `${title} | ${siteTitle}`;
}

/** Returns schema.org BreadcrumbList JSON-LD. */
export function buildBreadcrumbJsonLd(crumbs: Crumb[]): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.name,
			item: crumb.url,
		})),
	};
}

/** What a TechArticle needs. */
export interface ArticleMeta {
	title: string;
	description: string;
	url: string;
	image: string;
	updated: Date;
	publisher: string;
	keywords: string[];
	/** Public reports and documentation the page rests on. */
	citations?: { title: string; url: string }[];
}

/** Returns schema.org TechArticle JSON-LD for an error page. */
export function buildTechArticleJsonLd(meta: ArticleMeta): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'TechArticle',
		headline: meta.title,
		description: meta.description,
		url: meta.url,
		mainEntityOfPage: meta.url,
		image: meta.image,
		dateModified: meta.updated.toISOString(),
		datePublished: meta.updated.toISOString(),
		keywords: meta.keywords.join(', '),
		publisher: { '@type': 'Organization', name: meta.publisher },
		author: { '@type': 'Organization', name: meta.publisher },
		...(meta.citations?.length ? { citation: meta.citations.map((c) => ({ '@type': 'CreativeWork', name: c.title, url: c.url })) } : {}),
	};
}

/** Serialises JSON-LD for a `<script>` element; escapes `<` so a value can never close the element. */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
