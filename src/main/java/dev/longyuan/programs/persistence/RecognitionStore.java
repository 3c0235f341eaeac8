package dev.longyuan.programs.persistence;

import dev.longyuan.programs.Programme;
import dev.longyuan.programs.Recognition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programme catalogue and the recognitions (tables programme, programme_recognition). */
@Repository
public class RecognitionStore {

  private final JdbcClient jdbc;
  private final RegisterVersion version;

  RecognitionStore(JdbcClient jdbc, RegisterVersion version) {
    this.jdbc = jdbc;
    this.version = version;
  }

  public List<Programme> programmes() {
    return jdbc.sql("SELECT * FROM programme ORDER BY position")
        .query(
            (rs, n) ->
                new Programme(
                    rs.getString("code"),
                    rs.getString("name_zh"),
                    rs.getString("name_en"),
                    Programme.HolderKind.valueOf(rs.getString("holder_kind").toUpperCase()),
                    Arrays.asList(rs.getString("levels").split(",")),
                    rs.getString("target_code")))
        .list();
  }

  /** What a list of recognitions is narrowed to; a null field does not narrow it. */
  public record Filter(
      @Nullable String programmeCode,
      String regionPrefix,
      @Nullable String industryPrefix,
      @Nullable String level,
      @Nullable Integer validInYear) {}

  public List<Recognition> find(Filter filter, int limit) {
    return jdbc.sql(
            """
            SELECT * FROM programme_recognition
            WHERE (CAST(:programme AS text) IS NULL OR programme_code = :programme)
              AND region_code LIKE :prefix || '%'
              AND (CAST(:industry AS text) IS NULL OR industry_code LIKE :industry || '%')
              AND (CAST(:level AS text) IS NULL OR level = :level)
              AND (CAST(:year AS integer) IS NULL OR (year_granted <= :year
                   AND (year_withdrawn IS NULL OR year_withdrawn > :year)))
            ORDER BY programme_code, year_granted, region_code, holder_name, id
            LIMIT :limit
            """)
        .param("programme", filter.programmeCode())
        .param("prefix", filter.regionPrefix())
        .param("industry", filter.industryPrefix())
        .param("level", filter.level())
        .param("year", filter.validInYear())
        .param("limit", limit)
        .query(RecognitionStore::recognition)
        .list();
  }

  /** The recognitions an enterprise holds, valid at the end of the year given. */
  public List<Recognition> validOf(String enterpriseCode, int year) {
    return jdbc.sql(
            """
            SELECT * FROM programme_recognition
            WHERE enterprise_code = :enterprise AND year_granted <= :year
              AND (year_withdrawn IS NULL OR year_withdrawn > :year)
            ORDER BY programme_code, year_granted, id
            """)
        .param("enterprise", enterpriseCode)
        .param("year", year)
        .query(RecognitionStore::recognition)
        .list();
  }

  public Optional<Recognition> find(long id) {
    return jdbc.sql("SELECT * FROM programme_recognition WHERE id = :id")
        .param("id", id)
        .query(RecognitionStore::recognition)
        .optional();
  }

  /** A programme's count in a year, and whether demonstration data make part of it. */
  public record YearCount(String programmeCode, int year, int count, boolean synthetic) {}

  /**
   * Every programme's recognitions valid at the end of each year from {@code from} to {@code to},
   * of holders in the region; only years with at least one.
   */
  public List<YearCount> counts(String regionPrefix, int from, int to) {
    return jdbc.sql(
            """
            SELECT r.programme_code, y.year, count(*) AS n, bool_or(r.synthetic) AS synthetic
            FROM generate_series(:from, :to) AS y(year)
            JOIN programme_recognition r
              ON r.year_granted <= y.year AND (r.year_withdrawn IS NULL OR r.year_withdrawn > y.year)
            WHERE r.region_code LIKE :prefix || '%'
            GROUP BY r.programme_code, y.year
            """)
        .param("from", from)
        .param("to", to)
        .param("prefix", regionPrefix)
        .query(
            (rs, n) ->
                new YearCount(
                    rs.getString("programme_code"),
                    rs.getInt("year"),
                    rs.getInt("n"),
                    rs.getBoolean("synthetic")))
        .list();
  }

  /**
   * The first year any recognition of the programme was granted, anywhere: from then on the
   * register keeps the programme, and a year with none counts 0.
   */
  public Optional<Integer> firstYear(String programmeCode) {
    return jdbc.sql(
            """
        SELECT year_granted FROM programme_recognition WHERE programme_code = :p
        ORDER BY year_granted LIMIT 1""")
        .param("p", programmeCode)
        .query(Integer.class)
        .optional();
  }

  /** Whether demonstration data make any of the programme's recognitions in the region. */
  public boolean anySynthetic(String programmeCode, String regionPrefix) {
    return Boolean.TRUE.equals(
        jdbc.sql(
                "SELECT coalesce(bool_or(synthetic), false) FROM programme_recognition"
                    + " WHERE programme_code = :p AND region_code LIKE :prefix || '%'")
            .param("p", programmeCode)
            .param("prefix", regionPrefix)
            .query(Boolean.class)
            .single());
  }

  public boolean exists(String programmeCode, String holderKey, String level, int yearGranted) {
    return jdbc.sql(
                """
            SELECT count(*) FROM programme_recognition WHERE programme_code = :p
              AND holder_key = :h AND level = :l AND year_granted = :y
            """)
            .param("p", programmeCode)
            .param("h", holderKey)
            .param("l", level)
            .param("y", yearGranted)
            .query(Integer.class)
            .single()
        > 0;
  }

  public long insert(Recognition r, String holderKey, String actor) {
    version.changed();
    return jdbc.sql(
            """
            INSERT INTO programme_recognition (programme_code, enterprise_code, zone_code,
              holder_name, holder_key, region_code, industry_code, level, year_granted,
              year_withdrawn, document_number, synthetic, recorded_by)
            VALUES (:programme, :enterprise, :zone, :name, :key, :region, :industry, :level,
              :granted, :withdrawn, :document, :synthetic, :actor)
            RETURNING id
            """)
        .param("programme", r.programmeCode())
        .param("enterprise", r.enterpriseCode())
        .param("zone", r.zoneCode())
        .param("name", r.holderName())
        .param("key", holderKey)
        .param("region", r.regionCode())
        .param("industry", r.industryCode())
        .param("level", r.level())
        .param("granted", r.yearGranted())
        .param("withdrawn", r.yearWithdrawn())
        .param("document", r.documentNumber())
        .param("synthetic", r.synthetic())
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  public void withdraw(long id, int year, String actor) {
    version.changed();
    jdbc.sql(
            "UPDATE programme_recognition SET year_withdrawn = :y, withdrawn_by = :a WHERE id = :id")
        .param("y", year)
        .param("a", actor)
        .param("id", id)
        .update();
  }

  static Recognition recognition(ResultSet rs, int n) throws SQLException {
    Integer withdrawn = rs.getObject("year_withdrawn", Integer.class);
    return new Recognition(
        rs.getLong("id"),
        rs.getString("programme_code"),
        rs.getString("enterprise_code"),
        rs.getString("zone_code"),
        rs.getString("holder_name"),
        rs.getString("region_code"),
        rs.getString("industry_code"),
        rs.getString("level"),
        rs.getInt("year_granted"),
        withdrawn,
        rs.getString("document_number"),
        rs.getBoolean("synthetic"));
  }
}
