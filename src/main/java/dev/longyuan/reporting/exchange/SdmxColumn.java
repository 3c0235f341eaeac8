package dev.longyuan.reporting.exchange;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The columns of SDMX-CSV 2.0 for the dataflow {@code LONGYUAN:DF_INDUSTRY(1.0)}: the structure
 * columns the specification fixes, then the dimensions, the measure and the attributes.
 */
enum SdmxColumn {
  STRUCTURE(true),
  STRUCTURE_ID(true),
  ACTION(false),
  DATA_ELEMENT(true),
  REPORTING_UNIT(true),
  TIME_PERIOD(true),
  MEASURE(true),
  OBS_VALUE(true),
  PREVIOUS_YEAR_VALUE(false),
  COMMENT(false);

  static final String STRUCTURE_TYPE = "dataflow";
  static final String DATAFLOW = "LONGYUAN:DF_INDUSTRY(1.0)";

  private final boolean required;

  SdmxColumn(boolean required) {
    this.required = required;
  }

  boolean required() {
    return required;
  }

  /**
   * The column a heading names: the ID before any {@code ": name"} label and without a {@code […]}
   * suffix ({@code STRUCTURE[;]}); null for the specification's optional columns (STRUCTURE_NAME,
   * SERIES_KEY, OBS_KEY) and for custom columns, which readers ignore.
   */
  static @Nullable SdmxColumn of(String heading) {
    String id = SdmxColumn.code(heading);
    int bracket = id.indexOf('[');
    if (bracket > 0) {
      id = id.substring(0, bracket);
    }
    id = id.strip().toUpperCase(Locale.ROOT);
    for (SdmxColumn column : values()) {
      if (column.name().equals(id)) {
        return column;
      }
    }
    return null;
  }

  /** The ID part of an SDMX "ID: name" label (as written with labels=both). */
  static String code(String labelled) {
    int colon = labelled.indexOf(": ");
    return colon > 0 ? labelled.substring(0, colon).strip() : labelled;
  }
}
