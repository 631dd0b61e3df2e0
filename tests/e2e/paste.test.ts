import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Worker } from '@playwright/test';
import { at, GHCR, watchConsole } from './helpers.ts';

const ghcrLog = readFileSync('tests/fixtures/logs/github-actions/ghcr-push-permission-denied/ci.log', 'utf8');

test('pasting a CI log with the GHCR error shows the GHCR page first with the line highlighted', async ({ page }) => {
	const console = watchConsole(page);
	await page.goto(at('/'));
	await page.getByLabel('Error output or CI log').fill(ghcrLog);
	const first = page.locator('[data-paste-results] > li.match').first();
	await expect(first.getByRole('link')).toHaveAttribute('href', GHCR);
	const mark = first.locator('mark').first();
	await expect(mark).toBeVisible();
	expect((await first.locator('.line').first().innerText()).toLowerCase()).toMatch(
		/denied|permission|write_package|unauthorized|forbidden/,
	);
	// "No known match" must not pass for a match.
	await expect(page.locator('[data-paste-status]')).toHaveText(/^(?:Exact|Likely) match: .*ghcr\.io/);
	console.expectClean();
});

test('an unrelated log shows the no-match state with full-text results', async ({ page }) => {
	await page.goto(at('/'));
	await page
		.getByLabel('Error output or CI log')
		.fill(
			'FAIL src/cart.test.ts > totals > applies the discount\nAssertionError: expected 90 to equal 81\n    at src/cart.test.ts:14:22\nnpm error Lifecycle script `test` failed with error:',
		);
	await expect(page.locator('[data-paste-status]')).toContainText('No known match');
	await expect(page.locator('[data-paste-results] li')).toHaveCount(0);
	await expect(page.locator('[data-paste-fallback]')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Search the full text yourself' })).toHaveAttribute('href', /\/search\/\?q=/);
	await expect(page.getByRole('link', { name: 'Suggest a new page' })).toBeVisible();
});

test('a hostile paste is shown as text: no dialog, no injected element', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	await page.goto(at('/'));
	const payload =
		'<img src=x onerror=alert(1)><script>alert(2)</script>\ndenied: permission_denied: write_package <img src=y onerror=alert(3)>';
	await page.getByLabel('Error output or CI log').fill(payload);
	await expect(page.locator('[data-paste-results] > li.match').first()).toBeVisible();
	await expect(page.locator('[data-paste-matcher] img')).toHaveCount(0);
	await expect(page.locator('[data-paste-results] script, [data-paste-results] [onerror]')).toHaveCount(0);
	await expect(page.locator('[data-paste-results]')).toContainText('<img src=');
	// No element of the payload exists anywhere in the document, so no handler of it can still open a dialog.
	await expect(page.locator('img[src="x"], img[src="y"], [onerror]')).toHaveCount(0);
	expect(dialogs).toBe(0);
});

test('a 5 MB paste is matched off the main thread and the page stays usable', async ({ page }) => {
	await page.goto(at('/'));
	const noise = 'INFO  2026-11-20 12:00:01 worker-17 processed batch 4411 in 231ms (queue depth 3)\n';
	const big = noise.repeat(Math.ceil((5 * 1024 * 1024) / noise.length)) + ghcrLog;
	expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
	// Deliver it the way Ctrl+V does: one paste event carrying the whole text.
	await page.evaluate((text) => {
		const box = document.querySelector<HTMLTextAreaElement>('[data-paste-input]')!;
		const data = new DataTransfer();
		data.setData('text/plain', text);
		box.focus();
		box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	}, big);
	// Only the start of a huge paste is put in the box; all of it is matched.
	await expect(page.getByLabel('Error output or CI log')).toHaveValue(/MB pasted: all of it is matched/);
	// The page still answers input while the worker reads the paste.
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('[data-paste-results] > li.match').first().getByRole('link')).toHaveAttribute('href', GHCR, {
		timeout: 30_000,
	});
});

/** Builds a paste in the page (megabytes through Playwright's channel are slow) and delivers it as Ctrl+V does. */
async function pasteBuilt(page: Page, build: { lines: number; line: string; tail: string }) {
	await page.evaluate(({ lines, line, tail }) => {
		const parts: string[] = [];
		// `line` holds `#`, replaced by the line's number in base 36, so no two lines are alike.
		for (let i = 0; i < lines; i++) parts.push(line.replace('#', i.toString(36)));
		const data = new DataTransfer();
		data.setData('text/plain', `${parts.join('\n')}\n${tail}`);
		const box = document.querySelector<HTMLTextAreaElement>('[data-paste-input]')!;
		box.focus();
		box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	}, build);
}

test('a long log is read to its end: the error on line 260,001 gets the right page', async ({ page }) => {
	await page.goto(at('/'));
	// Over 256 KB, so the page keeps it out of the textarea and sends the whole of it to the worker.
	await pasteBuilt(page, { lines: 260_000, line: 'INFO step # ok', tail: 'denied: permission_denied: write_package\n' });
	await expect(page.getByLabel('Error output or CI log')).toHaveValue(/MB pasted: all of it is matched/);
	const first = page.locator('[data-paste-results] > li.match').first();
	await expect(first.getByRole('link')).toHaveAttribute('href', GHCR, { timeout: 30_000 });
	await expect(first.locator('.line-number').first()).toHaveText('line 260001');
	await expect(page.locator('[data-paste-status]')).not.toContainText('skipped');
});

test('a paste over the 64 MiB cap is read from its end, and the result says how many lines were skipped', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto(at('/'));
	await pasteBuilt(page, { lines: 2_400_000, line: 'INFO step # ok with some padding', tail: 'denied: permission_denied: write_package' });
	await expect(page.locator('[data-paste-results] > li.match').first().getByRole('link')).toHaveAttribute('href', GHCR, {
		timeout: 75_000,
	});
	await expect(page.locator('[data-paste-status]')).toContainText(
		/Only the end of this paste was read: its first [\d,]+ lines were skipped\./,
	);
});

test('a real error pasted while a huge hostile paste is matched is answered in normal time', async ({ page }) => {
	const workers: Worker[] = [];
	page.on('worker', (worker) => {
		if (worker.url().includes('match-worker')) workers.push(worker); // Pagefind has a worker of its own
	});
	await page.goto(at('/'));
	// 40 MB of `v1 a.a.a.a…` lines (a minute's work for the old rules; still a second or two for linear ones).
	await pasteBuilt(page, { lines: 10_000, line: `# denied v1 ${'a.'.repeat(2000)}`, tail: '' });
	await expect(page.locator('[data-paste-status]')).toHaveText('Matching…');
	await expect.poll(() => workers.length).toBe(1);
	const hostileEnded = new Promise<void>((resolve) => workers[0]!.on('close', () => resolve()));
	const started = Date.now();
	await page.getByLabel('Error output or CI log').fill('denied: permission_denied: write_package');
	await expect(page.locator('[data-paste-results] > li.match').first().getByRole('link')).toHaveAttribute('href', GHCR, {
		timeout: 5_000,
	});
	expect(Date.now() - started).toBeLessThan(5_000);
	// Answered by a fresh worker: the one still busy with the hostile paste was ended, not waited for.
	await hostileEnded;
	expect(workers).toHaveLength(2);
	await expect(page.locator('[data-paste-status]')).toHaveText(/^(?:Exact|Likely) match: /);
});

test('secrets in a paste are masked in what is shown', async ({ page }) => {
	await page.goto(at('/'));
	await page
		.getByLabel('Error output or CI log')
		.fill(
			'echo ghp_abcdefghijklmnopqrstuvwxyz0123456789 | docker login ghcr.io\ndenied: permission_denied: write_package token=ghp_abcdefghijklmnopqrstuvwxyz0123456789',
		);
	await expect(page.locator('[data-paste-results] > li.match').first()).toBeVisible();
	await expect(page.locator('[data-paste-results]')).not.toContainText('ghp_abcdefghij');
});

test('secrets are masked in the web result and never reach the full-text search link', async ({ page }) => {
	// Token-shaped values are built here rather than written out, so no secret scanner mistakes this file for a leak.
	const ghp = `ghp_${'Ab3dEf7hK1mN0pQr5tUv9xYz'.repeat(2).slice(0, 36)}`;
	const secrets = [
		'hunter2pass',
		'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
		'urlpass42',
		'Ym9iOmh1bnRlcjI=',
		ghp.slice(4),
		'c2VjcmV0LWtleS1ib2R5',
	];
	const link = page.getByRole('link', { name: 'Search the full text yourself' });
	const results = page.locator('[data-paste-results]');
	await page.goto(at('/'));
	const box = page.getByLabel('Error output or CI log');
	await box.fill(
		[
			'-----BEGIN RSA PRIVATE KEY-----',
			'c2VjcmV0LWtleS1ib2R5c2VjcmV0LWtleS1ib2R5',
			'-----END RSA PRIVATE KEY-----',
			`+ docker login ghcr.io -u bob -p hunter2pass && git push https://bob:urlpass42@github.com/acme/api.git ${ghp}`,
			'denied: permission_denied: write_package aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
			'Authorization: Basic Ym9iOmh1bnRlcjI= denied: permission_denied: write_package',
		].join('\n'),
	);
	await expect(results.locator('li.match').first()).toBeVisible();
	await expect(results).toContainText('••••••');
	await expect(link).toHaveAttribute('href', /\/search\/\?q=/);
	const shown = `${await results.innerText()}\n${await page.locator('[data-paste-status]').innerText()}\n${await link.getAttribute('href')}`;
	for (const secret of secrets) expect(shown).not.toContain(secret);

	// With no match, the search words come from the error line: its secrets stay out of the link.
	await box.fill('fatal: could not read from https://bob:urlpass42@git.example.test/acme/api DB_PASSWORD=hunter2pass failed');
	await expect(page.locator('[data-paste-status]')).toContainText('No known match');
	await expect(link).toHaveAttribute('href', /\/search\/\?q=./);
	const href = decodeURIComponent((await link.getAttribute('href')) ?? '');
	for (const secret of ['urlpass42', 'hunter2pass']) expect(href).not.toContain(secret);
});
