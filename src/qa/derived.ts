/**
 * `make(key, ...from)` worked out once per key object and kept as long as the key lives (a WeakMap):
 * what the engine derives from a question's view or a paragraph's analysis arrays, made when first
 * read. `from` is what the value is made of besides the key, and must be the same for one key (the
 * paragraph a token array belongs to). Not state that changes an answer: the value is a function of
 * the key, and goes with it.
 */
export function derivedOf<K extends object, V, F extends unknown[] = []>(
  make: (key: K, ...from: F) => V,
): (key: K, ...from: F) => V {
  const made = new WeakMap<K, V>();
  return (key, ...from) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key, ...from)));
    return value;
  };
}
