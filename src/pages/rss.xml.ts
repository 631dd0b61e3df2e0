import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getErrors, recentlyReviewed } from '../data/catalogue.ts';
import { errorPath, SITE_TAGLINE, SITE_TITLE } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
	const errors = recentlyReviewed(await getErrors(), 50);
	return rss({
		title: `${SITE_TITLE}: recently reviewed errors`,
		description: SITE_TAGLINE,
		site: site ?? 'http://localhost:4321',
		trailingSlash: true,
		items: errors.map((e) => ({
			title: e.data.title,
			description: e.data.description,
			link: errorPath(e.id),
			pubDate: e.data.updated,
			categories: [e.data.category],
		})),
	});
};
