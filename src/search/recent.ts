/**
 * A function's answers for its last `size` arguments, told apart by `keyOf`.
 * Search as you type asks about the same result pages at every keystroke
 * (their words, split and keyed, are most of a search's own time at archive
 * size), so each page is worked out once while it stays among the recent ones.
 */
export interface Remembered<A, V> {
  (arg: A): V;
  /** Drop an answer (a failed download is no answer: ask again next time). */
  forget(arg: A): void;
}

export function remembered<A, V>(compute: (arg: A) => V, size: number, keyOf: (arg: A) => unknown = (arg) => arg): Remembered<A, V> {
  const answers = new Map<unknown, V>();
  const recall = (arg: A): V => {
    const key = keyOf(arg);
    if (answers.has(key)) {
      const value = answers.get(key)!;
      // Most recent last: a Map keeps insertion order, so its first key is the one to forget.
      answers.delete(key);
      answers.set(key, value);
      return value;
    }
    const value = compute(arg);
    answers.set(key, value);
    if (answers.size > size) answers.delete(answers.keys().next().value);
    return value;
  };
  return Object.assign(recall, { forget: (arg: A) => void answers.delete(keyOf(arg)) });
}
