package dev.longyuan.reporting.persistence;

import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.internal.RuleExpression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The validation rules, and their evaluation over the staged values together with the stored values
 * of the same reporting units, periods and measures (a file may carry VA while GO is already
 * stored).
 */
@Repository
public class RuleRepository {

  private final JdbcClient jdbc;

  RuleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The SQL pieces that turn a rule's elements into columns of one row per unit, period and
   * measure: the element list, the pivoted columns, and the condition that every element is
   * present.
   */
  private record Pivot(String inList, String columns, String present) {

    static Pivot of(List<String> elements) {
      return new Pivot(
          elements.stream().map(e -> "'" + e + "'").collect(Collectors.joining(", ")),
          elements.stream()
              .map(e -> "max(value) FILTER (WHERE data_element = '" + e + "') AS \"" + e + "\"")
              .collect(Collectors.joining(", ")),
          elements.stream()
              .map(e -> "\"" + e + "\" IS NOT NULL")
              .collect(Collectors.joining(" AND ")));
    }
  }

  /** A stored rule. */
  public record Rule(
      String code, String nameZh, String nameEn, RuleExpression expression, String severity) {}

  public List<Rule> activeRules(String severity) {
    return jdbc.sql(
            "SELECT * FROM validation_rule WHERE active AND severity = :severity ORDER BY code")
        .param("severity", severity)
        .query(
            (rs, n) ->
                new Rule(
                    rs.getString("code"),
                    rs.getString("name_zh"),
                    rs.getString("name_en"),
                    RuleExpression.parse(rs.getString("expression")),
                    rs.getString("severity")))
        .list();
  }

  /** The staged rows that break a rule, one error per reporting unit, period and measure. */
  public List<ImportError> violations(Rule rule) {
    List<String> elements = List.copyOf(rule.expression().elements());
    Pivot pivot = Pivot.of(elements);
    String inList = pivot.inList();
    String columns = pivot.columns();
    String present = pivot.present();
    String sql =
        """
        WITH touched AS (
            SELECT DISTINCT reporting_unit, period, measure FROM incoming WHERE data_element IN (%1$s)),
        merged AS (
            SELECT data_element, reporting_unit, period, measure, value FROM incoming WHERE data_element IN (%1$s)
            UNION ALL
            SELECT d.data_element, d.reporting_unit, d.period, d.measure, d.value
              FROM data_value d JOIN touched t USING (reporting_unit, period, measure)
             WHERE d.data_element IN (%1$s) AND NOT d.deleted
               AND NOT EXISTS (SELECT 1 FROM incoming i WHERE i.data_element = d.data_element
                                 AND i.reporting_unit = d.reporting_unit AND i.period = d.period
                                 AND i.measure = d.measure)),
        grouped AS (
            SELECT reporting_unit, period, measure, %2$s FROM merged GROUP BY reporting_unit, period, measure)
        SELECT (SELECT min(i.row_no) FROM incoming i
                 WHERE i.reporting_unit = g.reporting_unit AND i.period = g.period AND i.measure = g.measure
                   AND i.data_element IN (%1$s)) AS row_no, g.*
          FROM grouped g
         WHERE %3$s AND NOT (%4$s)
         ORDER BY row_no"""
            .formatted(inList, columns, present, rule.expression().sqlCondition());
    return jdbc.sql(sql)
        .query(
            (rs, n) -> {
              List<String> figures = new ArrayList<>();
              for (String element : elements) {
                BigDecimal value = rs.getBigDecimal(element);
                figures.add(element + " = " + value.toPlainString());
              }
              String shown = String.join(", ", figures);
              return new ImportError(
                  rs.getInt("row_no"),
                  "value",
                  "rule." + rule.code(),
                  "违反审核规则“" + rule.nameZh() + "”（" + rule.expression().text() + "）：" + shown,
                  "breaks the rule \""
                      + rule.nameEn()
                      + "\" ("
                      + rule.expression().text()
                      + "): "
                      + shown);
            })
        .list();
  }

  /** Whether the stored values of one unit in one period break a rule, per measure. */
  public List<String> storedViolations(Rule rule, String reportingUnit, String period) {
    List<String> elements = List.copyOf(rule.expression().elements());
    Pivot pivot = Pivot.of(elements);
    String inList = pivot.inList();
    String columns = pivot.columns();
    String present = pivot.present();
    return jdbc.sql(
            """
            SELECT measure FROM (
                SELECT measure, %2$s FROM data_value
                 WHERE reporting_unit = :unit AND period = :period AND NOT deleted AND data_element IN (%1$s)
                 GROUP BY measure) g
             WHERE %3$s AND NOT (%4$s)
             ORDER BY measure"""
                .formatted(inList, columns, present, rule.expression().sqlCondition()))
        .param("unit", reportingUnit)
        .param("period", period)
        .query(String.class)
        .list();
  }
}
