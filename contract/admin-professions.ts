import { z } from 'zod';
import { ZLocalizedName, ZText } from './common.ts';

/** The longest profession name, in either language. */
export const PROFESSION_NAME_MAX = 60;
/** A slug: lowercase latin letters and digits in words joined by single hyphens (`data-science`). */
export const PROFESSION_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PROFESSION_SLUG_MAX = 60;

/**
 * The slug a name in English gives: lowercase, every run of anything but latin letters and digits one hyphen,
 * none at the ends ("Product Manager" → `product-manager`). Empty when the name has no latin letter or digit.
 */
export function slugOf(nameEn: string): string {
  return nameEn
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, PROFESSION_SLUG_MAX)
    .replace(/-+$/, '');
}

/** A profession as admins manage it: archived ones too, with how many slots (of any status) use it. */
export const ZAdminProfession = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: ZLocalizedName,
  position: z.number().int(),
  /** When it left the forms; null while offered. */
  archivedAt: z.iso.datetime().nullable(),
  slotCount: z.number().int(),
});
export type TAdminProfession = z.infer<typeof ZAdminProfession>;

/** Every profession in the admins' order, archived ones included. */
export const ZAdminProfessionList = z.object({ items: z.array(ZAdminProfession) });
export type TAdminProfessionList = z.infer<typeof ZAdminProfessionList>;

const ZProfessionName = ZText.trim().min(1, 'required').max(PROFESSION_NAME_MAX, 'too_long');

export const ZCreateProfessionBody = z.strictObject({
  nameRu: ZProfessionName,
  nameEn: ZProfessionName,
  /** Derived from the English name when absent (slugOf). */
  slug: z
    .string()
    .trim()
    .max(PROFESSION_SLUG_MAX, 'too_long')
    .regex(PROFESSION_SLUG, 'invalid_format')
    .optional(),
});
export type TCreateProfessionBody = z.infer<typeof ZCreateProfessionBody>;

/** Rename (either language), archive (`archived: true`) or restore (`archived: false`); at least one field. */
export const ZUpdateProfessionBody = z
  .strictObject({ nameRu: ZProfessionName, nameEn: ZProfessionName, archived: z.boolean() })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'required');
export type TUpdateProfessionBody = z.infer<typeof ZUpdateProfessionBody>;

/** The new order: every profession's id exactly once, archived ones included. */
export const ZReorderProfessionsBody = z.strictObject({
  ids: z
    .array(z.uuid('invalid_format'))
    .min(1, 'required')
    .max(500, 'too_long')
    .refine((ids) => new Set(ids).size === ids.length, 'invalid_value'),
});
export type TReorderProfessionsBody = z.infer<typeof ZReorderProfessionsBody>;
