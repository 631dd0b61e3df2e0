// The paste result names the line that shows the error and the words it shares with the page, and keeps weak
// matches apart under their own label (issue 13).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { at } from './helpers.ts';

const log = (file: string) => readFileSync(`tests/fixtures/logs/${file}`, 'utf8');

test('the first result shows the evidence line and the matched wording', async ({ page }) => {
	await page.goto(at('/'));
	await page.getByLabel('Error output or CI log').fill(log('github-actions/no-space-left-on-device/v2-evidence-tar.log'));
	const first = page.locator('[data-paste-results] > li.match').first();
	await expect(first.getByRole('link')).toHaveAttribute('href', at('/github-actions/no-space-left-on-device/'));
	await expect(first.locator('.line')).toHaveCount(1);
	await expect(first.locator('.line')).toContainText('line 3');
	await expect(first.locator('.line')).toContainText('#12 ERROR: failed to copy');
	await expect(first.locator('.wording')).toHaveText('Matched: no space left on device');
});

test('weak matches stand apart from the sure ones, under their own heading', async ({ page }) => {
	await page.goto(at('/'));
	const paste = `${log('kubernetes/oomkilled/v2-multi-describe.log')}\n${log('_negative/hard-docker-executable-not-found.log')}`;
	await page.getByLabel('Error output or CI log').fill(paste);
	const results = page.locator('[data-paste-results]');
	await expect(results.locator('> li.match').first()).toHaveClass(/exact/);
	const weakGroup = results.locator('li.weak-group');
	await expect(weakGroup.getByRole('heading')).toHaveText('Less sure: weak matches, may not be your error');
	await expect(weakGroup.locator('li.match')).not.toHaveCount(0);
	await expect(weakGroup.locator('li.match.exact, li.match.likely')).toHaveCount(0);
	// Every weak match is inside the weak group.
	await expect(results.locator('li.match.weak')).toHaveCount(await weakGroup.locator('li.match.weak').count());
});
