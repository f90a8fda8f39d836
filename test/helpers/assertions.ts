/** Runs `promise`, expecting it to reject, and returns what it rejected with. */
export async function rejection<E = Error>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected a rejection');
}

/**
 * The item at `index` of `items` (negative: from the end), which the test expects to be there:
 * fails, naming `what`, when there is none.
 */
export function at<T>(items: ArrayLike<T>, index: number, what = `item ${index}`): T {
  const found = Array.prototype.at.call(items, index) as T | undefined;
  if (found === undefined) throw new Error(`expected ${what}; there are ${items.length} items`);
  return found;
}
