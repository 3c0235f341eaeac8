package dev.longyuan.market;

/**
 * Suppliers that must never be suggested, such as those on a quality blacklist. A module that keeps
 * such a list implements this as a bean; matching consults every such bean, and with none (as now)
 * nobody is excluded.
 */
public interface SupplierExclusions {

  /** Whether the enterprise with this unified social credit code is excluded from matches. */
  boolean excludes(String enterpriseCode);
}
