package dev.longyuan.shared;

import org.jspecify.annotations.Nullable;

/**
 * Whose data a signed-in user may see and change: every reporting unit (the province), the units of
 * one region and everything under it (a city or county bureau: the region's own figures and its
 * enterprises), or one enterprise's own. A province analyst sees everything and changes nothing.
 */
public record DataScope(
    Kind kind, @Nullable RegionCode region, @Nullable String enterprise, boolean mayChange) {

  public enum Kind {
    ALL,
    REGION,
    ENTERPRISE
  }

  public DataScope {
    if ((kind == Kind.REGION) != (region != null)
        || (kind == Kind.ENTERPRISE) != (enterprise != null)) {
      throw new IllegalArgumentException(
          "a " + kind + " scope with region " + region + " and enterprise " + enterprise);
    }
  }

  public static DataScope everything(boolean mayChange) {
    return new DataScope(Kind.ALL, null, null, mayChange);
  }

  public static DataScope region(RegionCode region) {
    return new DataScope(Kind.REGION, region, null, true);
  }

  public static DataScope enterprise(String creditCode) {
    return new DataScope(Kind.ENTERPRISE, null, creditCode, true);
  }

  /**
   * The same scope for reading: what it lets one see, whatever it lets one change — so that an
   * administrator and an analyst, who see the same, share what is computed for them.
   */
  public DataScope forReading() {
    return kind == Kind.ENTERPRISE ? this : new DataScope(kind, region, enterprise, false);
  }

  public boolean isEverything() {
    return kind == Kind.ALL;
  }

  /**
   * The prefix of the region codes in scope ("" for everything, "6201" for Lanzhou and its
   * counties), or null for an enterprise's scope, which covers no region.
   */
  public @Nullable String regionPrefix() {
    return switch (kind) {
      case ALL -> "";
      case REGION -> region.prefix();
      case ENTERPRISE -> null;
    };
  }

  /** Whether a region's figures, or an enterprise registered in it, are in scope. */
  public boolean coversRegion(String regionCode) {
    String prefix = regionPrefix();
    return prefix != null && regionCode.startsWith(prefix);
  }
}
