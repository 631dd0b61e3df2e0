// Turns match results into the CLI's text, Markdown summary and GitHub annotations.
// matchLog masks secrets already; each formatter masks again as its last step, so no output depends on that alone.
import { maskSecrets } from '../lib/mask-secrets.ts';
import type { MatchedLine, MatchResult } from '../lib/match.ts';
import { searchPath, urlUnderSite } from '../lib/urls.ts';

/** Returns the line that says which part of the log was not read, or '' when all of it was. */
export function formatSkipped(result: MatchResult): string {
	return result.skipped ? `Only the end of the log was read: its first ${result.skipped.lines} lines were skipped.\n` : '';
}

/** Returns the plain-text report printed to the terminal. */
export function formatText(result: MatchResult, site: string): string {
	if (result.matches.length === 0) {
		return `${formatSkipped(result)}No known match in ${result.lineCount} lines. Search the site by the error text: ${urlUnderSite(site, searchPath(undefined, '/'))}\n`;
	}
	const out: string[] = formatSkipped(result) ? [formatSkipped(result).trimEnd()] : [];
	const sure = result.matches.filter((m) => m.confidence !== 'weak');
	result.matches.forEach((match, i) => {
		// Weak matches share some words with the log and may not be its error: they stand apart, under their own label.
		if (match.confidence === 'weak' && i === sure.length)
			out.push('', sure.length ? 'Less sure (weak matches, may not be your error):' : 'Only weak matches (may not be your error):');
		else if (i === 1) out.push('', 'Also in this log:');
		out.push(`${i + 1}. [${match.confidence}] ${match.page.title}`);
		out.push(`   ${urlUnderSite(site, match.page.url)}`);
		out.push(`   line ${match.evidence.number}: ${maskSecrets(match.evidence.text).slice(0, 200)}`);
		if (match.wording) out.push(`   matched: ${maskSecrets(match.wording).slice(0, 200)}`);
	});
	return maskSecrets(`${out.join('\n')}\n`);
}

/** Returns the Markdown appended to the GitHub Actions job summary. */
export function formatSummary(result: MatchResult, site: string): string {
	if (result.matches.length === 0) return '';
	const rows = result.matches.map((m) => {
		const line = m.evidence;
		const where = line.text ? `line ${line.number}: \`${maskSecrets(line.text).slice(0, 120).replace(/`/g, "'")}\`` : '';
		return `| [${m.page.title.replace(/\|/g, '\\|')}](${urlUnderSite(site, m.page.url)}) | ${m.confidence} | ${where.replace(/\|/g, '\\|')} |`;
	});
	return maskSecrets(
		['### Error Atlas: known errors in this log', '', '| Page | Confidence | Matched |', '| --- | --- | --- |', ...rows, ''].join('\n'),
	);
}

/** Escapes a workflow command's message: %, CR and LF. */
export const escapeCommand = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeCommand(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Returns one `::error` workflow command per matched page. */
export function formatAnnotations(result: MatchResult, site: string): string {
	return maskSecrets(
		result.matches
			.map(
				(m) =>
					`::error title=${escapeProperty(`Error Atlas: ${m.page.title}`)}::${escapeCommand(`${m.confidence} match. Fix: ${urlUnderSite(site, m.page.url)}`)}\n`,
			)
			.join(''),
	);
}

/** Characters of a matched line or captured value that `--json` echoes; a minified bundle line can be megabytes. */
export const MAX_ECHO_CHARS = 300;
// Characters kept before the first highlight when a long line is cut, so the match reads in context.
const ECHO_LEAD = 60;

/** Returns the line cut to about MAX_ECHO_CHARS around its first highlight, `…` marking each cut, highlights moved. */
export function clipLine(line: MatchedLine): MatchedLine {
	if (line.text.length <= MAX_ECHO_CHARS) return line;
	const from = Math.max(0, Math.min((line.highlights[0]?.[0] ?? 0) - ECHO_LEAD, line.text.length - MAX_ECHO_CHARS));
	const to = from + MAX_ECHO_CHARS;
	const lead = from > 0 ? '…' : '';
	const shift = lead.length - from;
	const highlights = line.highlights
		.map(([start, end]): [number, number] => [Math.max(start, from) + shift, Math.min(end, to) + shift])
		.filter(([start, end]) => end > start);
	return { ...line, text: `${lead}${line.text.slice(from, to)}${to < line.text.length ? '…' : ''}`, highlights };
}

/** Returns the `--json` output: the result with long lines and captured values cut to MAX_ECHO_CHARS. */
export function formatJson(result: MatchResult): string {
	const clipValue = (value: string) => (value.length > MAX_ECHO_CHARS ? `${value.slice(0, MAX_ECHO_CHARS)}…` : value);
	const matches = result.matches.map((match) => ({
		...match,
		// Masked before the cut, so a cut never shortens a secret below the length at which it is recognised.
		lines: match.lines.map((line) => clipLine({ ...line, text: maskSecrets(line.text) })),
		evidence: clipLine({ ...match.evidence, text: maskSecrets(match.evidence.text) }),
		wording: clipValue(maskSecrets(match.wording)),
		captures: match.captures.map((capture) => ({ ...capture, value: clipValue(maskSecrets(capture.value)) })),
	}));
	return `${JSON.stringify({ ...result, matches }, null, 2)}\n`;
}
