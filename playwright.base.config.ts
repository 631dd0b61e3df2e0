// The link crawl and the paste and search journeys again, on a build served under a base path as a GitHub project
// site is (`npm run build:base` writes it to dist-base/). Same browser settings as playwright.config.ts.
import { defineConfig } from '@playwright/test';
import config from './playwright.config.ts';

const BASE = '/error-atlas/';
const port = Number(process.env.E2E_BASE_PORT || 4323);
// Read by tests/e2e/helpers.ts in the test workers, which inherit this process's environment.
process.env.E2E_BASE = BASE;

export default defineConfig({
	...config,
	testMatch: ['links.test.ts', 'paste.test.ts', 'search.test.ts'],
	use: { ...config.use, baseURL: `http://127.0.0.1:${port}` },
	webServer: {
		// --ignore-lock: Astro allows one tracked preview server per project, and the main run's may still be up.
		command: `npx astro preview --base ${BASE} --outDir dist-base --host 127.0.0.1 --port ${port} --ignore-lock`,
		url: `http://127.0.0.1:${port}${BASE}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
