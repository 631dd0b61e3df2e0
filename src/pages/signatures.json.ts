import type { APIRoute } from 'astro';
import { getErrors } from '../data/catalogue.ts';
import { buildSignatureIndex } from '../lib/signature-index.ts';

/** The paste matcher's index, built from the same validated content as the pages. */
export const GET: APIRoute = async () => {
	const errors = await getErrors();
	const index = buildSignatureIndex(
		errors.map((e) => ({
			id: e.id,
			title: e.data.title,
			category: e.data.category,
			signatures: e.data.signatures,
			matchVariants: e.data.matchVariants,
			umbrella: e.data.umbrella,
		})),
	);
	return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
