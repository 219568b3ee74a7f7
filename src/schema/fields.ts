/**
 * Field builders: one definition per field, read by every consumer.
 * - Astro gets the zod validator (`zod(ctx)`), with Vietnamese error messages.
 * - Decap CMS gets label, widget, hint, required flag and options (`cms`).
 * - Search gets whether the field is a filter or sort key (`search`).
 * Nothing else declares a field by hand: content.config.ts and admin/ both
 * import the collection definitions built from these.
 */
import { z } from 'astro/zod';
import { parseStoredDate } from '../lib/dates.ts';

/** What Astro hands a schema: its image() helper and reference() for collections. */
export interface SchemaContext {
  image: () => z.ZodType;
  reference: (collection: string) => z.ZodType;
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

export type SearchRole = 'filter' | 'sort' | 'meta';

export interface Field<T extends z.ZodType = z.ZodType> {
  /** The site's validator for the field. */
  zod: (ctx: SchemaContext) => T;
  /** The CMS field, without its name (the key in the field map gives it). */
  cms: Omit<CmsField, 'name'>;
  /** Whether the site refuses an entry without it. */
  required: boolean;
  /** How search uses it, if at all. */
  search?: SearchRole;
}

export type FieldMap = Record<string, Field>;

interface Common {
  /** Vietnamese label shown to editors. */
  label: string;
  /** One-line help under the field in the CMS. */
  hint?: string;
  /** Required by the site and by the CMS (default true). */
  required?: boolean;
  search?: SearchRole;
}

const requiredMessage = (label: string) => `Thiếu trường bắt buộc “${label}”`;

function finish<T extends z.ZodType>(common: Common, build: (ctx: SchemaContext) => T, cms: Omit<CmsField, 'name' | 'label' | 'required' | 'hint'>, fallback?: unknown): Field {
  const required = common.required ?? true;
  return {
    required,
    search: common.search,
    cms: {
      label: common.label,
      ...(common.hint ? { hint: common.hint } : {}),
      required,
      ...cms,
    },
    zod: (ctx) => {
      const base = build(ctx);
      if (required) return base;
      return fallback === undefined ? base.optional() : base.default(fallback as never);
    },
  };
}

/** One line of text. */
export function text(opts: Common & { max?: number; pattern?: [RegExp, string]; /** A control of the admin's own (admin/widgets.ts) instead of a plain line. */ widget?: string }): Field {
  return finish(
    opts,
    () => {
      let s = z.string({ error: requiredMessage(opts.label) }).trim().min(1, requiredMessage(opts.label));
      if (opts.max) s = s.max(opts.max, `“${opts.label}” dài quá ${opts.max} ký tự`);
      if (opts.pattern) s = s.regex(opts.pattern[0], opts.pattern[1]);
      return s;
    },
    {
      widget: opts.widget ?? 'string',
      ...(opts.pattern ? { pattern: [opts.pattern[0].source, opts.pattern[1]] } : maxPattern(opts.max)),
    },
  );
}

/** The CMS check for a length limit (Decap has none for text): the same count as zod's .max(). */
function maxPattern(max: number | undefined): { pattern?: [string, string] } {
  return max ? { pattern: [`^[\\s\\S]{0,${max}}$`, `tối đa ${max} ký tự`] } : {};
}

/** Several lines of plain text (no Markdown). */
export function longText(opts: Common & { max?: number }): Field {
  return finish(
    opts,
    () => {
      let s = z.string({ error: requiredMessage(opts.label) }).trim().min(1, requiredMessage(opts.label));
      if (opts.max) s = s.max(opts.max, `“${opts.label}” dài quá ${opts.max} ký tự`);
      return s;
    },
    { widget: 'text', ...maxPattern(opts.max) },
  );
}

/** Whole number. */
export function integer(opts: Common & { min?: number }): Field {
  return finish(opts, () => z.number({ error: `“${opts.label}” phải là số nguyên` }).int().min(opts.min ?? 0), {
    widget: 'number',
    value_type: 'int',
    min: opts.min ?? 0,
  });
}

/**
 * Date and time, stored as ISO 8601 with +07:00. Strings are parsed strictly,
 * so "2015-02-31" fails instead of rolling into March.
 */
export function dateTime(opts: Common & { dateOnly?: boolean }): Field {
  return finish(
    opts,
    () =>
      z
        .union([z.date(), z.string()], { error: `“${opts.label}” phải là ngày giờ, ví dụ 2015-09-07T16:46:00+07:00` })
        .transform((value, ctx) => {
          const date = value instanceof Date ? value : parseStoredDate(value);
          if (!date || Number.isNaN(date.getTime())) {
            ctx.addIssue({ code: 'custom', message: `“${opts.label}” không phải ngày giờ hợp lệ: ${String(value)}` });
            return z.NEVER;
          }
          return date;
        }),
    {
      widget: 'datetime',
      format: opts.dateOnly ? 'YYYY-MM-DD' : 'YYYY-MM-DDTHH:mm:ssZ',
      date_format: 'DD/MM/YYYY',
      time_format: opts.dateOnly ? false : 'HH:mm',
      picker_utc: false,
    },
  );
}

/** Yes/no, false unless set. */
export function boolean(opts: Omit<Common, 'required'> & { default?: boolean }): Field {
  const fallback = opts.default ?? false;
  return {
    required: false,
    search: opts.search,
    cms: { label: opts.label, ...(opts.hint ? { hint: opts.hint } : {}), widget: 'boolean', required: false, default: fallback },
    zod: () => z.boolean().default(fallback),
  };
}

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** One of a fixed list. The same options reach the CMS select and the zod enum. */
export function select<V extends string>(opts: Common & { options: readonly Option<V>[]; default?: V }): Field {
  const values = opts.options.map((o) => o.value) as [V, ...V[]];
  const field = finish(
    { ...opts, required: opts.default === undefined ? opts.required : false },
    () => z.enum(values, { error: `“${opts.label}” phải là một trong: ${values.join(', ')}` }),
    {
      widget: 'select',
      options: opts.options.map((o) => ({ value: o.value, label: o.label })),
      ...(opts.default !== undefined ? { default: opts.default } : {}),
    },
    opts.default,
  );
  return field;
}

/** A reference to entries of another collection, shown in the CMS as a searchable relation. */
export function relation(
  opts: Common & {
    collection: string;
    multiple?: boolean;
    /** Fields the CMS searches when an editor types. */
    searchFields: string[];
    /** What the CMS shows for each option (e.g. name with district and province). */
    displayFields: string[];
  },
): Field {
  const multiple = opts.multiple ?? false;
  return finish(
    { ...opts, required: multiple ? false : opts.required },
    (ctx) => (multiple ? z.array(ctx.reference(opts.collection)) : ctx.reference(opts.collection)),
    {
      widget: 'relation',
      collection: opts.collection,
      value_field: '{{slug}}',
      search_fields: opts.searchFields,
      display_fields: opts.displayFields,
      multiple,
      options_length: 50,
    },
    multiple ? [] : undefined,
  );
}

/** A photo processed by astro:assets (sharp), never served raw. */
export function image(opts: Common): Field {
  return finish(opts, (ctx) => ctx.image(), { widget: 'image', choose_url: false });
}

/** A group of fields stored as one object. */
export function group(opts: Common & { fields: FieldMap; collapsed?: boolean }): Field {
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
export function list(opts: Omit<Common, 'required'> & { fields: FieldMap; summary?: string; min?: number; max?: number }): Field {
  const required = (opts.min ?? 0) > 0;
  return {
    required,
    search: opts.search,
    cms: {
      label: opts.label,
      ...(opts.hint ? { hint: opts.hint } : {}),
      widget: 'list',
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
export function tags(opts: Omit<Common, 'required'>): Field {
  return {
    required: false,
    search: opts.search,
    cms: { label: opts.label, ...(opts.hint ? { hint: opts.hint } : {}), widget: 'list', required: false },
    zod: () => z.array(z.string().trim().min(1)).default([]),
  };
}

/** The zod object for a field map; unknown keys are refused so typos surface. */
export function toZodObject(fields: FieldMap, ctx: SchemaContext) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(fields)) shape[name] = field.zod(ctx);
  return z.strictObject(shape);
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
  return { ...field, cms: { label: field.cms.label, widget: 'hidden', required: false, ...(field.cms.default !== undefined ? { default: field.cms.default } : {}) } };
}
