// Reads the log the CLI and the GitHub Action match: a file, or standard input, at most 64 MiB.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** Largest log read, from a file or standard input. */
const MAX_BYTES = 64 * 1024 * 1024;

/** A problem with how the command was called or with its input: exit status 2, with a pointer to --help. */
export class UsageError extends Error {}

/** Returns the stream's text; stops reading and throws `tooLarge` once it passes MAX_BYTES. */
async function readCapped(stream: AsyncIterable<Buffer | string>, tooLarge: string): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		size += bytes.length;
		// Leaving the loop destroys the stream, so /dev/zero or an endless pipe is read no further.
		if (size > MAX_BYTES) throw new UsageError(tooLarge);
		chunks.push(bytes);
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** Returns the log's text from a file, or from standard input when `file` is `-` or missing; throws past 64 MiB. */
export async function readInput(file: string | undefined, stdin: NodeJS.ReadStream): Promise<string> {
	if (file && file !== '-') {
		const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
			throw new UsageError(error.code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${error.message}`);
		});
		if (info.isDirectory()) throw new UsageError(`cannot read ${file}: it is a directory; give a log file`);
		// stat's size is only a shortcut: it is 0 for /dev/zero and for a FIFO, so bytes are counted while reading too.
		if (info.size > MAX_BYTES) throw new UsageError(`cannot read ${file}: larger than 64 MiB`);
		return readCapped(createReadStream(file), `cannot read ${file}: larger than 64 MiB`).catch((error: Error) => {
			throw error instanceof UsageError ? error : new UsageError(`cannot read ${file}: ${error.message}`);
		});
	}
	if (stdin.isTTY) throw new UsageError('no input: give a log file, or pipe a log into standard input');
	return readCapped(stdin, 'standard input is larger than 64 MiB');
}
