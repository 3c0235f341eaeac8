package dev.longyuan.reporting;

import org.jspecify.annotations.Nullable;

/**
 * How far the loading of the shipped data has got, for the pages to show while it runs in the
 * background after the first start.
 */
public record ShippedDataStatus(
    boolean running, String stepZh, String stepEn, int done, int total, @Nullable String failure) {

  public static ShippedDataStatus idle() {
    return new ShippedDataStatus(false, "", "", 0, 0, null);
  }

  public int percent() {
    return total == 0 ? 100 : (int) Math.round(100.0 * done / total);
  }
}
