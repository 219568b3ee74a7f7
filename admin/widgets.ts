/**
 * Two small adjustments to Decap's own widgets, so the editor behaves as the
 * site's schema says:
 * - an optional group (“Ảnh đại diện”) left empty is valid, while a group
 *   that is filled in must have its required parts (photo and alt text).
 *   Decap 3 validates a group's required fields even when the whole group is
 *   optional and empty (decap-cms issue #7748);
 * - the body's “Chèn ảnh” component speaks Vietnamese, asks for alt text, and
 *   writes paths relative to the article as astro:assets reads them;
 * - the pickers (relation and select) say “Đang tải…” and “Không tìm thấy”
 *   where Decap hard-codes “Loading options…” and react-select “No options”.
 */
import { cloneElement, isValidElement, type ComponentType, type ReactNode } from 'react';
import { relativeMediaPath } from './entry.ts';
import { adminPhrases } from './locale-vi.ts';

interface ImmutableLike {
  get(key: string, fallback?: unknown): unknown;
  toJS?: () => unknown;
}

/** True when a value holds nothing but empty strings, lists and objects. */
export function isBlankValue(value: unknown): boolean {
  const plain = value && typeof (value as ImmutableLike).toJS === 'function' ? (value as ImmutableLike).toJS!() : value;
  if (plain === undefined || plain === null) return true;
  if (typeof plain === 'string') return plain.trim() === '';
  if (Array.isArray(plain)) return plain.every(isBlankValue);
  if (typeof plain === 'object') return Object.values(plain as object).every(isBlankValue);
  return false;
}

interface ControlInstance {
  props: { value?: unknown; forList?: boolean; field: ImmutableLike; onValidate?: (errors: unknown[]) => void };
  validate: () => void;
  childRefs?: Record<string, unknown>;
}

/** Forget the errors of a control and everything inside it. */
function clearErrors(control: unknown): void {
  const widget = control as { props?: { onValidate?: (errors: unknown[]) => void }; innerWrappedControl?: ControlInstance } | undefined;
  widget?.props?.onValidate?.([]);
  const inner = widget?.innerWrappedControl;
  if (inner?.childRefs) Object.values(inner.childRefs).forEach(clearErrors);
}

interface DecapRegistry {
  getWidget(name: string): { control: ComponentType; preview?: ComponentType; schema?: object } | undefined;
  registerWidget(name: string, control: ComponentType, preview?: ComponentType, schema?: object): void;
  registerEditorComponent(component: object): void;
}

export function registerObjectWidget(CMS: DecapRegistry): void {
  const base = CMS.getWidget('object');
  if (!base) return;
  const Base = base.control as unknown as new (props: object) => ControlInstance;
  class OptionalObjectControl extends Base {
    constructor(props: object) {
      super(props);
      const validateChildren = this.validate;
      this.validate = () => {
        const optional = this.props.field.get('required', true) === false;
        if (optional && !this.props.forList && isBlankValue(this.props.value)) {
          Object.values(this.childRefs ?? {}).forEach(clearErrors);
          return;
        }
        validateChildren();
      };
    }
  }
  CMS.registerWidget('object', OptionalObjectControl as unknown as ComponentType, base.preview, base.schema);
}

interface ImageBlock {
  image?: string;
  alt?: string;
  title?: string;
}

/** Decap's “Image” body component, in Vietnamese, writing ./relative paths. */
export function registerImageComponent(CMS: DecapRegistry, image: Record<string, unknown>): void {
  const toBlock = image.toBlock as (data: ImageBlock) => string;
  CMS.registerEditorComponent({
    ...image,
    label: adminPhrases.image,
    toBlock: (data: ImageBlock) => toBlock({ ...data, image: relativeMediaPath(data.image ?? '') as string }),
    fields: [
      { label: adminPhrases.image, name: 'image', widget: 'image', media_library: { allow_multiple: false }, choose_url: false },
      { label: adminPhrases.imageAlt, name: 'alt', widget: 'string', required: true },
      { label: adminPhrases.imageTitle, name: 'title', widget: 'string', required: false },
    ],
  });
}

/** Decap's relation and select controls with their hard-coded English messages replaced. */
export function registerPickerMessages(CMS: DecapRegistry): void {
  for (const name of ['relation', 'select']) {
    const base = CMS.getWidget(name);
    if (!base) continue;
    const Base = base.control as unknown as new (props: object) => { render(): ReactNode };
    class VietnamesePicker extends Base {
      render() {
        const element = super.render();
        return isValidElement(element)
          ? cloneElement(element as never, { loadingMessage: () => adminPhrases.picker.loading, noOptionsMessage: () => adminPhrases.picker.none })
          : element;
      }
    }
    CMS.registerWidget(name, VietnamesePicker as unknown as ComponentType, base.preview, base.schema);
  }
}
