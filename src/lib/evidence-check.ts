// Shipped with the content tests and `npm run check:evidence`; pure logic, no DOM or Node APIs.
// Proves that each page's evidence quotes are the error the page is about: the matcher must answer with that page first.
import { matchLog, type Confidence, type PreparedIndex } from './match.ts';

/** A quote whose best match is not its own page, or not sure enough. */
export interface EvidenceMiss {
	page: string;
	url: string;
	quote: string;
	/** The first page the matcher answered, if any. */
	got?: string;
	confidence?: Confidence;
}

/** Returns the quotes that do not map to their own page first with an exact or likely match. */
export function findEvidenceMisses(
	prepared: PreparedIndex,
	pages: { id: string; evidence: { url: string; quote: string }[] }[],
): EvidenceMiss[] {
	const misses: EvidenceMiss[] = [];
	for (const page of pages) {
		for (const { url, quote } of page.evidence) {
			const first = matchLog(prepared, quote, { top: 1 }).matches[0];
			if (first?.page.id === page.id && first.confidence !== 'weak') continue;
			misses.push({ page: page.id, url, quote, ...(first ? { got: first.page.id, confidence: first.confidence } : {}) });
		}
	}
	return misses;
}
