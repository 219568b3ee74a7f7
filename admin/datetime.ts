/**
 * The date widget: day/month/year and hour:minute typed as Vietnamese write
 * them (20/12/2024, 08:30), read and stored in Viet Nam time with +07:00
 * (src/lib/dates.ts), whatever the browser's language or time zone. Decap's
 * own widget is the browser's native picker, which shows mm/dd/yyyy and
 * AM/PM in an English browser and stores the browser's own offset.
 *
 * Registered as "datetime", so every date field of the schema uses it. The
 * parsing is pure (tested in admin/datetime.test.ts).
 */
import { Component, createElement as h } from 'react';
import { fromVnParts, parseStoredDate, toVnIso, vnParts } from '../src/lib/dates.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The stored value shown as typed text: ["20/12/2024", "08:30"]. */
export function toTyped(value: unknown, dateOnly: boolean): [string, string] {
  if (typeof value !== 'string' || value.trim() === '') return ['', ''];
  const date = parseStoredDate(value.trim());
  if (!date) return [value, ''];
  const p = vnParts(date);
  return [`${pad(p.day)}/${pad(p.month)}/${p.year}`, dateOnly ? '' : `${pad(p.hour)}:${pad(p.minute)}`];
}

export type Typed = { value: string } | { error: string };

/**
 * Typed text to the stored value: "20/12/2024" + "08:30" → "2024-12-20T08:30:00+07:00";
 * a date without time → "2024-12-20" for date-only fields, 00:00 otherwise.
 * Both empty → "". Anything else → a Vietnamese error.
 */
export function fromTyped(dayText: string, timeText: string, dateOnly: boolean): Typed {
  const dayInput = dayText.trim();
  const timeInput = timeText.trim();
  if (!dayInput && !timeInput) return { value: '' };
  const d = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(dayInput);
  if (!d) return { error: `Ngày “${dayInput || '…'}” chưa đúng: nhập ngày/tháng/năm, ví dụ 07/09/2015` };
  const t = timeInput ? /^(\d{1,2})[:hg.](\d{2})$/.exec(timeInput) : ['', '0', '0'];
  if (!t) return { error: `Giờ “${timeInput}” chưa đúng: nhập giờ:phút, ví dụ 16:46` };
  const date = fromVnParts(Number(d[3]), Number(d[2]), Number(d[1]), Number(t[1]), Number(t[2]));
  if (!date) return { error: `Không có ngày giờ “${dayInput}${timeInput ? ` ${timeInput}` : ''}”` };
  return { value: dateOnly ? toVnIso(date).slice(0, 10) : toVnIso(date) };
}

interface FieldLike {
  get(key: string, fallback?: unknown): unknown;
}

interface Props {
  field: FieldLike;
  forID: string;
  value?: unknown;
  onChange: (value: string) => void;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  isDisabled?: boolean;
}

interface State {
  day: string;
  time: string;
  /** The stored value the typed text stands for. */
  value: unknown;
}

export class VietnameseDateTimeControl extends Component<Props, State> {
  constructor(props: Props) {
    super(props);
    const [day, time] = toTyped(props.value, this.dateOnly());
    this.state = { day, time, value: props.value };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.value === state.value) return null;
    const dateOnly = props.field.get('time_format') === false;
    const [day, time] = toTyped(props.value, dateOnly);
    return { day, time, value: props.value };
  }

  dateOnly(): boolean {
    return this.props.field.get('time_format') === false;
  }

  /** Decap asks before saving: typed text that is not a date is an error. */
  isValid = () => {
    const typed = fromTyped(this.state.day, this.state.time, this.dateOnly());
    return 'error' in typed ? { error: { type: 'CUSTOM', message: typed.error } } : true;
  };

  update(day: string, time: string) {
    const typed = fromTyped(day, time, this.dateOnly());
    if ('value' in typed) {
      this.setState({ day, time, value: typed.value });
      if (typed.value !== this.props.value) this.props.onChange(typed.value);
    } else {
      // Not a date: store what was typed (the save is refused, isValid above), so the preview
      // shows no date rather than the last valid one.
      const raw = `${day.trim()} ${time.trim()}`.trim();
      this.setState({ day, time, value: raw });
      if (raw !== this.props.value) this.props.onChange(raw);
    }
  }

  now = () => {
    const [day, time] = toTyped(toVnIso(new Date()), this.dateOnly());
    this.update(day, time);
  };

  render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, isDisabled } = this.props;
    const typed = fromTyped(this.state.day, this.state.time, this.dateOnly());
    const error = 'error' in typed ? typed.error : '';
    const input = (key: 'day' | 'time', extra: Record<string, unknown>) =>
      h('input', {
        type: 'text',
        inputMode: 'numeric',
        autoComplete: 'off',
        value: this.state[key],
        disabled: isDisabled,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        onChange: (e: { target: { value: string } }) =>
          key === 'day' ? this.update(e.target.value, this.state.time) : this.update(this.state.day, e.target.value),
        style: { font: 'inherit', padding: '6px 8px', border: '1px solid #dfdfe3', borderRadius: '4px', background: '#fff' },
        ...extra,
      });
    const button = (label: string, onClick: () => void, testId: string) =>
      h(
        'button',
        {
          type: 'button',
          onClick,
          disabled: isDisabled,
          'data-testid': testId,
          style: {
            font: 'inherit',
            fontSize: '13px',
            fontWeight: 600,
            padding: '2px 12px',
            border: 0,
            borderRadius: '3px',
            background: '#eff0f4',
            color: '#313d3e',
            cursor: 'pointer',
          },
        },
        label,
      );
    return h(
      'div',
      { className: classNameWrapper },
      h(
        'div',
        { style: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' } },
        input('day', { id: forID, placeholder: 'ngày/tháng/năm', 'aria-label': 'Ngày (ngày/tháng/năm)', size: 12, 'data-testid': `${forID}-day` }),
        this.dateOnly() ? null : input('time', { placeholder: 'giờ:phút', 'aria-label': 'Giờ (giờ:phút, 24 giờ)', size: 6, 'data-testid': `${forID}-time` }),
        button(this.dateOnly() ? 'Hôm nay' : 'Bây giờ', this.now, 'now-button'),
        button('Xóa', () => this.update('', ''), 'clear-button'),
      ),
      error ? h('p', { role: 'alert', style: { color: '#b00020', margin: '6px 0 0', fontSize: '13px' } }, error) : null,
    );
  }
}

interface DecapRegistry {
  getWidget(name: string): { preview?: unknown; schema?: object } | undefined;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: object): void;
}

export function registerDateTimeWidget(CMS: DecapRegistry): void {
  const base = CMS.getWidget('datetime');
  CMS.registerWidget('datetime', VietnameseDateTimeControl, base?.preview, base?.schema);
}
