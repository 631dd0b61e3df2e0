// Node only: the site's Content-Security-Policy and security headers, shared by astro.config.mjs and the build
// step that checks each page's policy and writes `_headers`.
import { createHash } from 'node:crypto';

/** A directive with its sources, typed as Astro's `security.csp.directives` expects. */
type Directive = `${'default-src' | 'object-src' | 'base-uri' | 'form-action' | 'worker-src'} ${string}`;

/** Directives every page carries besides `script-src` and `style-src`, which Astro writes with each page's hashes. */
export const CSP_DIRECTIVES: Directive[] = [
	"default-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
	// The paste matcher and Pagefind each run in a worker loaded from the site itself.
	"worker-src 'self'",
];

/** Sources of `script-src` besides hashes: the site's own files, and WebAssembly for Pagefind's search. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** Directives that browsers ignore in a `<meta>` policy, so they are sent only as a header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** Headers sent with every file by hosts that read `_headers` (Netlify, Cloudflare Pages), besides the CSP. */
export const SECURITY_HEADERS: Record<string, string> = {
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Content-Type-Options': 'nosniff',
};

/** Returns the CSP hash source (`sha256-…`, without quotes) of a script or style text, as browsers compute it. */
export function hashSource(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Returns a policy as directive name → sources, in the order written; a repeated directive keeps the first. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** Returns the policy text for directive name → sources. */
export function serializePolicy(directives: Map<string, string[]>): string {
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Returns one policy that allows what each of `policies` allows: the union of the sources of each directive.
 * Sent as a header beside a page's own `<meta>` policy, it narrows nothing: browsers enforce both, so each page
 * keeps exactly the hashes its meta names.
 */
export function mergePolicies(policies: string[]): Map<string, string[]> {
	const merged = new Map<string, string[]>();
	for (const policy of policies) {
		for (const [name, sources] of parsePolicy(policy)) {
			const known = merged.get(name) ?? [];
			for (const source of sources) if (!known.includes(source)) known.push(source);
			merged.set(name, known);
		}
	}
	return merged;
}

/** Returns a `_headers` file (Netlify and Cloudflare Pages format) sending `headers` with every path. */
export function formatHeadersFile(headers: Record<string, string>): string {
	const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
	return `/*\n${lines.join('\n')}\n`;
}
