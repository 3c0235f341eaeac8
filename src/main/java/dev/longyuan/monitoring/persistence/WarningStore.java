package dev.longyuan.monitoring.persistence;

import dev.longyuan.monitoring.Alert;
import dev.longyuan.monitoring.WarningRule;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The warning rules and the alerts they raise (tables warning_rule and warning_alert). */
@Repository
public class WarningStore {

  private static final String ALERT_COLUMNS =
      """
      a.id, a.rule_id, r.code AS rule_code, r.name_zh, r.name_en, a.plan_id, a.severity,
      a.region_code, a.sector, a.subject, a.value, a.threshold, a.period, a.detail,
      a.data_version, a.first_seen, a.last_seen, a.acknowledged_by, a.acknowledged_at,
      a.resolved_at
      FROM warning_alert a JOIN warning_rule r ON r.id = a.rule_id
      """;

  private final JdbcClient jdbc;

  WarningStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<WarningRule> rules(String planId) {
    return jdbc.sql("SELECT * FROM warning_rule WHERE plan_id = :plan ORDER BY id")
        .param("plan", planId)
        .query(WarningStore::rule)
        .list();
  }

  public Optional<WarningRule> rule(long id) {
    return jdbc.sql("SELECT * FROM warning_rule WHERE id = :id")
        .param("id", id)
        .query(WarningStore::rule)
        .optional();
  }

  public Optional<WarningRule> rule(String code) {
    return jdbc.sql("SELECT * FROM warning_rule WHERE code = :code")
        .param("code", code)
        .query(WarningStore::rule)
        .optional();
  }

  /** Stores a new rule, or replaces the one with the same code, and returns it. */
  @Transactional
  public WarningRule save(WarningRule rule) {
    jdbc.sql(
            """
            INSERT INTO warning_rule (code, plan_id, kind, severity, name_zh, name_en,
              region_code, cities, sector, expression, target_code, data_item, comparator,
              threshold, months, enabled, updated_by, updated_at)
            VALUES (:code, :plan, :kind, :severity, :zh, :en, :region, :cities, :sector,
              :expression, :target, :item, :comparator, :threshold, :months, :enabled, :by,
              now())
            ON CONFLICT (code) DO UPDATE SET plan_id = :plan, kind = :kind,
              severity = :severity, name_zh = :zh, name_en = :en, region_code = :region,
              cities = :cities, sector = :sector, expression = :expression,
              target_code = :target, data_item = :item, comparator = :comparator, threshold = :threshold,
              months = :months, enabled = :enabled, updated_by = :by, updated_at = now()
            """)
        .param("code", rule.code())
        .param("plan", rule.planId())
        .param("kind", rule.kind())
        .param("severity", rule.severity())
        .param("zh", rule.nameZh())
        .param("en", rule.nameEn())
        .param("region", rule.regionCode())
        .param("cities", rule.cities())
        .param("sector", rule.sector())
        .param("expression", rule.expression())
        .param("target", rule.targetCode())
        .param("item", rule.dataItem())
        .param("comparator", rule.comparator())
        .param("threshold", rule.threshold())
        .param("months", rule.months())
        .param("enabled", rule.enabled())
        .param("by", rule.updatedBy())
        .update();
    return rule(rule.code()).orElseThrow();
  }

  /** Changes what province staff may change of a rule, recording who changed it. */
  @Transactional
  public boolean update(
      long id,
      String severity,
      @Nullable BigDecimal threshold,
      int months,
      boolean enabled,
      String by) {
    return jdbc.sql(
                """
                UPDATE warning_rule SET severity = :severity,
                  threshold = CASE WHEN kind = 'deviation' OR comparator = 'below_pace' THEN NULL
                    ELSE CAST(:threshold AS numeric) END,
                  months = :months, enabled = :enabled, updated_by = :by, updated_at = now()
                WHERE id = :id
                """)
            .param("id", id)
            .param("severity", severity)
            .param("threshold", threshold)
            .param("months", months)
            .param("enabled", enabled)
            .param("by", by)
            .update()
        == 1;
  }

  /**
   * Records what a rule found at a data version: an open alert of the same region, sector and
   * subject is brought up to date (not raised again), a new finding opens an alert, and an open
   * alert whose condition no longer holds is resolved. Returns the alerts opened.
   */
  @Transactional
  public List<Alert> record(WarningRule rule, List<Alert.Finding> findings, String version) {
    Map<String, Alert> open = new HashMap<>();
    for (Alert alert :
        jdbc.sql("SELECT " + ALERT_COLUMNS + " WHERE a.rule_id = :rule AND a.resolved_at IS NULL")
            .param("rule", rule.id())
            .query(WarningStore::alert)
            .list()) {
      open.put(key(alert.regionCode(), alert.sector(), alert.subject()), alert);
    }
    List<Long> opened = new ArrayList<>();
    for (Alert.Finding f : findings) {
      Alert existing = open.remove(key(f.regionCode(), f.sector(), f.subject()));
      if (existing != null) {
        jdbc.sql(
                """
                UPDATE warning_alert SET value = :value, threshold = :threshold,
                  period = :period, detail = :detail, data_version = :version,
                  severity = :severity, last_seen = now()
                WHERE id = :id
                """)
            .param("id", existing.id())
            .param("value", f.value())
            .param("threshold", f.threshold())
            .param("period", f.period())
            .param("detail", f.detail())
            .param("version", version)
            .param("severity", rule.severity())
            .update();
      } else {
        opened.add(
            jdbc.sql(
                    """
                    INSERT INTO warning_alert (rule_id, plan_id, severity, region_code, sector,
                      subject, value, threshold, period, detail, data_version)
                    VALUES (:rule, :plan, :severity, :region, :sector, :subject, :value,
                      :threshold, :period, :detail, :version)
                    RETURNING id
                    """)
                .param("rule", rule.id())
                .param("plan", rule.planId())
                .param("severity", rule.severity())
                .param("region", f.regionCode())
                .param("sector", f.sector())
                .param("subject", f.subject())
                .param("value", f.value())
                .param("threshold", f.threshold())
                .param("period", f.period())
                .param("detail", f.detail())
                .param("version", version)
                .query(Long.class)
                .single());
      }
    }
    for (Alert ended : open.values()) {
      jdbc.sql("UPDATE warning_alert SET resolved_at = now() WHERE id = :id")
          .param("id", ended.id())
          .update();
    }
    return opened.stream().map(id -> alert(id).orElseThrow()).toList();
  }

  public Optional<Alert> alert(long id) {
    return jdbc.sql("SELECT " + ALERT_COLUMNS + " WHERE a.id = :id")
        .param("id", id)
        .query(WarningStore::alert)
        .optional();
  }

  /** The alerts of a rule, newest first. */
  public List<Alert> alertsOf(long ruleId) {
    return jdbc.sql("SELECT " + ALERT_COLUMNS + " WHERE a.rule_id = :rule ORDER BY a.id DESC")
        .param("rule", ruleId)
        .query(WarningStore::alert)
        .list();
  }

  /** The alerts of a plan in the regions under a prefix that pass the filter, newest first. */
  public List<Alert> alerts(String planId, String regionPrefix, Alert.Filter filter) {
    String state = filter.state();
    return jdbc.sql(
            "SELECT "
                + ALERT_COLUMNS
                + """
                WHERE a.plan_id = :plan AND a.region_code LIKE :prefix
                  AND (CAST(:severity AS text) IS NULL OR a.severity = :severity)
                  AND (CAST(:region AS text) IS NULL OR a.region_code = :region)
                  AND (CAST(:sector AS text) IS NULL OR a.sector = :sector)
                  AND (CAST(:state AS text) IS NULL
                    OR (:state = 'open' AND a.resolved_at IS NULL)
                    OR (:state = 'acknowledged' AND a.resolved_at IS NULL
                        AND a.acknowledged_by IS NOT NULL)
                    OR (:state = 'resolved' AND a.resolved_at IS NOT NULL))
                ORDER BY a.resolved_at IS NOT NULL, a.last_seen DESC, a.id DESC
                LIMIT 500
                """)
        .param("plan", planId)
        .param("prefix", regionPrefix + "%")
        .param("severity", filter.severity())
        .param("region", filter.region())
        .param("sector", filter.sector())
        .param("state", state)
        .query(WarningStore::alert)
        .list();
  }

  /** Records who acknowledged an alert (once: a second acknowledgement changes nothing). */
  @Transactional
  public boolean acknowledge(long id, String by) {
    return jdbc.sql(
                """
                UPDATE warning_alert SET acknowledged_by = :by, acknowledged_at = now()
                WHERE id = :id AND acknowledged_by IS NULL
                """)
            .param("id", id)
            .param("by", by)
            .update()
        == 1;
  }

  private static String key(String region, @Nullable String sector, String subject) {
    return region + "|" + Objects.requireNonNullElse(sector, "") + "|" + subject;
  }

  private static WarningRule rule(ResultSet rs, int row) throws SQLException {
    return new WarningRule(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("plan_id"),
        rs.getString("kind"),
        rs.getString("severity"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        rs.getString("region_code"),
        rs.getBoolean("cities"),
        rs.getString("sector"),
        rs.getString("expression"),
        rs.getString("target_code"),
        rs.getString("data_item"),
        rs.getString("comparator"),
        rs.getBigDecimal("threshold"),
        rs.getInt("months"),
        rs.getBoolean("enabled"),
        rs.getString("updated_by"),
        rs.getObject("updated_at", OffsetDateTime.class));
  }

  private static Alert alert(ResultSet rs, int row) throws SQLException {
    return new Alert(
        rs.getLong("id"),
        rs.getLong("rule_id"),
        rs.getString("rule_code"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        rs.getString("plan_id"),
        rs.getString("severity"),
        rs.getString("region_code"),
        rs.getString("sector"),
        rs.getString("subject"),
        rs.getBigDecimal("value"),
        rs.getBigDecimal("threshold"),
        rs.getString("period"),
        rs.getString("detail"),
        rs.getString("data_version"),
        rs.getObject("first_seen", OffsetDateTime.class),
        rs.getObject("last_seen", OffsetDateTime.class),
        rs.getString("acknowledged_by"),
        rs.getObject("acknowledged_at", OffsetDateTime.class),
        rs.getObject("resolved_at", OffsetDateTime.class));
  }
}
