import { z } from 'astro/zod';

/** Data of `content/categories/<id>.yaml`. */
export const categorySchema = z.strictObject({
	/** Display name, e.g. "GitHub Actions". */
	title: z.string().min(2),
	/** One or two sentences shown on the category page and in listings. */
	description: z.string().min(20),
	/** Sort order on the home page; lower comes first. */
	order: z.number().int().default(100),
});

/** Validated data of a category. */
export type CategoryData = z.infer<typeof categorySchema>;
