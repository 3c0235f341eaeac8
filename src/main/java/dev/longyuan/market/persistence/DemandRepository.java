package dev.longyuan.market.persistence;

import dev.longyuan.market.Demand;
import dev.longyuan.shared.DataScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demands. */
@Repository
public class DemandRepository {

  private static final String COLUMNS =
      """
      id, title, specification, category_code, quantity, unit, delivery_region_code,
      delivery_place, posted_on, deliver_by, budget, contact, project_code, enterprise_code,
      owner_region_code, created_by
      """;

  private final JdbcClient jdbc;

  DemandRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a demand (its id is ignored) and answers the id it was given. */
  public long insert(Demand d) {
    return jdbc.sql(
            """
            INSERT INTO market_demand (title, specification, category_code, quantity, unit,
              delivery_region_code, delivery_place, posted_on, deliver_by, budget, contact,
              project_code, enterprise_code, owner_region_code, created_by)
            VALUES (:title, :specification, :category, :quantity, :unit, :delivery, :place,
              :posted, :deliverBy, :budget, :contact, :project, :enterprise, :ownerRegion, :by)
            RETURNING id
            """)
        .param("title", d.title())
        .param("specification", d.specification())
        .param("category", d.categoryCode())
        .param("quantity", d.quantity())
        .param("unit", d.unit())
        .param("delivery", d.deliveryRegionCode())
        .param("place", d.deliveryPlace())
        .param("posted", d.postedOn())
        .param("deliverBy", d.deliverBy())
        .param("budget", d.budget())
        .param("contact", d.contact())
        .param("project", d.projectCode())
        .param("enterprise", d.enterpriseCode())
        .param("ownerRegion", d.ownerRegionCode())
        .param("by", d.createdBy())
        .query(Long.class)
        .single();
  }

  public Optional<Demand> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM market_demand WHERE id = :id")
        .param("id", id)
        .query(DemandRepository::demand)
        .optional();
  }

  /**
   * The demands a scope sees, newest first: a region's staff those owned or delivered in it, an
   * enterprise its own.
   */
  public List<Demand> list(DataScope scope, int limit) {
    String prefix = scope.regionPrefix();
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                FROM market_demand
                WHERE (CAST(:prefix AS text) IS NOT NULL
                       AND (owner_region_code LIKE :prefix || '%'
                            OR delivery_region_code LIKE :prefix || '%'))
                   OR (CAST(:enterprise AS text) IS NOT NULL AND enterprise_code = :enterprise)
                ORDER BY id DESC
                LIMIT :limit
                """)
        .param("prefix", prefix)
        .param("enterprise", scope.enterprise())
        .param("limit", limit)
        .query(DemandRepository::demand)
        .list();
  }

  static Demand demand(ResultSet rs, int row) throws SQLException {
    return new Demand(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getString("specification"),
        rs.getString("category_code"),
        rs.getBigDecimal("quantity"),
        rs.getString("unit"),
        rs.getString("delivery_region_code"),
        rs.getString("delivery_place"),
        rs.getObject("posted_on", java.time.LocalDate.class),
        rs.getObject("deliver_by", java.time.LocalDate.class),
        rs.getBigDecimal("budget"),
        rs.getString("contact"),
        rs.getString("project_code"),
        rs.getString("enterprise_code"),
        rs.getString("owner_region_code"),
        rs.getString("created_by"));
  }
}
