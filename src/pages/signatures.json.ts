import type { APIRoute } from 'astro';
import { getErrors } from '../data/catalogue.ts';
import { toIndexSource } from '../lib/content-contract.ts';
import { buildSignatureIndex } from '../lib/signature-index.ts';

/** The paste matcher's index, built from the same validated content as the pages, by the mapping the CLI uses. */
export const GET: APIRoute = async () => {
	const errors = await getErrors();
	const index = buildSignatureIndex(errors.map((e) => toIndexSource(e.id, e.data)));
	return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
