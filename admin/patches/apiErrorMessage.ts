/**
 * An error from the content server reads as its message: Decap shows errors with String(error),
 * which put “API_ERROR: ” before every Vietnamese refusal (“Chưa lưu được bài: API_ERROR: …”).
 */
import type { Patch } from '../decapPatches.ts';

export const apiErrorMessage: Patch[] = [
  {
    file: 'decap-cms-lib-util/dist/esm/APIError.js',
    find: `    this.meta = meta;
  }
}`,
    replace: `    this.meta = meta;
  }
  toString() {
    return this.message;
  }
}`,
    prepend: '',
  },
];
