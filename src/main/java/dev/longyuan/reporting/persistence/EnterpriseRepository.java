package dev.longyuan.reporting.persistence;

import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.PanelMembership;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprise registry and the yearly 规上 panel. */
@Repository
public class EnterpriseRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  EnterpriseRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * Enterprises in scope and in a region (its code prefix: 62 for the province, 6201 for Lanzhou, a
   * whole code for a county) whose industry code starts with one of the given codes (all when
   * empty).
   */
  public List<Enterprise> find(
      DataScope scope, String regionPrefix, List<String> industryPrefixes, int limit, int offset) {
    StringBuilder sql =
        new StringBuilder("SELECT * FROM enterprise e WHERE region_code LIKE :region AND ")
            .append(ScopeCondition.enterprise("e"));
    if (!industryPrefixes.isEmpty()) {
      sql.append(" AND industry_code LIKE ANY (:industries)");
    }
    sql.append(" ORDER BY region_code, credit_code LIMIT :limit OFFSET :offset");
    return jdbc.sql(sql.toString())
        .params(ScopeCondition.params(scope))
        .param("region", regionPrefix + "%")
        .param("industries", industryPrefixes.stream().map(p -> p + "%").toArray(String[]::new))
        .param("limit", limit)
        .param("offset", offset)
        .query(EnterpriseRepository::enterprise)
        .list();
  }

  public Set<String> creditCodes() {
    return new HashSet<>(jdbc.sql("SELECT credit_code FROM enterprise").query(String.class).list());
  }

  /** How many registered enterprises the scope covers. */
  public int count(DataScope scope) {
    return jdbc.sql("SELECT count(*) FROM enterprise e WHERE " + ScopeCondition.enterprise("e"))
        .params(ScopeCondition.params(scope))
        .query(Integer.class)
        .single();
  }

  /** Adds or updates enterprises, in batches. */
  public void saveAll(List<Enterprise> enterprises) {
    template.batchUpdate(
        """
        INSERT INTO enterprise (credit_code, name, region_code, industry_code, size_class, ownership, synthetic)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (credit_code) DO UPDATE SET name = EXCLUDED.name, region_code = EXCLUDED.region_code,
          industry_code = EXCLUDED.industry_code, size_class = EXCLUDED.size_class,
          ownership = EXCLUDED.ownership, synthetic = EXCLUDED.synthetic""",
        enterprises,
        1000,
        (ps, e) -> {
          ps.setString(1, e.creditCode().value());
          ps.setString(2, e.name());
          ps.setString(3, e.regionCode().value());
          ps.setString(4, e.industryCode().value());
          ps.setString(5, e.sizeClass().word());
          ps.setString(6, e.ownership());
          ps.setBoolean(7, e.synthetic());
        });
  }

  public void savePanel(List<PanelMembership> panel) {
    template.batchUpdate(
        """
        INSERT INTO enterprise_panel (credit_code, year, above_scale) VALUES (?, ?, ?)
        ON CONFLICT (credit_code, year) DO UPDATE SET above_scale = EXCLUDED.above_scale""",
        panel,
        1000,
        (ps, m) -> {
          ps.setString(1, m.creditCode().value());
          ps.setInt(2, m.year());
          ps.setBoolean(3, m.aboveScale());
        });
  }

  private static Enterprise enterprise(ResultSet rs, int n) throws SQLException {
    return new Enterprise(
        CreditCode.of(rs.getString("credit_code")),
        rs.getString("name"),
        RegionCode.of(rs.getString("region_code")),
        IndustryCode.of(rs.getString("industry_code")),
        SizeClass.fromWord(rs.getString("size_class")).orElseThrow(),
        rs.getString("ownership"),
        rs.getBoolean("synthetic"));
  }

  public Optional<Enterprise> find(String creditCode) {
    return jdbc.sql("SELECT * FROM enterprise WHERE credit_code = :code")
        .param("code", creditCode)
        .query(EnterpriseRepository::enterprise)
        .optional();
  }

  /** The registered enterprises among the credit codes given, in one query. */
  public List<Enterprise> findAll(Collection<String> creditCodes) {
    if (creditCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM enterprise WHERE credit_code IN (:codes)")
        .param("codes", List.copyOf(creditCodes))
        .query(EnterpriseRepository::enterprise)
        .list();
  }
}
