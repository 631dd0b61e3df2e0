// npm run bench:lighthouse: Lighthouse (mobile) scores of the built home, category and error pages. Figures only.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions, startPreview } from './lib/preview-server.ts';

const paths = ['/', '/github-actions/', '/github-actions/ghcr-push-permission-denied/'];
const server = await startPreview(4398);
const options = chromiumLaunchOptions();
const chrome = await launch({
	...(options.executablePath ? { chromePath: options.executablePath } : {}),
	chromeFlags: ['--headless=new', ...options.args],
});
try {
	console.log('Lighthouse (mobile, default throttling)         perf  a11y  best-practices  SEO');
	for (const path of paths) {
		const result = await lighthouse(`${server.origin}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
		});
		const c = result?.lhr.categories;
		const score = (key: string) => String(Math.round((c?.[key]?.score ?? 0) * 100)).padStart(4);
		console.log(
			`  ${path.padEnd(46)}${score('performance')}  ${score('accessibility')}  ${score('best-practices').padStart(14)}  ${score('seo')}`,
		);
	}
} finally {
	chrome.kill();
	server.stop();
}
