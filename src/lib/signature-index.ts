// Shipped to the browser and used by the build and the CLI: the compact index of every page's signatures.
import { NORMALIZE_RULES_VERSION, signatureTokens } from './normalize.ts';
import { errorPath } from './urls.ts';

/** What the matcher shows about a page. */
export interface IndexedPage {
	id: string;
	title: string;
	category: string;
	/** Path under the site's base, e.g. `/docker/manifest-unknown/`: the same index serves a site at any base path. */
	url: string;
	/** True when the error usually wraps a more specific one printed earlier in the same log. */
	umbrella?: boolean;
	/** The page's one-line answer: its first quick fix's title, shown with a match. */
	fix?: string;
}

/** The static index served as `/signatures.json`. */
export interface SignatureIndex {
	/** Normalisation rules the tokens were made with; see NORMALIZE_RULES_VERSION. */
	rules: number;
	pages: IndexedPage[];
	/** `page` indexes `pages`; tokens in order, soft ones prefixed with `~`. */
	signatures: { page: number; tokens: string[] }[];
}

/** A page as the index builder reads it. */
export interface IndexSource {
	id: string;
	title: string;
	category: string;
	signatures: string[];
	/** Extra wordings used only for matching. */
	matchVariants?: string[];
	umbrella?: boolean;
	/** The first quick fix's title. */
	fix?: string;
}

/** Returns the signature index of the given pages, in id order. */
export function buildSignatureIndex(sources: IndexSource[]): SignatureIndex {
	const sorted = [...sources].sort((a, b) => a.id.localeCompare(b.id));
	const pages: IndexedPage[] = sorted.map((s) => ({
		id: s.id,
		title: s.title,
		category: s.category,
		url: errorPath(s.id, '/'),
		...(s.umbrella ? { umbrella: true } : {}),
		...(s.fix ? { fix: s.fix } : {}),
	}));
	const signatures = sorted.flatMap((source, page) =>
		[...source.signatures, ...(source.matchVariants ?? [])]
			.map((text) => ({ page, tokens: signatureTokens(text) }))
			.filter((s) => s.tokens.length > 0),
	);
	return { rules: NORMALIZE_RULES_VERSION, pages, signatures };
}
