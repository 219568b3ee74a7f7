import { describe, expect, it } from 'vitest';
import { ariaLiveMessages, screenReaderStatus } from './pickerMessages.ts';

describe('what a screen reader hears in a picker', () => {
  it('says in Vietnamese what was chosen, dropped or found', () => {
    expect(ariaLiveMessages.onChange({ action: 'select-option', label: 'Hoạt động khối chính quyền' })).toBe('Đã chọn Hoạt động khối chính quyền.');
    expect(ariaLiveMessages.onChange({ action: 'initial-input-focus', labels: ['Phường Phúc Lợi', 'Phường Bồ Đề'] })).toBe(
      'Đã chọn Phường Phúc Lợi, Phường Bồ Đề.',
    );
    expect(ariaLiveMessages.onChange({ action: 'remove-value', label: 'Phường Phúc Lợi' })).toBe('Đã bỏ Phường Phúc Lợi.');
    expect(ariaLiveMessages.onChange({ action: 'clear' })).toBe('Đã bỏ mọi mục đã chọn.');
    expect(ariaLiveMessages.onFilter({ inputValue: 'phuc loi', resultsMessage: screenReaderStatus({ count: 2 }) })).toBe('2 kết quả cho “phuc loi”.');
    expect(ariaLiveMessages.onFocus({ context: 'value', focused: 'b', options: [], selectValue: ['a', 'b'], label: 'Phường Bồ Đề' })).toBe(
      'Mục đã chọn Phường Bồ Đề, 2 trên 2.',
    );
    expect(
      ariaLiveMessages.onFocus({ context: 'menu', focused: 'a', options: ['a', 'b', 'c'], label: 'Phường Phúc Lợi', isSelected: true, isAppleDevice: true }),
    ).toBe('Phường Phúc Lợi, đã chọn, 1 trên 3.');
  });

  it('tells how to use it, in Vietnamese', () => {
    expect(ariaLiveMessages.guidance({ context: 'menu', tabSelectsValue: true })).toBe(
      'Dùng phím mũi tên lên, xuống để di chuyển, Enter để chọn mục đang đứng, Esc để đóng danh sách, Tab để chọn mục và đóng danh sách.',
    );
    expect(ariaLiveMessages.guidance({ context: 'input', isInitialFocus: true, isSearchable: true, isMulti: true, 'aria-label': 'Phường/xã liên quan' })).toBe(
      'Phường/xã liên quan, gõ để lọc danh sách, bấm mũi tên xuống để mở danh sách, mũi tên trái để đi tới các mục đã chọn.',
    );
    expect(ariaLiveMessages.guidance({ context: 'input', isInitialFocus: false })).toBe('');
  });
});
