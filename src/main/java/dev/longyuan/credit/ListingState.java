package dev.longyuan.credit;

/**
 * Where a blacklist listing stands: listed; appealed by the enterprise (申诉), still in force until
 * decided; removed, by an upheld appeal or by credit repair (信用修复).
 */
public enum ListingState {
  LISTED,
  APPEALED,
  REMOVED
}
