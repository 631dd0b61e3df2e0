// Sitemap XML builders. Hand-written because each page's <lastmod> must be its reviewed date from the content.

/** One URL in a sitemap. */
export interface SitemapUrl {
	loc: string;
	lastmod?: Date;
}

const escapeXml = (text: string) =>
	text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

/** Returns a `<urlset>` document. */
export function buildUrlset(urls: SitemapUrl[]): string {
	const rows = urls.map(
		(u) => `<url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</urlset>\n`;
}

/** Returns a `<sitemapindex>` document. */
export function buildSitemapIndex(sitemaps: SitemapUrl[]): string {
	const rows = sitemaps.map(
		(s) =>
			`<sitemap><loc>${escapeXml(s.loc)}</loc>${s.lastmod ? `<lastmod>${s.lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</sitemap>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</sitemapindex>\n`;
}
