package dev.longyuan.sharing.persistence;

import dev.longyuan.sharing.Calendar;
import dev.longyuan.sharing.Level;
import dev.longyuan.sharing.Process;
import dev.longyuan.sharing.Resource;
import dev.longyuan.sharing.ResourceKind;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shareable resources and the processes spare capacity is offered by. */
@Repository
public class ResourceRepository {

  private final JdbcClient jdbc;

  ResourceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Process> processes() {
    return jdbc.sql("SELECT * FROM sharing_process ORDER BY position")
        .query(
            (rs, n) ->
                new Process(
                    rs.getString("code"),
                    rs.getString("name_zh"),
                    rs.getString("name_en"),
                    rs.getString("category_code")))
        .list();
  }

  public long insert(Resource r, String actor) {
    Calendar c = r.calendar();
    return jdbc.sql(
            """
            INSERT INTO sharing_resource (kind, name, owner_code, owner_name, county_code,
                city_code, specification, open_days, opens, closes, available_from, available_to,
                blocked_dates, price_terms, contact, level, process_code, monthly_capacity,
                capacity_unit, created_by)
            VALUES (:kind, :name, :owner, :ownerName, :county, :city, :spec, :days, :opens,
                :closes, :from, :to, CAST(:blocked AS date[]), :price, :contact, :level, :process,
                :capacity, :unit, :actor)
            RETURNING id
            """)
        .param("kind", r.kind().name())
        .param("name", r.name())
        .param("owner", r.ownerCode())
        .param("ownerName", r.ownerName())
        .param("county", r.countyCode())
        .param("city", r.cityCode())
        .param("spec", r.specification())
        .param("days", c.days().stream().map(String::valueOf).collect(Collectors.joining(",")))
        .param("opens", c.opens())
        .param("closes", c.closes())
        .param("from", c.from())
        .param("to", c.to())
        .param(
            "blocked",
            c.blocked().stream()
                .map(LocalDate::toString)
                .collect(Collectors.joining(",", "{", "}")))
        .param("price", r.priceTerms())
        .param("contact", r.contact())
        .param("level", r.level().name())
        .param("process", r.processCode())
        .param("capacity", r.monthlyCapacity())
        .param("unit", r.capacityUnit())
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  public void setMarketSupply(long id, long supplyId) {
    jdbc.sql("UPDATE sharing_resource SET market_supply_id = :supply WHERE id = :id")
        .param("supply", supplyId)
        .param("id", id)
        .update();
  }

  public Optional<Resource> find(long id) {
    return jdbc.sql("SELECT * FROM sharing_resource WHERE id = :id")
        .param("id", id)
        .query(ResourceRepository::resource)
        .optional();
  }

  /**
   * The resource with its row locked to the end of the transaction, so that requests and approvals
   * of its bookings check for overlaps one at a time.
   */
  public Optional<Resource> lock(long id) {
    return jdbc.sql("SELECT * FROM sharing_resource WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(ResourceRepository::resource)
        .optional();
  }

  public List<Resource> all() {
    return jdbc.sql("SELECT * FROM sharing_resource ORDER BY id")
        .query(ResourceRepository::resource)
        .list();
  }

  public List<Resource> findAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM sharing_resource WHERE id IN (:ids) ORDER BY id")
        .param("ids", ids)
        .query(ResourceRepository::resource)
        .list();
  }

  public List<Resource> bySupplies(List<Long> supplyIds) {
    if (supplyIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM sharing_resource WHERE market_supply_id IN (:ids)")
        .param("ids", supplyIds)
        .query(ResourceRepository::resource)
        .list();
  }

  static Resource resource(ResultSet rs, int n) throws SQLException {
    Date to = rs.getDate("available_to");
    Array blocked = rs.getArray("blocked_dates");
    TreeSet<LocalDate> blockedDates = new TreeSet<>();
    for (Object d : (Object[]) blocked.getArray()) {
      blockedDates.add(((Date) d).toLocalDate());
    }
    long supply = rs.getLong("market_supply_id");
    Long supplyId = rs.wasNull() ? null : supply;
    return new Resource(
        rs.getLong("id"),
        ResourceKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getString("owner_code"),
        rs.getString("owner_name"),
        rs.getString("county_code"),
        rs.getString("city_code"),
        rs.getString("specification"),
        new Calendar(
            Arrays.stream(rs.getString("open_days").split(","))
                .map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new)),
            rs.getTime("opens").toLocalTime(),
            rs.getTime("closes").toLocalTime(),
            rs.getDate("available_from").toLocalDate(),
            to == null ? null : to.toLocalDate(),
            blockedDates),
        rs.getString("price_terms"),
        rs.getString("contact"),
        Level.valueOf(rs.getString("level")),
        rs.getString("process_code"),
        rs.getBigDecimal("monthly_capacity"),
        rs.getString("capacity_unit"),
        supplyId);
  }
}
