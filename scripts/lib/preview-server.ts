// Starts `astro preview` on the built site for a bench script, and waits until it answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A running preview server. */
export interface PreviewServer {
	origin: string;
	stop: () => void;
}

/** Returns a preview server of dist/ on `port`; throws when there is no build or it does not start. */
export async function startPreview(port: number): Promise<PreviewServer> {
	if (!existsSync('dist/index.html')) throw new Error('no build in dist/: run npm run build first');
	const child: ChildProcess = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)],
		{
			stdio: 'ignore',
		},
	);
	const origin = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => child.kill() };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	child.kill();
	throw new Error(`astro preview did not answer on ${origin} (is another preview server running?)`);
}

/** Returns Chromium launch options: the system Chromium when there is one, and the flags this machine needs. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
	const executablePath =
		process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	return {
		...(executablePath ? { executablePath } : {}),
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	};
}
