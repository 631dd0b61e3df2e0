import { expect, type Page } from '@playwright/test';

/** The flagship page the journeys use. */
export const GHCR = '/github-actions/ghcr-push-permission-denied/';

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
