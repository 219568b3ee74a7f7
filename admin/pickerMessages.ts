/**
 * What a screen reader hears in the pickers (Chuyên mục, Phường/xã…): Decap's
 * relation and select widgets are react-select, whose live region speaks
 * English (“option Hoạt động khối chính quyền, selected.”, “Use Up and Down
 * to choose options…”, “3 results available”) unless it is given messages.
 * These are react-select's own (its `ariaLiveMessages` and
 * `screenReaderStatus`), with the phrases of admin/locale-vi.ts.
 */
import { adminPhrases } from './locale-vi.ts';

const phrases = adminPhrases.picker;

interface GuidanceProps {
  context: 'menu' | 'input' | 'value';
  isSearchable?: boolean;
  isMulti?: boolean;
  tabSelectsValue?: boolean;
  isInitialFocus?: boolean;
  'aria-label'?: string;
}
interface ChangeProps {
  action: string;
  label?: string;
  labels?: string[];
  isDisabled?: boolean;
}
interface FocusProps<Option> {
  context: 'menu' | 'value';
  focused: Option;
  options: Option[];
  label?: string;
  selectValue?: Option[];
  isDisabled?: boolean;
  isSelected?: boolean;
  isAppleDevice?: boolean;
}

const position = <Option>(list: Option[] | undefined, item: Option) => (list?.length ? phrases.position(list.indexOf(item) + 1, list.length) : '');

export const ariaLiveMessages = {
  guidance(props: GuidanceProps): string {
    switch (props.context) {
      case 'menu':
        return `${phrases.menuGuidance}${props.tabSelectsValue ? phrases.tabGuidance : ''}.`;
      case 'input':
        return props.isInitialFocus ? phrases.inputGuidance(props['aria-label'] || phrases.field, !!props.isSearchable, !!props.isMulti) : '';
      case 'value':
        return phrases.valueGuidance;
      default:
        return '';
    }
  },
  onChange(props: ChangeProps): string {
    const label = props.label ?? '';
    switch (props.action) {
      case 'deselect-option':
      case 'pop-value':
      case 'remove-value':
        return phrases.deselected(label);
      case 'clear':
        return phrases.cleared;
      case 'initial-input-focus':
        return phrases.selected((props.labels ?? []).join(', '));
      case 'select-option':
        return props.isDisabled ? phrases.disabled(label) : phrases.selected(label);
      default:
        return '';
    }
  },
  onFocus<Option>(props: FocusProps<Option>): string {
    const label = props.label ?? '';
    if (props.context === 'value' && props.selectValue) return phrases.focusedValue(label, position(props.selectValue, props.focused));
    // As react-select: other systems read the focused option themselves.
    if (props.context === 'menu' && props.isAppleDevice)
      return phrases.focusedOption(label, !!props.isSelected, !!props.isDisabled, position(props.options, props.focused));
    return '';
  },
  onFilter(props: { inputValue: string; resultsMessage: string }): string {
    return phrases.filtered(props.resultsMessage, props.inputValue);
  },
};

export const screenReaderStatus = ({ count }: { count: number }): string => phrases.results(count);
