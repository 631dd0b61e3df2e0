// node scripts/screenshots.ts: the README's screenshots of the built site (npm run build first): the home page, an
// error page and a paste result, on a desktop (1366×900) and a phone (390×844), into docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions, startPreview } from './lib/preview-server.ts';

const OUT = 'docs/screenshots';
const viewports = [
	{ name: 'desktop', viewport: { width: 1366, height: 900 } },
	{ name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
] as const;
const shots: { name: string; path: string; act?: (page: Page) => Promise<void> }[] = [
	{ name: 'home', path: '/' },
	{ name: 'error-page', path: '/github-actions/ghcr-push-permission-denied/' },
	{
		name: 'paste-result',
		path: '/',
		// The example log, matched; the page scrolls its first result into view.
		act: async (page) => {
			await page.getByRole('button', { name: 'Try an example' }).click();
			await page.locator('[data-paste-results] > li.match').first().waitFor();
			await page.waitForTimeout(800);
		},
	},
];

mkdirSync(OUT, { recursive: true });
const server = await startPreview(4397);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
	for (const { name: size, ...options } of viewports) {
		const context = await browser.newContext({ ...options, colorScheme: 'light', reducedMotion: 'reduce' });
		const page = await context.newPage();
		for (const shot of shots) {
			await page.goto(`${server.origin}${shot.path}`);
			await shot.act?.(page);
			const file = `${OUT}/${shot.name}-${size}.jpg`;
			await page.screenshot({ path: file, type: 'jpeg', quality: 80 });
			console.log(`wrote ${file}`);
		}
		await context.close();
	}
} finally {
	await browser.close();
	server.stop();
}
