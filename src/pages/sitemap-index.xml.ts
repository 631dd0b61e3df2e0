import type { APIRoute } from 'astro';
import { getErrors } from '../data/catalogue.ts';
import { buildSitemapIndex } from '../lib/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
	const errors = await getErrors();
	const lastmod = new Date(Math.max(...errors.map((e) => e.data.updated.getTime())));
	return new Response(buildSitemapIndex([{ loc: new URL('/sitemap-0.xml', site).href, lastmod }]), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
