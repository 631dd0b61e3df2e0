import { z } from 'astro/zod';

/** Lower-case words joined by single hyphens: the shape of a category id and a page slug. */
export const idSegment = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

/** An error page id, `<category>/<slug>`. */
export const errorId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an error id like "docker/manifest-unknown"');

/** An https link to a page that backs up the page's claims. */
export const sourceSchema = z.strictObject({
	/** The linked page's own title. */
	title: z.string().min(3),
	/** Absolute https URL, verified to exist. */
	url: z.url('expected an absolute URL').refine((url) => url.startsWith('https://'), 'sources must use https:// URLs'),
});

const EVIDENCE_MIN_MESSAGE = 'add at least two public reports that show this error verbatim (url, title, quote)';

/** A public report that shows the error verbatim: the proof that the page is about an error people really get. */
export const evidenceSchema = z.strictObject({
	/** Absolute https URL of the report (an issue, pull request, forum question, or the tool's source printing it). */
	url: z.url('expected an absolute URL').refine((url) => url.startsWith('https://'), 'evidence must use https:// URLs'),
	/** The report's own title. */
	title: z.string().trim().min(3),
	/** The error line exactly as the report shows it, one line, with any token masked. */
	quote: z
		.string()
		.trim()
		.min(8, 'quote the whole error line as the report shows it')
		.max(600, 'quote one error line (at most 600 characters), not a whole log')
		.refine((s) => !s.includes('\n'), 'quote a single line'),
});

/** One reason the error happens. */
export const causeSchema = z.strictObject({
	/** Short statement of the cause. */
	title: z.string().min(3),
	/** What goes wrong and how a reader tells that this cause is theirs. */
	detail: z.string().min(10),
	/** Number of the quick fix that addresses this cause (1 = the first); the cause links to it. */
	fix: z.number().int().min(1, 'fix is the number of a quick fix, 1 for the first').optional(),
});

/** One fix a reader can apply now. */
export const quickFixSchema = z.strictObject({
	/** An imperative sentence; the first fix's title is the page's one-line answer. */
	title: z.string().min(3),
	/** Why the fix works. */
	detail: z.string().min(10),
	/** Copy-ready code, highlighted with Shiki. */
	code: z.string().optional(),
	/** Shiki language of `code`. */
	lang: z.string().default('bash'),
});

/** A question readers ask, with its answer. */
export const faqSchema = z.strictObject({
	q: z.string().min(5),
	a: z.string().min(5),
});

/** Frontmatter of `content/errors/<category>/<slug>.mdx`. Strict, like every object here: a misspelt key (`quickfixes`) fails the build. */
export const errorPageSchema = z
	.strictObject({
		/** Page heading and the lead of the `<title>`; starts with the error people search for. */
		title: z.string().min(5).max(120),
		/** Meta description shown by search engines. */
		description: z
			.string()
			.min(50, 'description must be 50–160 characters (it is the meta description); this one is too short')
			.max(160, 'description must be 50–160 characters (it is the meta description); this one is too long'),
		/** Category id; must equal the folder the file is in. */
		category: idSegment,
		/** Error lines exactly as the tool prints them; the first is canonical. */
		signatures: z
			.array(
				z
					.string()
					.trim()
					.min(8, 'a signature must be a real error line of at least 8 characters')
					.refine((s) => !s.includes('\n'), 'a signature is a single line; add each line as its own signature'),
			)
			.min(1, 'add at least one signature: the error line exactly as the tool prints it'),
		/** Causes, most common first. */
		causes: z.array(causeSchema).min(1, 'add at least one cause'),
		/** Fixes, best first. */
		quickFixes: z.array(quickFixSchema).min(1, 'add at least one quick fix'),
		/** Questions and answers. */
		faq: z.array(faqSchema).default([]),
		/** Where the facts come from, official documentation first. */
		sources: z.array(sourceSchema).default([]),
		/** Public reports where the error was seen verbatim, at least two, each URL once. */
		evidence: z
			.array(evidenceSchema, { error: (issue) => (issue.input === undefined ? EVIDENCE_MIN_MESSAGE : undefined) })
			.min(2, EVIDENCE_MIN_MESSAGE)
			.refine((list) => new Set(list.map((e) => e.url)).size === list.length, 'each evidence URL may appear only once'),
		/** Ids of the pages to read next; each must exist. */
		related: z.array(errorId).default([]),
		/** Date of the page's last real review. */
		updated: z.coerce.date(),
		/** Other wordings of the error, used only by the paste matcher (e.g. a line that tools print around it). */
		matchVariants: z.array(z.string().trim().min(8)).default([]),
		/** True when this error usually wraps a more specific one earlier in the log (git's exit code 128). */
		umbrella: z.boolean().default(false),
	})
	.superRefine((page, context) => {
		page.causes.forEach((cause, i) => {
			if (cause.fix !== undefined && cause.fix > page.quickFixes.length) {
				context.addIssue({
					code: 'custom',
					path: ['causes', i, 'fix'],
					message: `fix ${cause.fix} does not exist: this page has ${page.quickFixes.length} quick fixes`,
				});
			}
		});
	});

/** Validated frontmatter of an error page. */
export type ErrorPageData = z.infer<typeof errorPageSchema>;
