import { expect, test } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/read-catalogue.ts';
import { buildSignatureIndex } from '../../src/lib/signature-index.ts';

// The site's matcher and the CLI's must answer alike: the index the site serves is the one the CLI builds from content/.
test('the served signatures.json is the index the CLI builds from content/', async ({ request }) => {
	const response = await request.get('/signatures.json');
	expect(response.ok()).toBe(true);
	expect(await response.json()).toEqual(buildSignatureIndex(await loadCatalogue('content')));
});
