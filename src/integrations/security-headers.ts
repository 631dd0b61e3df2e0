import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	HEADER_ONLY_DIRECTIVES,
	SECURITY_HEADERS,
	formatHeadersFile,
	hashSource,
	mergePolicies,
	parsePolicy,
	serializePolicy,
} from '../lib/csp.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const CHARSET = /<meta charset="?utf-8"?\s*\/?>/i;
// Script types a browser runs; anything else (application/ld+json) is data and needs no hash.
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const decode = (text: string) =>
	text.replace(/&#39;|&#x27;|&quot;|&amp;/g, (entity) => ({ '&#39;': "'", '&#x27;': "'", '&quot;': '"', '&amp;': '&' })[entity] ?? entity);

/** Returns the problems with one page: an inline script or style its policy does not allow. */
export function checkInlineCode(html: string, policy: string): string[] {
	const directives = parsePolicy(policy);
	const scriptSources = directives.get('script-src-elem') ?? directives.get('script-src') ?? [];
	const styleSources = directives.get('style-src-elem') ?? directives.get('style-src') ?? [];
	const problems: string[] = [];
	for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (/\ssrc=/i.test(attributes)) continue;
		const type = /\stype=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
		if (!RUNNABLE.has((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase())) continue;
		const hash = hashSource(body);
		if (!scriptSources.includes(`'${hash}'`)) problems.push(`inline script ${hash} (${body.trim().slice(0, 40)}…) is not in script-src`);
	}
	for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
		const hash = hashSource(body);
		if (!styleSources.includes(`'${hash}'`)) problems.push(`inline style ${hash} (${body.trim().slice(0, 40)}…) is not in style-src`);
	}
	return problems;
}

/** Returns the page with its CSP <meta> moved to the top of <head>, so the policy covers every script after it. */
export function moveCspMetaFirst(html: string): string {
	const meta = META.exec(html);
	if (!meta) return html;
	const without = html.replace(meta[0], '');
	const anchor = CHARSET.exec(without) ?? /<head\b[^>]*>/i.exec(without);
	if (!anchor) return html;
	const at = anchor.index + anchor[0].length;
	return without.slice(0, at) + meta[0] + without.slice(at);
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/**
 * After the build: moves each page's CSP <meta> (which Astro writes at the end of <head>) before the inline theme
 * script, fails the build when an inline script or style is missing from its page's policy, and writes
 * `dist/_headers` with the union of the pages' policies plus the header-only directives and security headers.
 */
export default function securityHeaders(): AstroIntegration {
	return {
		name: 'error-atlas:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const policies: string[] = [];
				const problems: string[] = [];
				for (const file of await htmlFiles(site)) {
					const html = await readFile(file, 'utf8');
					const meta = META.exec(html);
					const where = path.relative(site, file);
					if (!meta?.[1]) {
						problems.push(`${where}: no Content-Security-Policy <meta>`);
						continue;
					}
					const policy = decode(meta[1]);
					policies.push(policy);
					problems.push(...checkInlineCode(html, policy).map((problem) => `${where}: ${problem}`));
					await writeFile(file, moveCspMetaFirst(html));
				}
				if (problems.length > 0) throw new Error(`Content-Security-Policy check failed:\n${problems.slice(0, 20).join('\n')}`);
				const policy = mergePolicies([...policies, HEADER_ONLY_DIRECTIVES.join('; ')]);
				await writeFile(
					path.join(site, '_headers'),
					formatHeadersFile({ 'Content-Security-Policy': serializePolicy(policy), ...SECURITY_HEADERS }),
				);
				logger.info(`checked the CSP of ${policies.length} pages; wrote _headers`);
			},
		},
	};
}
