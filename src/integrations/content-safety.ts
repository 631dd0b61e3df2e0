import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { findUnsafeContent, findUnsafeFrontmatter, formatContentSafetyProblems, type ContentNode } from '../lib/content-safety.ts';

/** Path shown to authors: relative to the project when inside it, absolute otherwise (a fixture catalogue in /tmp). */
function displayPath(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/**
 * Returns an MDX (Sätteri mdast) plugin that fails the compile of any file under `contentDir` whose body holds
 * code: ESM, JSX expressions, HTML elements outside the allow-list, event handlers, non-http(s) link targets, or a
 * frontmatter `layout`. One error per file lists every problem as `file:line → what was found`.
 */
export function contentSafety(contentDir: string): MdastPluginEntry {
	const plugin: MdastPluginDefinition = {
		name: 'error-atlas:content-safety',
		options: { position: true },
		before(root, context) {
			const file = context.fileURL ? fileURLToPath(context.fileURL) : '(unknown file)';
			const astro = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
			const frontmatter = astro?.frontmatter ?? {};
			const problems = [
				...('layout' in frontmatter ? findUnsafeFrontmatter(frontmatter, readFileSync(file, 'utf8')) : []),
				...findUnsafeContent(root as unknown as ContentNode),
			];
			if (problems.length === 0) return;
			// Astro reads `line` and `column` for the error's Location; point it at the first problem.
			throw Object.assign(new Error(formatContentSafetyProblems(displayPath(file), problems)), {
				line: problems[0]?.line,
				column: 1,
			});
		},
	};
	return (context: PluginFactoryContext) => {
		if (!context.fileURL) return plugin;
		const relative = path.relative(contentDir, fileURLToPath(context.fileURL));
		return relative.startsWith('..') || path.isAbsolute(relative) ? null : plugin;
	};
}
