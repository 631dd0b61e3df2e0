import { describe, expect, test } from 'vitest';
import { buildToc, SECTIONS } from '../../src/lib/error-page-sections.ts';

describe('buildToc', () => {
	test('returns the fixed sections in reading order, with the body headings after the fixes', () => {
		const toc = buildToc({ faq: true, evidence: true, sources: true, related: true }, [{ slug: 'prevent-it', text: 'Prevent it' }]);
		expect(toc.map((item) => item.slug)).toEqual([
			SECTIONS.signatures.id,
			SECTIONS.causes.id,
			SECTIONS.quickFixes.id,
			'prevent-it',
			SECTIONS.faq.id,
			SECTIONS.evidence.id,
			SECTIONS.sources.id,
			SECTIONS.related.id,
		]);
	});

	test('leaves out the optional sections the page does not show', () => {
		const toc = buildToc({ faq: false, evidence: true, sources: false, related: false }, []);
		expect(toc.map((item) => item.text)).toEqual(['Error message', 'Causes', 'Quick fixes', 'Evidence']);
	});
});

describe('SECTIONS', () => {
	test('gives each section its own id', () => {
		const ids = Object.values(SECTIONS).map((section) => section.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
