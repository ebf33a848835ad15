/** Picking the best few of many without sorting them all. Pure. */

/** The `k` first items of `items` in `order`, without sorting them all (k is small). */
export function topK<T>(items: readonly T[], k: number, order: (x: T, y: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && order(item, best[k - 1]!) >= 0) continue;
    let at = best.length < k ? best.length : k - 1;
    while (at > 0 && order(item, best[at - 1]!) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
