import type { APIRoute } from 'astro';
import { getCategories, getErrors } from '../data/catalogue.ts';
import { buildUrlset } from '../lib/sitemap.ts';
import { absoluteUrl, categoryPath, errorPath, homePath } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
	const [errors, categories] = await Promise.all([getErrors(), getCategories()]);
	// A category without pages yet has no review date to report.
	const newest = (dates: Date[]) => (dates.length > 0 ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined);
	const at = (path: string) => absoluteUrl(path, site ?? 'http://localhost:4321');
	const withLastmod = (loc: string, lastmod: Date | undefined) => (lastmod ? { loc, lastmod } : { loc });
	const urls = [
		withLastmod(at(homePath()), newest(errors.map((e) => e.data.updated))),
		...categories.map((c) =>
			withLastmod(at(categoryPath(c.id)), newest(errors.filter((e) => e.data.category === c.id).map((e) => e.data.updated))),
		),
		...errors.map((e) => ({ loc: at(errorPath(e.id)), lastmod: e.data.updated })),
	];
	return new Response(buildUrlset(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
