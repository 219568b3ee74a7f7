/**
 * Field builders: one definition per field, read by every consumer.
 * - Astro gets the zod validator (`zod(ctx)`), with Vietnamese error messages.
 * - Decap CMS gets label, widget, hint, required flag and options (`cms`).
 * Search reads entries, not fields: its filter, sort and meta keys are
 * src/search/keys.ts, written by SearchIndexData from the typed entry data.
 * Nothing else declares a field by hand: content.config.ts and admin/ both
 * import the collection definitions built from these.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { parseStoredDate } from '../lib/dates.ts';

/** A reference to another entry, as the site's reference() returns it (schema/references.ts). */
export interface Ref<C extends string = string> {
  collection: C;
  id: string;
}

/**
 * What a schema is built with: an image() helper and reference() for
 * collections. The builders' types describe entries as the site parses them,
 * with its own context (SiteSchemaContext below). Contexts that only check
 * entries (the CMS before saving, the importer's and the tests' checks) may
 * take photos and ids as plain strings: they read the verdict and the
 * messages, never the typed data.
 */
export interface SchemaContext {
  image: () => z.ZodType;
  reference: (collection: string) => z.ZodType;
}

/** The site's context (content.config.ts): Astro's image() gives ImageMetadata, references give { collection, id }. */
export interface SiteSchemaContext extends SchemaContext {
  image: () => z.ZodType<ImageMetadata, string>;
  reference: <C extends string>(collection: C) => z.ZodType<Ref<C>, string>;
}

/** A Decap CMS field, as it appears in the generated configuration. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

export interface Field<T extends z.ZodType = z.ZodType> {
  /** The site's validator for the field. */
  zod: (ctx: SchemaContext) => T;
  /** The CMS field, without its name (the key in the field map gives it). */
  cms: Omit<CmsField, 'name'>;
  /** Whether the site refuses an entry without it. */
  required: boolean;
}

export type FieldMap = Record<string, Field>;

/** The zod shape of a field map: each key's validator, as its builder typed it. */
export type ShapeOf<F extends FieldMap> = { -readonly [K in keyof F]: ReturnType<F[K]['zod']> };

/** A validator, made optional when the field is not required (`required: false`). */
type Maybe<T extends z.ZodType, R extends boolean> = R extends false ? z.ZodOptional<T> : T;

interface Common<R extends boolean = boolean> {
  /** Vietnamese label shown to editors. */
  label: string;
  /** One-line help under the field in the CMS. */
  hint?: string;
  /** Required by the site and by the CMS (default true). */
  required?: R;
}

type CmsOptions = Omit<CmsField, 'name' | 'label' | 'required' | 'hint'>;

const requiredMessage = (label: string) => `Thiếu trường bắt buộc “${label}”`;

function cmsOf(common: Omit<Common, 'required'>, required: boolean, cms: CmsOptions): Omit<CmsField, 'name'> {
  return {
    label: common.label,
    ...(common.hint ? { hint: common.hint } : {}),
    required,
    ...cms,
  };
}

/** A field that is required, or optional (absent stays undefined) with `required: false`. */
function finish<T extends z.ZodType, R extends boolean>(common: Common<R>, build: (ctx: SchemaContext) => T, cms: CmsOptions): Field<Maybe<T, R>> {
  const required = common.required ?? true;
  return {
    required,
    cms: cmsOf(common, required, cms),
    // The type follows the same flag: optional exactly when `required` is false.
    zod: (ctx) => (required ? build(ctx) : build(ctx).optional()) as Maybe<T, R>,
  };
}

/** A field that is never missing: absent, it takes `fallback`. */
function finishWithDefault<T extends z.ZodType>(
  common: Omit<Common, 'required'>,
  build: (ctx: SchemaContext) => T,
  cms: CmsOptions,
  fallback: z.core.util.NoUndefined<z.output<T>>,
): Field<z.ZodDefault<T>> {
  return {
    required: false,
    cms: cmsOf(common, false, cms),
    zod: (ctx) => build(ctx).default(fallback),
  };
}

const textSchema = (opts: { label: string; max?: number; pattern?: [RegExp, string] }) => {
  let s = z
    .string({ error: requiredMessage(opts.label) })
    .trim()
    .min(1, requiredMessage(opts.label));
  if (opts.max) s = s.max(opts.max, `“${opts.label}” dài quá ${opts.max} ký tự`);
  if (opts.pattern) s = s.regex(opts.pattern[0], opts.pattern[1]);
  return s;
};

/** One line of text. */
export function text<R extends boolean = true>(
  opts: Common<R> & {
    max?: number;
    pattern?: [RegExp, string];
    /** A control of the admin's own (admin/widgets.ts) instead of a plain line. */ widget?: string;
  },
): Field<Maybe<z.ZodString, R>> {
  return finish(opts, () => textSchema(opts), {
    widget: opts.widget ?? 'string',
    ...(opts.pattern ? { pattern: [opts.pattern[0].source, opts.pattern[1]] } : maxPattern(opts.max)),
  });
}

/** The CMS check for a length limit (Decap has none for text): the same count as zod's .max(). */
function maxPattern(max: number | undefined): { pattern?: [string, string] } {
  return max ? { pattern: [`^[\\s\\S]{0,${max}}$`, `tối đa ${max} ký tự`] } : {};
}

/** Several lines of plain text (no Markdown). */
export function longText<R extends boolean = true>(opts: Common<R> & { max?: number }): Field<Maybe<z.ZodString, R>> {
  return finish(opts, () => textSchema({ label: opts.label, max: opts.max }), { widget: 'text', ...maxPattern(opts.max) });
}

/** Whole number. */
export function integer<R extends boolean = true>(opts: Common<R> & { min?: number }): Field<Maybe<z.ZodNumber, R>> {
  return finish(
    opts,
    () =>
      z
        .number({ error: `“${opts.label}” phải là số nguyên` })
        .int()
        .min(opts.min ?? 0),
    {
      widget: 'number',
      value_type: 'int',
      min: opts.min ?? 0,
    },
  );
}

const dateSchema = (label: string) =>
  z.union([z.date(), z.string()], { error: `“${label}” phải là ngày giờ, ví dụ 2015-09-07T16:46:00+07:00` }).transform((value, ctx) => {
    const date = value instanceof Date ? value : parseStoredDate(value);
    if (!date || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: `“${label}” không phải ngày giờ hợp lệ: ${String(value)}` });
      return z.NEVER;
    }
    return date;
  });

/**
 * Date and time, stored as ISO 8601 with +07:00. Strings are parsed strictly,
 * so "2015-02-31" fails instead of rolling into March.
 */
export function dateTime<R extends boolean = true>(opts: Common<R> & { dateOnly?: boolean }): Field<Maybe<ReturnType<typeof dateSchema>, R>> {
  return finish(opts, () => dateSchema(opts.label), {
    widget: 'datetime',
    format: opts.dateOnly ? 'YYYY-MM-DD' : 'YYYY-MM-DDTHH:mm:ssZ',
    date_format: 'DD/MM/YYYY',
    time_format: opts.dateOnly ? false : 'HH:mm',
    picker_utc: false,
  });
}

/** Yes/no, false unless set. */
export function boolean(opts: Omit<Common, 'required'> & { default?: boolean }): Field<z.ZodDefault<z.ZodBoolean>> {
  const fallback = opts.default ?? false;
  return {
    required: false,
    cms: { label: opts.label, ...(opts.hint ? { hint: opts.hint } : {}), widget: 'boolean', required: false, default: fallback },
    zod: () => z.boolean().default(fallback),
  };
}

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** The zod enum of a select's values. */
type EnumOf<V extends string> = z.ZodEnum<{ [K in V]: K }>;

/** One of a fixed list. The same options reach the CMS select and the zod enum. */
export function select<V extends string>(
  opts: Omit<Common, 'required'> & { options: readonly Option<V>[]; default: NoInfer<V> },
): Field<z.ZodDefault<EnumOf<V>>>;
export function select<V extends string, R extends boolean = true>(
  opts: Common<R> & { options: readonly Option<V>[]; default?: undefined },
): Field<Maybe<EnumOf<V>, R>>;
export function select(opts: Common & { options: readonly Option[]; default?: string }): Field {
  const values = opts.options.map((o) => o.value) as [string, ...string[]];
  const build = () => z.enum(values, { error: `“${opts.label}” phải là một trong: ${values.join(', ')}` });
  const cms = { widget: 'select', options: opts.options.map((o) => ({ value: o.value, label: o.label })) };
  return opts.default === undefined ? finish(opts, build, cms) : finishWithDefault(opts, build, { ...cms, default: opts.default }, opts.default);
}

interface RelationOptions<C extends string> {
  collection: C;
  /** Fields the CMS searches when an editor types. */
  searchFields: string[];
  /** What the CMS shows for each option (e.g. name with district and province). */
  displayFields: string[];
}

/** A reference to entries of another collection, shown in the CMS as a searchable relation. */
export function relation<C extends string>(
  opts: Omit<Common, 'required'> & RelationOptions<C> & { multiple: true },
): Field<z.ZodDefault<z.ZodArray<z.ZodType<Ref<C>, string>>>>;
export function relation<C extends string, R extends boolean = true>(
  opts: Common<R> & RelationOptions<C> & { multiple?: false },
): Field<Maybe<z.ZodType<Ref<C>, string>, R>>;
export function relation(opts: Common & RelationOptions<string> & { multiple?: boolean }): Field {
  const multiple = opts.multiple ?? false;
  // The site's reference() returns { collection, id } (SiteSchemaContext).
  const ref = (ctx: SchemaContext) => ctx.reference(opts.collection) as z.ZodType<Ref, string>;
  const cms = {
    widget: 'relation',
    collection: opts.collection,
    value_field: '{{slug}}',
    search_fields: opts.searchFields,
    display_fields: opts.displayFields,
    multiple,
    options_length: 50,
  };
  return multiple ? finishWithDefault(opts, (ctx) => z.array(ref(ctx)), cms, []) : finish(opts, ref, cms);
}

/** A photo processed by astro:assets (sharp), never served raw. */
export function image<R extends boolean = true>(opts: Common<R>): Field<Maybe<z.ZodType<ImageMetadata, string>, R>> {
  // The site's image() gives ImageMetadata (SiteSchemaContext).
  return finish(opts, (ctx) => ctx.image() as z.ZodType<ImageMetadata, string>, { widget: 'image', choose_url: false });
}

/** A group of fields stored as one object. */
export function group<F extends FieldMap, R extends boolean = true>(opts: Common<R> & { fields: F; collapsed?: boolean }): Field<Maybe<ZodObjectOf<F>, R>> {
  return finish(opts, (ctx) => toZodObject(opts.fields, ctx), {
    widget: 'object',
    collapsed: opts.collapsed ?? false,
    fields: toCmsFields(opts.fields),
  });
}

/**
 * A list of groups. Empty unless filled; with `min`, required and at least
 * that long (Decap's list checks `min` and `max` too, before saving).
 */
type ListOptions<F extends FieldMap> = Omit<Common, 'required'> & {
  fields: F;
  summary?: string;
  max?: number;
  /** A list control of the admin's own (admin/photoList.ts) instead of Decap's plain list. */
  widget?: string;
};
export function list<F extends FieldMap>(opts: ListOptions<F> & { min?: undefined }): Field<z.ZodDefault<z.ZodArray<ZodObjectOf<F>>>>;
export function list<F extends FieldMap>(opts: ListOptions<F> & { min: number }): Field<z.ZodArray<ZodObjectOf<F>>>;
export function list<F extends FieldMap>(opts: ListOptions<F> & { min?: number }): Field<z.ZodType> {
  const required = (opts.min ?? 0) > 0;
  return {
    required,
    cms: {
      label: opts.label,
      ...(opts.hint ? { hint: opts.hint } : {}),
      widget: opts.widget ?? 'list',
      required,
      fields: toCmsFields(opts.fields),
      ...(opts.summary ? { summary: opts.summary } : {}),
      ...(opts.min ? { min: opts.min } : {}),
      ...(opts.max ? { max: opts.max } : {}),
    },
    zod: (ctx) => {
      let items = z.array(toZodObject(opts.fields, ctx), { error: requiredMessage(opts.label) });
      if (opts.min) items = items.min(opts.min, `“${opts.label}” cần ít nhất ${opts.min} mục`);
      if (opts.max) items = items.max(opts.max, `“${opts.label}” có nhiều nhất ${opts.max} mục`);
      return required ? items : items.default([]);
    },
  };
}

/** A list of short strings. */
export function tags(opts: Omit<Common, 'required'>): Field<z.ZodDefault<z.ZodArray<z.ZodString>>> {
  return {
    required: false,
    cms: { label: opts.label, ...(opts.hint ? { hint: opts.hint } : {}), widget: 'list', required: false },
    zod: () => z.array(z.string().trim().min(1)).default([]),
  };
}

/** The strict zod object of a field map. */
export type ZodObjectOf<F extends FieldMap> = z.ZodObject<ShapeOf<F>, z.core.$strict>;

/** The zod object for a field map; unknown keys are refused so typos surface. */
export function toZodObject<F extends FieldMap>(fields: F, ctx: SchemaContext): ZodObjectOf<F> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(fields)) shape[name] = field.zod(ctx);
  return z.strictObject(shape as ShapeOf<F>);
}

/** The Decap field list for a field map, in declaration order. */
export function toCmsFields(fields: FieldMap): CmsField[] {
  return Object.entries(fields).map(([name, field]) => ({ name, ...field.cms }) as CmsField);
}

/**
 * A field the CMS keeps but shows no control for: its value is set elsewhere
 * (by the editorial workflow, by another control, or by the importer), and a
 * second control for it would only mislead. Existing values are kept as they are.
 */
export function hiddenInCms<T extends z.ZodType>(field: Field<T>): Field<T> {
  return {
    ...field,
    cms: { label: field.cms.label, widget: 'hidden', required: false, ...(field.cms.default !== undefined ? { default: field.cms.default } : {}) },
  };
}
