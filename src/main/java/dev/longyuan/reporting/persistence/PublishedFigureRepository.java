package dev.longyuan.reporting.persistence;

import dev.longyuan.reporting.internal.PublishedFigures.Figure;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published figures, kept as published. */
@Repository
public class PublishedFigureRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  PublishedFigureRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public int count() {
    return jdbc.sql("SELECT count(*) FROM published_figure").query(Integer.class).single();
  }

  /** The lines already loaded as data values. */
  public java.util.Set<Integer> mappedLines() {
    return java.util.Set.copyOf(
        jdbc.sql("SELECT line FROM published_figure WHERE data_element IS NOT NULL")
            .query(Integer.class)
            .list());
  }

  public void saveAll(List<Figure> figures) {
    template.batchUpdate(
        """
        INSERT INTO published_figure (line, code, name_zh, period_text, value_text, unit_text, source,
                                      official_address, quote, data_element, period, measure, value)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (line) DO UPDATE SET data_element = excluded.data_element, period = excluded.period,
                                         measure = excluded.measure, value = excluded.value""",
        figures,
        100,
        (ps, f) -> {
          ps.setInt(1, f.line());
          ps.setString(2, f.code());
          ps.setString(3, f.nameZh());
          ps.setString(4, f.periodText());
          ps.setString(5, f.valueText());
          ps.setString(6, f.unitText());
          ps.setString(7, f.source());
          ps.setString(8, f.officialAddress());
          ps.setString(9, f.quote());
          ps.setString(10, f.dataElement());
          ps.setString(11, f.period());
          ps.setString(12, f.measure());
          ps.setBigDecimal(13, f.value());
        });
  }

  public List<Figure> all() {
    return jdbc.sql("SELECT * FROM published_figure ORDER BY line")
        .query(
            (rs, n) ->
                new Figure(
                    rs.getInt("line"),
                    rs.getString("code"),
                    rs.getString("name_zh"),
                    rs.getString("period_text"),
                    rs.getString("value_text"),
                    rs.getString("unit_text"),
                    rs.getString("source"),
                    rs.getString("official_address"),
                    rs.getString("quote"),
                    rs.getString("data_element"),
                    rs.getString("period"),
                    rs.getString("measure"),
                    rs.getBigDecimal("value")))
        .list();
  }
}
