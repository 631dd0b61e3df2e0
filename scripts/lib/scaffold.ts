// Writes a new error page in the content contract, and its evaluation logs, for `npm run new`. Every value a writer
// must replace says TODO, so the page builds (it passes the schema) and fails the catalogue bar until it is written.
import { maskSecrets } from '../../src/lib/mask-secrets.ts';
import { BODY_SECTIONS } from './page-bar.ts';

// The paste box's "Suggest a new page" and its full-text fallback pick the error line the same way.
export { pickErrorLine } from '../../src/lib/error-line.ts';

const q = (text: string) => JSON.stringify(text);

/** What the scaffolder knows about the new page. */
export interface PageDraft {
	/** `<category>/<slug>`. */
	id: string;
	/** The error line, when a log was given. */
	signature?: string | undefined;
	/** The review date, `YYYY-MM-DD`. */
	date: string;
}

/** Returns the MDX of a new page: every frontmatter field with a TODO value, and the five body sections. */
export function scaffoldPage({ id, signature, date }: PageDraft): string {
	const [category = '', slug = ''] = id.split('/');
	// A placeholder signature names the page, so two new pages never share one (the build rejects shared signatures).
	const firstSignature = signature ?? `TODO: the error line exactly as the tool prints it (${id})`;
	const quote = signature ?? 'TODO: the error line exactly as the report shows it';
	const frontmatter = `---
# Replace every TODO; the catalogue test fails until none is left. The README's "Add an error page" explains each field.
title: ${q(`TODO: ${signature ? signature.slice(0, 100) : slug.replace(/-/g, ' ')}`)}
description: ${q('TODO: 50–160 characters on what this error means and the fix that usually works.')}
category: ${category}
signatures:
  - ${q(firstSignature)}
matchVariants: []
umbrella: false
causes:
  - title: ${q('TODO: the most common cause')}
    detail: ${q('TODO: what goes wrong, and how readers tell that this cause is theirs.')}
    fix: 1
quickFixes:
  - title: ${q('TODO: the fix that works most often, as an imperative sentence')}
    detail: ${q('TODO: why the fix works.')}
    code: |
      # TODO: copy-ready commands or configuration
    lang: bash
faq:
  - q: ${q('TODO: a question readers ask about this error?')}
    a: ${q('TODO: its answer.')}
  - q: ${q('TODO: a second question?')}
    a: ${q('TODO: its answer.')}
sources:
  - title: ${q('TODO: the official documentation page')}
    url: "https://example.com/TODO-official-documentation"
  - title: ${q('TODO: a second source')}
    url: "https://example.com/TODO-second-source"
evidence:
  - url: "https://example.com/TODO-public-report-1"
    title: ${q("TODO: the report's own title")}
    quote: ${q(quote)}
  - url: "https://example.com/TODO-public-report-2"
    title: ${q("TODO: the report's own title")}
    quote: ${q(quote)}
related: []
updated: ${date}
---
`;
	const guidance: Record<string, string> = {
		'## What the error means': 'TODO: what the tool was doing, and what it could not do, in plain words.',
		'## Diagnose it step by step': '1. TODO: the first check, with the command that shows the answer.\n2. TODO: the next check.',
		'## Platform notes': 'TODO: what differs on GitHub Actions, GitLab CI, a laptop, Windows or macOS.',
		'## Confirm the fix': 'TODO: the command or the log line that shows the error is gone.',
		'## Prevent it': 'TODO: the setting, pin or check that keeps it from coming back.',
	};
	return `${frontmatter}${BODY_SECTIONS.map((heading) => `\n${heading}\n\n${guidance[heading] ?? 'TODO'}\n`).join('')}`;
}

/** Returns the three evaluation logs of a new page: the given log as `ci.log` (secrets masked), TODO notes elsewhere. */
export function scaffoldLogs({ log, signature }: { log?: string | undefined; signature?: string | undefined }): Record<string, string> {
	return {
		'ci.log': log === undefined ? 'TODO: a whole CI log that ends in this error, secrets masked\n' : maskSecrets(log),
		'terminal.log': 'TODO: a terminal session that runs the failing command and shows this error\n',
		'short.log': `${signature ?? 'TODO: the error line alone, as a reader would paste it'}\n`,
	};
}
