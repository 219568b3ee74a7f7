import { describe, expect, it } from 'vitest';
import { readCommandLine, UsageError } from './args.ts';

const OPTIONS = { out: { type: 'string' }, force: { type: 'boolean' } } as const;

describe('readCommandLine', () => {
  it('reads values, switches and files, as the hand-written loops did', () => {
    expect(readCommandLine(['a.txt', '--out', 'x', '--force', 'b.txt'], OPTIONS, { positionals: true, lang: 'vi' })).toEqual({
      help: false,
      values: { out: 'x', force: true },
      positionals: ['a.txt', 'b.txt'],
    });
    // A value that starts with a dash is still the option's value, and `--` ends the options.
    expect(readCommandLine(['--out', '-x', '--', '--force'], OPTIONS, { positionals: true, lang: 'vi' })).toEqual({
      help: false,
      values: { out: '-x' },
      positionals: ['--force'],
    });
  });

  it('puts --help and -h before every other word, even a wrong one', () => {
    expect(readCommandLine(['--bogus', '--help'], OPTIONS, { lang: 'vi' })).toEqual({ help: true });
    expect(readCommandLine(['-h'], OPTIONS, { lang: 'en' })).toEqual({ help: true });
  });

  it('says what is wrong, in the command’s language', () => {
    const wrong = (argv: string[], lang: 'vi' | 'en') => {
      try {
        readCommandLine(argv, OPTIONS, { lang });
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      throw new Error(`accepted ${argv.join(' ')}`);
    };
    expect(wrong(['--bogus'], 'vi')).toBe('Tùy chọn không hỗ trợ (unknown option): --bogus');
    expect(wrong(['-x'], 'en')).toBe('unknown option -x');
    expect(wrong(['--out'], 'vi')).toBe('--out cần một giá trị (needs a value)');
    expect(wrong(['--out'], 'en')).toBe('--out needs a value');
    expect(wrong(['--force=no'], 'vi')).toBe('--force không nhận giá trị (takes no value)');
    expect(wrong(['a.txt'], 'vi')).toBe('Lệnh này không nhận đối số “a.txt” (unexpected argument)');
    expect(wrong(['a.txt'], 'en')).toBe('unexpected argument “a.txt”');
  });
});
