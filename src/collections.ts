// Small helpers for grouping records, shared by several stages.

/** Adds `value` to the list under `key`, in place: grouping n records costs n steps, not n². */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
