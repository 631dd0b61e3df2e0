import type { APIRoute } from 'astro';
import { absoluteUrl, fileWithBase, homePath, searchPath } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
	const sitemap = absoluteUrl(fileWithBase('sitemap-index.xml'), site ?? 'http://localhost:4321');
	return new Response(`User-agent: *\nAllow: ${homePath()}\nDisallow: ${searchPath()}\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
