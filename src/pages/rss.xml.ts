import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getErrors, recentlyReviewed } from '../data/catalogue.ts';
import { SITE_TAGLINE, SITE_TITLE } from '../lib/site.ts';
import { absoluteUrl, errorPath, homePath } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
	const errors = recentlyReviewed(await getErrors(), 50);
	return rss({
		title: `${SITE_TITLE}: recently reviewed errors`,
		description: SITE_TAGLINE,
		// The channel link is the home page, under the base path; item links are absolute for the same reason.
		site: absoluteUrl(homePath(), site ?? 'http://localhost:4321'),
		trailingSlash: true,
		items: errors.map((e) => ({
			title: e.data.title,
			description: e.data.description,
			link: absoluteUrl(errorPath(e.id), site ?? 'http://localhost:4321'),
			pubDate: e.data.updated,
			categories: [e.data.category],
		})),
	});
};
