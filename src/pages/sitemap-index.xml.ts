import type { APIRoute } from 'astro';
import { getErrors } from '../data/catalogue.ts';
import { buildSitemapIndex } from '../lib/sitemap.ts';
import { absoluteUrl, fileWithBase } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
	const errors = await getErrors();
	const lastmod = new Date(Math.max(...errors.map((e) => e.data.updated.getTime())));
	return new Response(buildSitemapIndex([{ loc: absoluteUrl(fileWithBase('sitemap-0.xml'), site ?? 'http://localhost:4321'), lastmod }]), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
