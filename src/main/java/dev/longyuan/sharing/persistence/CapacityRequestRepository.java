package dev.longyuan.sharing.persistence;

import dev.longyuan.sharing.CapacityRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Capacity requests and the market demands they were posted as. */
@Repository
public class CapacityRequestRepository {

  private final JdbcClient jdbc;

  CapacityRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(CapacityRequest r) {
    return jdbc.sql(
            """
            INSERT INTO sharing_capacity_request (process_code, quantity, unit, deliver_by,
                region_code, enterprise_code, market_demand_id, created_by)
            VALUES (:process, :quantity, :unit, :by, :region, :enterprise, :demand, :actor)
            RETURNING id
            """)
        .param("process", r.processCode())
        .param("quantity", r.quantity())
        .param("unit", r.unit())
        .param("by", r.deliverBy())
        .param("region", r.regionCode())
        .param("enterprise", r.enterpriseCode())
        .param("demand", r.marketDemandId())
        .param("actor", r.createdBy())
        .query(Long.class)
        .single();
  }

  public Optional<CapacityRequest> find(long id) {
    return jdbc.sql("SELECT * FROM sharing_capacity_request WHERE id = :id")
        .param("id", id)
        .query(CapacityRequestRepository::request)
        .optional();
  }

  public List<CapacityRequest> all() {
    return jdbc.sql("SELECT * FROM sharing_capacity_request ORDER BY id DESC LIMIT 500")
        .query(CapacityRequestRepository::request)
        .list();
  }

  static CapacityRequest request(ResultSet rs, int n) throws SQLException {
    return new CapacityRequest(
        rs.getLong("id"),
        rs.getString("process_code"),
        rs.getBigDecimal("quantity"),
        rs.getString("unit"),
        rs.getDate("deliver_by").toLocalDate(),
        rs.getString("region_code"),
        rs.getString("enterprise_code"),
        rs.getLong("market_demand_id"),
        rs.getString("created_by"));
  }
}
