/**
 * Why a page cannot be imported. The message is what the operator reads in
 * the report: Vietnamese first, a short English gloss after, and what to do.
 */
export type LegacyErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'too-deep'
  | 'encoding'
  | 'mojibake'
  | 'no-title'
  | 'title-too-long'
  | 'no-date'
  | 'bad-date'
  | 'ambiguous-date'
  | 'unknown-reference'
  | 'unknown-category'
  | 'duplicate-source';

export class LegacyError extends Error {
  readonly code: LegacyErrorCode;
  constructor(code: LegacyErrorCode, message: string) {
    super(message);
    this.name = 'LegacyError';
    this.code = code;
  }
}
