package dev.longyuan.reporting.exchange;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The fields of one value in the JSON format. */
enum JsonField {
  DATA_ELEMENT("dataElement"),
  REPORTING_UNIT("reportingUnit"),
  PERIOD("period"),
  MEASURE("measure"),
  VALUE("value"),
  PREVIOUS_YEAR_VALUE("previousYearValue"),
  COMMENT("comment");

  private final String key;

  JsonField(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }

  /** The field a key names; the snake_case names of the CSV header are accepted too. */
  static @Nullable JsonField of(String key) {
    for (JsonField field : values()) {
      if (field.key.equals(key) || field.name().equalsIgnoreCase(key)) {
        return field;
      }
    }
    return null;
  }

  static String keys() {
    return Arrays.stream(values()).map(JsonField::key).collect(Collectors.joining(", "));
  }
}
