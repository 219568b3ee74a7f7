/**
 * Small adjustments to Decap's own widgets, and one widget of our own, so the
 * editor behaves as the site's schema says:
 * - an optional group (“Ảnh đại diện”) left empty is valid, while a group
 *   that is filled in must have its required parts (photo and alt text).
 *   Decap 3 validates a group's required fields even when the whole group is
 *   optional and empty (decap-cms issue #7748);
 * - the body's “Chèn ảnh” component speaks Vietnamese, asks for alt text, and
 *   writes paths relative to the article as astro:assets reads them;
 * - the pickers (relation and select) say “Đang tải…” and “Không tìm thấy”
 *   where Decap hard-codes “Loading options…” and react-select “No options”,
 *   and speak Vietnamese to screen readers (admin/pickerMessages.ts);
 * - `withdrawal`, a widget of our own: “Gỡ bài” asks for the reason and
 *   then requires it, in a text box in the admin's font (a textarea's default
 *   monospace lacks Vietnamese glyphs).
 */
import { cloneElement, Component, createElement, isValidElement, type ComponentType, type ReactNode } from 'react';
import { relativeMediaPath } from './entry.ts';
import { adminPhrases } from './locale-vi.ts';
import { ariaLiveMessages, screenReaderStatus } from './pickerMessages.ts';

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

export interface ImageBlock {
  image?: string;
  alt?: string;
  /** Printed under the photo: the site makes `*…*` right after an image its figure caption (src/markdown/captions.ts). */
  caption?: string;
  /** An old block's hover text, kept if present; no longer offered. */
  title?: string;
}

/**
 * A body photo as Markdown: `![alt](./anh/x.jpg)`, then its caption on the
 * next line as emphasis, which the site renders as the figure's caption.
 */
export const IMAGE_BLOCK_PATTERN = /^!\[((?:[^\]\\]|\\.)*)\]\(([^)\s]*)(?:\s"((?:[^"\\]|\\.)*)")?\)(?:\n\*((?:[^*\\\n]|\\.)+)\*)?/;

const escapeMd = (text: string, chars: RegExp) => text.replace(chars, (c) => `\\${c}`);
const unescapeMd = (text: string | undefined) => (text ?? '').replace(/\\(.)/g, '$1');

export function imageToBlock(data: ImageBlock): string {
  const alt = escapeMd((data.alt ?? '').trim(), /[[\]\\]/g);
  const path = relativeMediaPath(data.image ?? '') as string;
  const title = data.title ? ` "${escapeMd(data.title, /["\\]/g)}"` : '';
  const caption = (data.caption ?? '').replace(/\s+/g, ' ').trim();
  return `![${alt}](${path}${title})${caption ? `\n*${escapeMd(caption, /[*\\]/g)}*` : ''}`;
}

export function imageFromBlock(match: RegExpMatchArray | null): ImageBlock | undefined {
  if (!match) return undefined;
  return { alt: unescapeMd(match[1]), image: match[2] ?? '', ...(match[3] ? { title: unescapeMd(match[3]) } : {}), caption: unescapeMd(match[4]) };
}

/** Decap's “Image” body component: in Vietnamese, alt text required, a real caption, ./relative paths. */
export function registerImageComponent(CMS: DecapRegistry, image: Record<string, unknown>): void {
  CMS.registerEditorComponent({
    ...image,
    label: adminPhrases.image,
    pattern: IMAGE_BLOCK_PATTERN,
    fromBlock: imageFromBlock,
    toBlock: imageToBlock,
    fields: [
      { label: adminPhrases.image, name: 'image', widget: 'image', media_library: { allow_multiple: false }, choose_url: false },
      { label: adminPhrases.imageAlt, name: 'alt', widget: 'string', required: true, hint: adminPhrases.imageAltHint },
      { label: adminPhrases.imageCaption, name: 'caption', widget: 'string', required: false, hint: adminPhrases.imageCaptionHint },
    ],
  });
}

interface WithdrawalProps {
  value?: unknown;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

/**
 * “Gỡ bài”: one action that asks for the reason. Until pressed it only says
 * the article is live; pressed, it asks for the reason, which is then
 * required (checked here, shown by the field); “Thôi, không gỡ” undoes it.
 * The stored status follows the reason (admin/entry.ts prepareForSave).
 */
export function withdrawalControl(): ComponentType<WithdrawalProps> {
  const words = adminPhrases.withdrawal;
  return class WithdrawalControl extends Component<WithdrawalProps, { open: boolean }> {
    override state = { open: typeof this.props.value === 'string' && this.props.value.trim() !== '' };

    isValid = () =>
      this.state.open && !(typeof this.props.value === 'string' && this.props.value.trim()) ? { error: { type: 'CUSTOM', message: words.missing } } : true;

    override render(): ReactNode {
      const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      if (!this.state.open) {
        const start = () => {
          this.setState({ open: true });
          // An empty reason is a change: the entry can be saved, and refuses to be until a reason is given.
          onChange('');
        };
        return createElement(
          'div',
          { className: classNameWrapper, id: forID },
          createElement('p', null, words.live),
          createElement('button', { type: 'button', className: 'withdrawal-start', onClick: start }, words.start),
        );
      }
      const reasonId = `${forID}-reason`;
      return createElement(
        'div',
        { className: classNameWrapper, id: forID },
        createElement('label', { htmlFor: reasonId }, words.reason),
        createElement('textarea', {
          id: reasonId,
          value: typeof value === 'string' ? value : '',
          rows: 3,
          maxLength: 300,
          onChange: (event: { target: { value: string } }) => onChange(event.target.value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          // The admin's own font: a textarea's default is monospace, whose fonts lack Vietnamese glyphs (“sô´”).
          style: { width: '100%', marginTop: '6px', fontFamily: 'inherit', fontSize: 'inherit', lineHeight: 1.5 },
        }),
        createElement('p', null, words.reasonHint),
        createElement(
          'button',
          {
            type: 'button',
            className: 'withdrawal-cancel',
            onClick: () => {
              onChange('');
              this.setState({ open: false });
            },
          },
          words.cancel,
        ),
      );
    }
  };
}

export function registerWithdrawalWidget(CMS: DecapRegistry): void {
  CMS.registerWidget('withdrawal', withdrawalControl() as unknown as ComponentType);
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
          ? cloneElement(element as never, {
              loadingMessage: () => adminPhrases.picker.loading,
              noOptionsMessage: () => adminPhrases.picker.none,
              ariaLiveMessages,
              screenReaderStatus,
            })
          : element;
      }
    }
    CMS.registerWidget(name, VietnamesePicker as unknown as ComponentType, base.preview, base.schema);
  }
}
