// The fixed sections of an error page: their ids (headings, `aria-labelledby`, `#fragment` links) and their names in
// the table of contents, in reading order. The layout and each section component read them here.

/** One fixed section. */
interface PageSection {
	/** The heading's id, the target of `#<id>`. */
	id: string;
	/** Its entry in "On this page". */
	label: string;
}

/** Every fixed section of an error page. */
export const SECTIONS = {
	signatures: { id: 'signatures-heading', label: 'Error message' },
	causes: { id: 'causes', label: 'Causes' },
	quickFixes: { id: 'quick-fixes', label: 'Quick fixes' },
	faq: { id: 'faq', label: 'FAQ' },
	evidence: { id: 'evidence', label: 'Evidence' },
	sources: { id: 'sources', label: 'Sources' },
	related: { id: 'related', label: 'Related errors' },
} as const satisfies Record<string, PageSection>;

/** Returns the id of quick fix `number` (1 = the first): where a cause's "Fix N" link lands. */
export function fixId(number: number): string {
	return `fix-${number}`;
}

/** An entry of the table of contents. */
export interface TocItem {
	slug: string;
	text: string;
}

/** Which optional sections a page shows: each is left out of the page when its list is empty. */
interface Shown {
	faq: boolean;
	evidence: boolean;
	sources: boolean;
	related: boolean;
}

/** Returns the table of contents: the sections the page shows, with the MDX body's own headings after the fixes. */
export function buildToc(shown: Shown, bodyHeadings: TocItem[]): TocItem[] {
	const item = (section: PageSection): TocItem => ({ slug: section.id, text: section.label });
	return [
		item(SECTIONS.signatures),
		item(SECTIONS.causes),
		item(SECTIONS.quickFixes),
		...bodyHeadings,
		...(shown.faq ? [item(SECTIONS.faq)] : []),
		...(shown.evidence ? [item(SECTIONS.evidence)] : []),
		...(shown.sources ? [item(SECTIONS.sources)] : []),
		...(shown.related ? [item(SECTIONS.related)] : []),
	];
}
