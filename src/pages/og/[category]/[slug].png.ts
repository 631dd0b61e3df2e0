import type { APIRoute, GetStaticPaths } from 'astro';
import { getCategories, getErrors } from '../../../data/catalogue.ts';
import { ogCacheDir, ogImage, prepareOgImages, type OgCard } from '../../../lib/og-image.ts';
import { SITE_TITLE } from '../../../lib/site.ts';

/** Each error page's social card, at /og/<category>/<slug>.png: its category and first signature. */
export const getStaticPaths = (async () => {
	const [errors, categories] = await Promise.all([getErrors(), getCategories()]);
	const paths = errors.map((entry) => {
		const [category, slug] = entry.id.split('/');
		const card: OgCard = {
			category: categories.find((c) => c.id === entry.data.category)?.data.title ?? entry.data.category,
			signature: entry.data.signatures[0] ?? entry.data.title,
			site: SITE_TITLE,
		};
		return { params: { category, slug }, props: { card } };
	});
	// The build asks for the cards one at a time; drawing them all at once, on every core, is what keeps them cheap.
	void prepareOgImages(
		paths.map((p) => p.props.card),
		ogCacheDir(),
	);
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const png = await ogImage((props as { card: OgCard }).card, ogCacheDir());
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
