package dev.longyuan.reporting.persistence;

import dev.longyuan.shared.DataScope;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL condition that keeps a query to a user's data scope. Everything is in scope for the
 * province; for a city or county bureau, the region units whose code starts with the region's
 * prefix and the enterprises registered under it; for an enterprise, its own credit code. The
 * conditions are built from column names written in the code, never from input; the scope itself
 * goes in as the named parameters {@code scopeAll}, {@code scopeRegion} and {@code
 * scopeEnterprise}.
 */
final class ScopeCondition {

  private ScopeCondition() {}

  /**
   * Whether the reporting unit in a column (or a named parameter such as {@code :unit}) is in
   * scope: a region unit by its six-digit code, an enterprise by the region it is registered in.
   * The enterprises of the region are an uncorrelated IN, which PostgreSQL hashes once per query
   * rather than probing per value.
   */
  static String unit(String column) {
    return """
        coalesce(CAST(:scopeAll AS boolean)
         OR %1$s = CAST(:scopeEnterprise AS text)
         OR (char_length(%1$s) = 6 AND %1$s LIKE CAST(:scopeRegion AS text))
         OR %1$s IN (SELECT CAST(scope_e.credit_code AS text) FROM enterprise scope_e
                      WHERE scope_e.region_code LIKE CAST(:scopeRegion AS text)),
         false)"""
        .formatted(column);
  }

  /** Whether an enterprise of the registry, its table aliased as given, is in scope. */
  static String enterprise(String alias) {
    return """
        coalesce(CAST(:scopeAll AS boolean)
         OR %1$s.credit_code = CAST(:scopeEnterprise AS text)
         OR %1$s.region_code LIKE CAST(:scopeRegion AS text),
         false)"""
        .formatted(alias);
  }

  /** The parameters of either condition. */
  static Map<String, @Nullable Object> params(DataScope scope) {
    String prefix = scope.regionPrefix();
    Map<String, @Nullable Object> params = new HashMap<>();
    params.put("scopeAll", scope.isEverything());
    params.put("scopeRegion", scope.kind() == DataScope.Kind.REGION ? prefix + "%" : null);
    params.put("scopeEnterprise", scope.enterprise());
    return params;
  }

  /** Binds the scope's parameters to a statement that uses either condition. */
  static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, DataScope scope) {
    return statement.params(params(scope));
  }
}
