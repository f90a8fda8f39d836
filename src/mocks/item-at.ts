/**
 * `items[index]` where the caller knows the index is in range (a loop's bound, a binary search, a
 * draw below the length): a `RangeError` at once if it is not, rather than an `undefined` that
 * would surface later as something else.
 */
export function itemAt<T>(items: ArrayLike<T>, index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No item ${index} among ${items.length}.`);
  return item;
}
