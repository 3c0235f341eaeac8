package dev.longyuan.analytics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results kept while the data and the plan they were computed from stay as they were: an entry
 * answers only for the same data version and the same plan object (a reloaded plan is a new one),
 * so nothing stale is ever served. The least recently used entries go beyond {@code capacity}.
 */
public final class VersionedCache<K, V> {

  private record Entry<V>(String version, Object plan, V value) {}

  private final Map<K, Entry<V>> entries;

  public VersionedCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The value for the key at this data version and plan, computed when there is none. */
  public V get(K key, String version, Object plan, Supplier<V> compute) {
    Entry<V> kept;
    synchronized (entries) {
      kept = entries.get(key);
    }
    if (kept != null && kept.version().equals(version) && kept.plan() == plan) {
      return kept.value();
    }
    V value = compute.get();
    synchronized (entries) {
      entries.put(key, new Entry<>(version, plan, value));
    }
    return value;
  }
}
