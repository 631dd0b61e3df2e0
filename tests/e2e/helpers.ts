import { expect, type Page } from '@playwright/test';
import { fileWithBase, normalizeBase } from '../../src/lib/urls.ts';

/** Base path of the build under test: `/`, or `/error-atlas/` in the base-path run (playwright.base.config.ts). */
export const BASE = normalizeBase(process.env.E2E_BASE);

/** Returns a site path (`/search/?q=x`) under the base path of the build under test. */
export const at = (path: string) => fileWithBase(path, BASE);

/** The flagship page the journeys use. */
export const GHCR = at('/github-actions/ghcr-push-permission-denied/');

/** Collects console errors and page errors; call `expectClean()` at the end of a test. */
export function watchConsole(page: Page) {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	return {
		expectClean: () => expect(problems, 'console errors').toEqual([]),
	};
}
