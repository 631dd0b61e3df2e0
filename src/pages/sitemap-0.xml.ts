import type { APIRoute } from 'astro';
import { getCategories, getErrors } from '../data/catalogue.ts';
import { buildUrlset } from '../lib/sitemap.ts';
import { categoryPath, errorPath } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
	const [errors, categories] = await Promise.all([getErrors(), getCategories()]);
	const newest = (dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));
	const at = (path: string) => new URL(path, site).href;
	const urls = [
		{ loc: at('/'), lastmod: newest(errors.map((e) => e.data.updated)) },
		...categories.map((c) => ({
			loc: at(categoryPath(c.id)),
			lastmod: newest(errors.filter((e) => e.data.category === c.id).map((e) => e.data.updated)),
		})),
		...errors.map((e) => ({ loc: at(errorPath(e.id)), lastmod: e.data.updated })),
	];
	return new Response(buildUrlset(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
