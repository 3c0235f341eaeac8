package dev.longyuan.accounts.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a backup needs to know of the database, read from pg_catalog: the tables of the public
 * schema (Flyway's own history excepted), their columns, primary keys and foreign keys, and the
 * installed schema version.
 */
final class SchemaCatalog {

  static final String FLYWAY_HISTORY = "flyway_schema_history";

  /** Table name to the tables it references (itself excepted). */
  private final Map<String, Set<String>> references;

  private SchemaCatalog(Map<String, Set<String>> references) {
    this.references = references;
  }

  static SchemaCatalog read(Connection connection) throws SQLException {
    Map<String, Set<String>> references = new TreeMap<>();
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                """
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                  AND c.relname <> 'flyway_schema_history'
                """)) {
      while (rs.next()) {
        references.put(rs.getString(1), new TreeSet<>());
      }
    }
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                """
                SELECT c.relname, r.relname
                FROM pg_constraint k
                JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_class r ON r.oid = k.confrelid
                WHERE k.contype = 'f' AND n.nspname = 'public' AND k.conrelid <> k.confrelid
                """)) {
      while (rs.next()) {
        Set<String> referenced = references.get(rs.getString(1));
        if (referenced != null && references.containsKey(rs.getString(2))) {
          referenced.add(rs.getString(2));
        }
      }
    }
    return new SchemaCatalog(references);
  }

  Set<String> tables() {
    return references.keySet();
  }

  /**
   * Every table, referenced tables before those referencing them, ties by name; tables on a cycle
   * of foreign keys (there are none today) come last, by name.
   */
  List<String> restoreOrder() {
    List<String> order = new ArrayList<>();
    Map<String, Set<String>> waiting = new LinkedHashMap<>();
    references.forEach((table, refs) -> waiting.put(table, new TreeSet<>(refs)));
    while (!waiting.isEmpty()) {
      List<String> ready =
          waiting.entrySet().stream()
              .filter(e -> e.getValue().isEmpty())
              .map(Map.Entry::getKey)
              .toList();
      if (ready.isEmpty()) {
        order.addAll(waiting.keySet());
        break;
      }
      for (String table : ready) {
        order.add(table);
        waiting.remove(table);
        waiting.values().forEach(refs -> refs.remove(table));
      }
    }
    return order;
  }

  /** True when some table in {@code order} references one that comes after it. */
  boolean violatedBy(List<String> order) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
    for (int i = 0; i < order.size(); i++) {
      for (String referenced : references.getOrDefault(order.get(i), Set.of())) {
        if (position.getOrDefault(referenced, -1) > i) {
          return true;
        }
      }
    }
    return false;
  }

  static List<String> columns(Connection connection, String table) throws SQLException {
    return strings(
        connection,
        """
        SELECT a.attname FROM pg_attribute a
        WHERE a.attrelid = to_regclass(quote_ident('public') || '.' || quote_ident(?))
          AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum
        """,
        table);
  }

  /** The primary key's columns in key order; empty when the table has none. */
  static List<String> primaryKey(Connection connection, String table) throws SQLException {
    return strings(
        connection,
        """
        SELECT a.attname
        FROM pg_constraint k CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS key(attnum, n)
        JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = key.attnum
        WHERE k.contype = 'p'
          AND k.conrelid = to_regclass(quote_ident('public') || '.' || quote_ident(?))
        ORDER BY key.n
        """,
        table);
  }

  /** The latest successfully installed Flyway version, e.g. {@code 5}. */
  static String schemaVersion(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                """
                SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
                ORDER BY string_to_array(version, '.')::numeric[] DESC LIMIT 1
                """)) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static String table(String name) {
    return "public." + quoted(name);
  }

  private static List<String> strings(Connection connection, String sql, String parameter)
      throws SQLException {
    List<String> result = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setString(1, parameter);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          result.add(rs.getString(1));
        }
      }
    }
    return result;
  }
}
