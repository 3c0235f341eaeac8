package dev.longyuan.market.persistence;

import dev.longyuan.market.Supply;
import dev.longyuan.shared.DataScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The supply listings, and the revision of the market the search index follows. */
@Repository
public class SupplyRepository {

  private static final String COLUMNS =
      """
      id, enterprise_code, enterprise_name, product, specification, category_code,
      monthly_capacity, unit, region_code, price_min, price_max, certifications, available_from
      """;

  private final JdbcClient jdbc;

  SupplyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a listing (its id is ignored) and answers it with the id it was given. */
  public Supply insert(Supply s, String actor) {
    long id =
        jdbc.sql(
                """
                INSERT INTO market_supply (enterprise_code, enterprise_name, product,
                  specification, category_code, monthly_capacity, unit, region_code, price_min,
                  price_max, certifications, available_from, created_by)
                VALUES (:enterprise, :name, :product, :specification, :category, :capacity, :unit,
                  :region, :priceMin, :priceMax, :certifications, :from, :by)
                RETURNING id
                """)
            .param("enterprise", s.enterpriseCode())
            .param("name", s.enterpriseName())
            .param("product", s.product())
            .param("specification", s.specification())
            .param("category", s.categoryCode())
            .param("capacity", s.monthlyCapacity())
            .param("unit", s.unit())
            .param("region", s.regionCode())
            .param("priceMin", s.priceMin())
            .param("priceMax", s.priceMax())
            .param("certifications", s.certifications())
            .param("from", s.availableFrom())
            .param("by", actor)
            .query(Long.class)
            .single();
    return new Supply(
        id,
        s.enterpriseCode(),
        s.enterpriseName(),
        s.product(),
        s.specification(),
        s.categoryCode(),
        s.monthlyCapacity(),
        s.unit(),
        s.regionCode(),
        s.priceMin(),
        s.priceMax(),
        s.certifications(),
        s.availableFrom());
  }

  public List<Supply> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM market_supply WHERE id IN (:ids)")
        .param("ids", ids)
        .query(SupplyRepository::supply)
        .list();
  }

  /**
   * The listings a scope sees, newest first: a region's those shipped from it, an enterprise its
   * own.
   */
  public List<Supply> list(DataScope scope, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                FROM market_supply
                WHERE (CAST(:prefix AS text) IS NOT NULL AND region_code LIKE :prefix || '%')
                   OR (CAST(:enterprise AS text) IS NOT NULL AND enterprise_code = :enterprise)
                ORDER BY id DESC
                LIMIT :limit
                """)
        .param("prefix", scope.regionPrefix())
        .param("enterprise", scope.enterprise())
        .param("limit", limit)
        .query(SupplyRepository::supply)
        .list();
  }

  /** Every listing in id order, one at a time (the index is rebuilt from this). */
  public void forEach(Consumer<Supply> consumer) {
    jdbc.sql("SELECT " + COLUMNS + " FROM market_supply ORDER BY id")
        .query(
            rs -> {
              consumer.accept(supply(rs, 0));
            });
  }

  public int count() {
    return jdbc.sql("SELECT count(*) FROM market_supply").query(Integer.class).single();
  }

  /** Raises the market's revision in the current transaction and answers it. */
  public long nextRevision() {
    return jdbc.sql(
            """
            INSERT INTO market_revision (revision) VALUES (1)
            ON CONFLICT (only_row) DO UPDATE SET revision = market_revision.revision + 1
            RETURNING revision
            """)
        .query(Long.class)
        .single();
  }

  /** The market's revision: 0 before anything was posted. */
  public long revision() {
    return jdbc.sql("SELECT COALESCE((SELECT revision FROM market_revision), 0)")
        .query(Long.class)
        .single();
  }

  /** How many delivered deals each of these enterprises has, as a supplier. */
  public Map<String, Integer> deliveredDeals(Collection<String> enterprises) {
    Map<String, Integer> delivered = new HashMap<>();
    if (enterprises.isEmpty()) {
      return delivered;
    }
    jdbc.sql(
            """
            SELECT s.enterprise_code, count(*) AS n
            FROM market_match m JOIN market_supply s ON s.id = m.supply_id
            WHERE m.status = 'delivered' AND s.enterprise_code IN (:enterprises)
            GROUP BY s.enterprise_code
            """)
        .param("enterprises", enterprises)
        .query(
            rs -> {
              delivered.put(rs.getString("enterprise_code"), rs.getInt("n"));
            });
    return delivered;
  }

  static Supply supply(ResultSet rs, int row) throws SQLException {
    return new Supply(
        rs.getLong("id"),
        rs.getString("enterprise_code"),
        rs.getString("enterprise_name"),
        rs.getString("product"),
        rs.getString("specification"),
        rs.getString("category_code"),
        rs.getBigDecimal("monthly_capacity"),
        rs.getString("unit"),
        rs.getString("region_code"),
        rs.getBigDecimal("price_min"),
        rs.getBigDecimal("price_max"),
        rs.getString("certifications"),
        rs.getObject("available_from", LocalDate.class));
  }
}
