package dev.longyuan.plan.internal;

import java.util.IdentityHashMap;
import java.util.Map;

/** Where in the file each record was read from, so that cross-checks can name the path and line. */
final class Origins {

  private final Map<Object, YamlFields> byRecord = new IdentityHashMap<>();

  <T> T remember(YamlFields fields, T record) {
    byRecord.put(record, fields);
    return record;
  }

  YamlFields of(Object record) {
    YamlFields fields = byRecord.get(record);
    if (fields == null) {
      throw new IllegalStateException("no origin recorded for " + record);
    }
    return fields;
  }
}
