import { describe, expect, test } from 'vitest';
import { checkInlineCode, moveCspMetaFirst } from '../../src/integrations/security-headers.ts';
import { formatHeadersFile, hashSource, mergePolicies, parsePolicy, serializePolicy } from '../../src/lib/csp.ts';
import { THEME_SCRIPT } from '../../src/lib/theme-script.ts';

describe('hashSource', () => {
	test('returns the base64 SHA-256 source a browser computes for the same text', () => {
		// The hash Chromium prints for an empty inline script.
		expect(hashSource('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		expect(hashSource(THEME_SCRIPT)).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
	});
});

describe('mergePolicies', () => {
	test('returns the union of the sources of each directive, in the order first seen', () => {
		const merged = mergePolicies([
			"default-src 'self'; script-src 'self' 'sha256-a'",
			"script-src 'self' 'sha256-b';style-src 'self'",
			"frame-ancestors 'none'",
		]);
		expect(serializePolicy(merged)).toBe(
			"default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'",
		);
	});

	test('parsePolicy keeps the first of a repeated directive, as browsers do', () => {
		expect(parsePolicy("script-src 'self'; SCRIPT-SRC *").get('script-src')).toEqual(["'self'"]);
	});
});

describe('formatHeadersFile', () => {
	test('returns one rule for every path', () => {
		expect(formatHeadersFile({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' })).toBe(
			'/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n',
		);
	});
});

describe('checkInlineCode', () => {
	const script = 'document.documentElement.dataset.theme = "dark";';
	const style = '.a{color:red}';
	const policy = `script-src 'self' '${hashSource(script)}'; style-src 'self' '${hashSource(style)}'`;

	test('returns nothing when every inline script and style is hashed, and skips data and external scripts', () => {
		const html = `<script>${script}</script><script type="application/ld+json">{"@type":"Thing"}</script><script type="module" src="/a.js"></script><style>${style}</style>`;
		expect(checkInlineCode(html, policy)).toEqual([]);
	});

	test('returns each inline script or style the policy does not allow', () => {
		const html = `<script type="module">alert(1)</script><style>.b{}</style>`;
		expect(checkInlineCode(html, policy)).toEqual([
			`inline script ${hashSource('alert(1)')} (alert(1)…) is not in script-src`,
			`inline style ${hashSource('.b{}')} (.b{}…) is not in style-src`,
		]);
	});
});

describe('moveCspMetaFirst', () => {
	test('returns the page with the CSP <meta> right after the charset, before any script', () => {
		const meta = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;
		const html = `<html><head><meta charset="utf-8"><script>x()</script><title>t</title>${meta}</head></html>`;
		expect(moveCspMetaFirst(html)).toBe(`<html><head><meta charset="utf-8">${meta}<script>x()</script><title>t</title></head></html>`);
	});
});
