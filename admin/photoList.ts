/**
 * “Tải nhiều ảnh lên”: an album's photo list takes many photos at once.
 * Decap's own media library uploads one file at a time, and an album of a
 * ceremony has thirty. The list is Decap's (each photo still gets its alt
 * text and caption, reordering and removal work as before); above it, a file
 * input that takes several photos: each is checked and renamed by the upload
 * guard (admin/uploads.ts) like any other, stored with the entry as Decap
 * stores a chosen photo, and becomes a new item of the list, alt text still
 * to write (the list refuses to save until it is).
 */
import { createElement as h, Fragment, type ComponentType, type ReactNode } from 'react';
import { List, Map as ImmutableMap } from 'immutable';
import { adminPhrases } from './locale-vi.ts';
import { PHOTO_LIST_WIDGET } from '../src/schema/albums.ts';

/** What a new photo item holds: the photo's path as Decap writes it for the entry's folder, and nothing typed yet. */
export function photoItem(publicFolder: string, fileName: string): Record<string, string> {
  return { image: `${publicFolder.replace(/\/+$/, '')}/${fileName}`, alt: '', caption: '' };
}

interface ImmutableField {
  get(key: string, fallback?: unknown): unknown;
}
interface ListProps {
  field: ImmutableField & { get(key: 'fields'): { find(f: (x: ImmutableField) => boolean): ImmutableField | undefined } | undefined };
  collection?: ImmutableField;
  value?: List<unknown>;
  onChange(value: List<unknown>): void;
  onPersistMedia(file: File, options: { field?: ImmutableField }): Promise<unknown>;
  forID: string;
}
interface ListState {
  itemsCollapsed: boolean[];
  keys: string[];
}
type ListInstance = { props: ListProps; state: ListState; setState(state: Partial<ListState>): void; render(): ReactNode };

interface DecapRegistry {
  getWidget(name: string): { control: ComponentType; preview?: ComponentType; schema?: object } | undefined;
  registerWidget(name: string, control: ComponentType, preview?: ComponentType, schema?: object): void;
}

export function registerPhotoListWidget(CMS: DecapRegistry): void {
  const base = CMS.getWidget('list');
  if (!base) return;
  const Base = base.control as unknown as new (props: ListProps) => ListInstance;
  class PhotoListControl extends Base {
    /** Store each chosen photo with the entry, then add them to the list in one change. */
    addPhotos = async (files: File[]) => {
      const imageField = this.props.field.get('fields')?.find((f) => f.get('name') === 'image');
      const folder = String(imageField?.get('public_folder') ?? this.props.collection?.get('public_folder') ?? 'anh');
      const items: unknown[] = [];
      for (const file of files) {
        await this.props.onPersistMedia(file, { field: imageField });
        items.push(ImmutableMap(photoItem(folder, file.name)));
      }
      if (!items.length) return;
      // Decap's list keeps a key and a collapsed flag per item: one each for the new ones.
      this.setState({
        itemsCollapsed: [...this.state.itemsCollapsed, ...items.map(() => false)],
        keys: [...this.state.keys, ...items.map(() => crypto.randomUUID())],
      });
      this.props.onChange((List.isList(this.props.value) ? this.props.value : List()).concat(items));
    };

    override render(): ReactNode {
      const id = `${this.props.forID}-nhieu-anh`;
      const words = adminPhrases.photoList;
      return h(
        Fragment,
        null,
        h(
          'div',
          { className: 'tin-phuong-multi-upload', style: { margin: '0 0 12px', display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' } },
          // A button of our own: the browser's file input reads “Choose Files / No file chosen” in its own language.
          h(
            'button',
            {
              type: 'button',
              className: 'tin-phuong-upload-button',
              'aria-describedby': `${id}-goi-y`,
              onClick: () => document.getElementById(id)?.click(),
              style: {
                font: 'inherit',
                fontWeight: 600,
                padding: '8px 16px',
                border: '1px solid #3a69c7',
                borderRadius: '5px',
                background: '#fff',
                color: '#3a69c7',
                cursor: 'pointer',
              },
            },
            words.label,
          ),
          h('input', {
            id,
            type: 'file',
            multiple: true,
            hidden: true,
            'aria-label': words.label,
            accept: 'image/jpeg,image/png,image/webp',
            onChange: (event: { currentTarget: HTMLInputElement }) => {
              const input = event.currentTarget;
              const files = [...(input.files ?? [])];
              void this.addPhotos(files).finally(() => (input.value = ''));
            },
          }),
          h('span', { id: `${id}-goi-y`, style: { flexBasis: '100%', fontSize: '13px', color: '#555' } }, words.hint),
        ),
        super.render(),
      );
    }
  }
  CMS.registerWidget(PHOTO_LIST_WIDGET, PhotoListControl as unknown as ComponentType, base.preview, base.schema);
}
