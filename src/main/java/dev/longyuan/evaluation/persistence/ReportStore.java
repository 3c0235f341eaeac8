package dev.longyuan.evaluation.persistence;

import dev.longyuan.evaluation.ReportKey;
import dev.longyuan.evaluation.ReportVersion;
import dev.longyuan.evaluation.StoredReport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The stored versions of the evaluation reports (table evaluation_report). */
@Repository
public class ReportStore {

  private static final String KEY =
      """
      plan_id = :plan AND report_type = :type AND year = :year AND period = :period
        AND region_code = :region AND lang = :lang""";

  private static final String SUMMARY =
      "plan_id, report_type, year, period, region_code, lang, version, data_version, created_at,"
          + " created_by";

  private final JdbcClient jdbc;

  ReportStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest version, or the one numbered, with its documents. */
  public Optional<StoredReport> find(ReportKey key, @Nullable Integer version) {
    return keyed(
            "SELECT "
                + SUMMARY
                + ", html, pdf, xlsx FROM evaluation_report WHERE "
                + KEY
                + (version == null ? " ORDER BY version DESC LIMIT 1" : " AND version = :version"),
            key)
        .param("version", version == null ? 0 : version)
        .query(
            (rs, n) ->
                new StoredReport(
                    summary(rs), rs.getBytes("html"), rs.getBytes("pdf"), rs.getBytes("xlsx")))
        .optional();
  }

  public boolean exists(ReportKey key) {
    return keyed("SELECT count(*) FROM evaluation_report WHERE " + KEY, key)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Stores the documents as the key's next version; with {@code onlyFirst}, only when it has none
   * yet (else the latest is returned and nothing stored), so that two first asks store one version.
   */
  @Transactional
  public StoredReport store(
      ReportKey key,
      String dataVersion,
      String createdBy,
      byte[] html,
      byte[] pdf,
      byte[] xlsx,
      boolean onlyFirst) {
    // one writer per key at a time: the version numbers are counted under this lock
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:k))")
        .param("k", key.toString())
        .query(Object.class)
        .single();
    if (onlyFirst) {
      Optional<StoredReport> stored = find(key, null);
      if (stored.isPresent()) {
        return stored.get();
      }
    }
    int version =
        keyed(
                "INSERT INTO evaluation_report (plan_id, report_type, year, period, region_code,"
                    + " lang, version, data_version, created_by, html, pdf, xlsx)"
                    + " SELECT :plan, :type, :year, :period, :region, :lang,"
                    + " coalesce(max(version), 0) + 1, :data, :by, :html, :pdf, :xlsx"
                    + " FROM evaluation_report WHERE "
                    + KEY
                    + " RETURNING version",
                key)
            .param("data", dataVersion)
            .param("by", createdBy)
            .param("html", html)
            .param("pdf", pdf)
            .param("xlsx", xlsx)
            .query(Integer.class)
            .single();
    return find(key, version).orElseThrow();
  }

  /** The plan's stored versions whose region starts with the prefix, the latest first. */
  public List<ReportVersion> versions(String planId, String regionPrefix, int limit) {
    return jdbc.sql(
            "SELECT "
                + SUMMARY
                + " FROM evaluation_report WHERE plan_id = :plan AND region_code LIKE :prefix"
                + " ORDER BY created_at DESC, id DESC LIMIT :limit")
        .param("plan", planId)
        .param("prefix", regionPrefix + "%")
        .param("limit", limit)
        .query((rs, n) -> summary(rs))
        .list();
  }

  private JdbcClient.StatementSpec keyed(String sql, ReportKey key) {
    return jdbc.sql(sql)
        .param("plan", key.planId())
        .param("type", key.type())
        .param("year", key.year())
        .param("period", key.period())
        .param("region", key.regionCode())
        .param("lang", key.lang());
  }

  private static ReportVersion summary(ResultSet rs) throws SQLException {
    return new ReportVersion(
        new ReportKey(
            rs.getString("plan_id"),
            rs.getString("report_type"),
            rs.getInt("year"),
            rs.getString("period"),
            rs.getString("region_code"),
            rs.getString("lang")),
        rs.getInt("version"),
        rs.getString("data_version"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"));
  }
}
