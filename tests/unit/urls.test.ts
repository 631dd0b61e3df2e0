import { expect, test } from 'vitest';
import { newPageIssueUrl, pageProblemIssueUrl } from '../../src/lib/site.ts';
import {
	absoluteUrl,
	BASE,
	categoryPath,
	errorPath,
	fileWithBase,
	homePath,
	normalizeBase,
	pagefindPath,
	pathWithBase,
	searchPath,
	signaturesPath,
	urlUnderSite,
} from '../../src/lib/urls.ts';

test('normalizeBase gives one leading and one trailing slash whatever ATLAS_BASE looks like', () => {
	for (const base of [undefined, '', '/', '//']) expect(normalizeBase(base)).toBe('/');
	for (const base of ['error-atlas', '/error-atlas', 'error-atlas/', '/error-atlas/', '//error-atlas//']) {
		expect(normalizeBase(base)).toBe('/error-atlas/');
	}
	expect(normalizeBase('/docs/atlas')).toBe('/docs/atlas/');
});

test('paths outside a Vite build are site-relative', () => {
	expect(BASE).toBe('/');
	expect(errorPath('docker/manifest-unknown')).toBe('/docker/manifest-unknown/');
	expect(homePath()).toBe('/');
});

test('every kind of URL goes under the base path', () => {
	const base = '/error-atlas/';
	expect(homePath(base)).toBe('/error-atlas/');
	expect(errorPath('docker/manifest-unknown', base)).toBe('/error-atlas/docker/manifest-unknown/');
	expect(categoryPath('docker', base)).toBe('/error-atlas/docker/');
	expect(pathWithBase('/search', base)).toBe('/error-atlas/search/');
	expect(fileWithBase('/favicon.svg', base)).toBe('/error-atlas/favicon.svg');
	expect(signaturesPath(base)).toBe('/error-atlas/signatures.json');
	expect(pagefindPath(base)).toBe('/error-atlas/pagefind/pagefind.js');
	expect(searchPath(undefined, base)).toBe('/error-atlas/search/');
	expect(searchPath({ q: 'denied: write_package', category: 'Docker' }, base)).toBe(
		'/error-atlas/search/?q=denied%3A+write_package&category=Docker',
	);
});

test('absolute URLs keep the base; a deployed site keeps its own path', () => {
	expect(absoluteUrl('/error-atlas/docker/', 'https://acme.github.io')).toBe('https://acme.github.io/error-atlas/docker/');
	expect(urlUnderSite('https://acme.github.io/error-atlas', '/docker/x/')).toBe('https://acme.github.io/error-atlas/docker/x/');
	expect(urlUnderSite('https://acme.github.io/error-atlas/', 'docker/x/')).toBe('https://acme.github.io/error-atlas/docker/x/');
	expect(urlUnderSite(new URL('https://errors.example.org/'), '/docker/x/')).toBe('https://errors.example.org/docker/x/');
});

test('the site opens the issue forms with the template chosen and the page id filled in', () => {
	const repo = 'https://github.com/acme/error-atlas';
	expect(newPageIssueUrl(repo)).toBe('https://github.com/acme/error-atlas/issues/new?template=new-error-page.yml&title=New+error+page%3A+');
	expect(pageProblemIssueUrl('docker/manifest-unknown', repo)).toBe(
		'https://github.com/acme/error-atlas/issues/new?template=problem-on-a-page.yml&title=Problem+on+docker%2Fmanifest-unknown%3A+&page-id=docker%2Fmanifest-unknown',
	);
});
