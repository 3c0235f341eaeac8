package dev.longyuan.plan.persistence;

import dev.longyuan.plan.Attribute;
import dev.longyuan.plan.Baseline;
import dev.longyuan.plan.Comparator;
import dev.longyuan.plan.Correction;
import dev.longyuan.plan.CountBasis;
import dev.longyuan.plan.Direction;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.IndicatorDefinition;
import dev.longyuan.plan.IndicatorTable;
import dev.longyuan.plan.Place;
import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanSection;
import dev.longyuan.plan.PlanSummary;
import dev.longyuan.plan.PlanTask;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.plan.ResponsibleUnit;
import dev.longyuan.plan.Sector;
import dev.longyuan.plan.SectorGroup;
import dev.longyuan.plan.Target;
import dev.longyuan.plan.TargetKind;
import dev.longyuan.plan.UnitKind;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stores a plan whole and reads it back whole. */
@Repository
public class PlanRepository {

  private final JdbcClient jdbc;
  private final PlanRowWriter writer;

  PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.writer = new PlanRowWriter(jdbc);
  }

  public Optional<String> sourceHash(String planId) {
    return jdbc.sql("SELECT source_sha256 FROM plan WHERE id = :id")
        .param("id", planId)
        .query(String.class)
        .optional();
  }

  /** Replaces the plan with this id, all or nothing. */
  @Transactional
  public void replace(Plan plan, String sourceSha256) {
    jdbc.sql("DELETE FROM plan WHERE id = :id").param("id", plan.id()).update();
    writer.insert(plan, sourceSha256);
  }

  public List<PlanSummary> summaries() {
    return jdbc.sql(
            """
        SELECT p.id, p.title_zh, p.title_en, p.document_number, p.issued_on, p.base_year, p.target_year, p.loaded_at,
               (SELECT count(*) FROM plan_target t WHERE t.plan_id = p.id) AS target_count
          FROM plan p ORDER BY p.issued_on DESC, p.id""")
        .query(
            (rs, n) ->
                new PlanSummary(
                    rs.getString("id"),
                    rs.getString("title_zh"),
                    rs.getString("title_en"),
                    rs.getString("document_number"),
                    rs.getObject("issued_on", java.time.LocalDate.class),
                    rs.getInt("base_year"),
                    rs.getInt("target_year"),
                    rs.getInt("target_count"),
                    rs.getObject("loaded_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  public Optional<Plan> find(String planId) {
    Map<String, Object> head =
        jdbc
            .sql("SELECT * FROM plan WHERE id = :id")
            .param("id", planId)
            .query()
            .listOfRows()
            .stream()
            .findFirst()
            .orElse(null);
    if (head == null) {
      return Optional.empty();
    }
    Map<String, List<Correction>> corrections =
        jdbc
            .sql("SELECT * FROM plan_correction WHERE plan_id = :id ORDER BY subject, ordinal")
            .param("id", planId)
            .query(
                (rs, n) ->
                    Map.entry(
                        rs.getString("subject"),
                        new Correction(
                            rs.getString("field"),
                            rs.getString("printed"),
                            rs.getString("corrected"),
                            rs.getString("reason_zh"),
                            rs.getString("reason_en"))))
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return Optional.of(
        new Plan(
            planId,
            (String) head.get("title_zh"),
            (String) head.get("title_en"),
            (String) head.get("document_number"),
            (String) head.get("issuer_zh"),
            (String) head.get("issuer_en"),
            ((java.sql.Date) head.get("issued_on")).toLocalDate(),
            (Integer) head.get("base_year"),
            (Integer) head.get("target_year"),
            (String) head.get("preamble"),
            rows(planId, "plan_section", this::section),
            rows(
                    planId,
                    "plan_indicator_table",
                    (rs, n) ->
                        new IndicatorTable(
                            rs.getString("section"),
                            rs.getString("title_zh"),
                            rs.getString("title_en"),
                            rs.getString("raw_text"),
                            corrections.getOrDefault("table", List.of())))
                .stream()
                .findFirst()
                .orElse(null),
            rows(planId, "plan_indicator", (rs, n) -> indicator(rs, corrections)),
            rows(planId, "plan_target", this::target),
            rows(planId, "plan_baseline", this::baseline),
            sectors(planId),
            rows(planId, "plan_region", this::region),
            rows(planId, "plan_place", this::place),
            rows(planId, "plan_unit", this::unit),
            rows(planId, "plan_task", this::task),
            head.get("progress_high") == null
                ? null
                : new dev.longyuan.plan.ProgressBands(
                    (java.math.BigDecimal) head.get("progress_high"),
                    (java.math.BigDecimal) head.get("progress_med"),
                    (java.math.BigDecimal) head.get("progress_low"))));
  }

  private <T> List<T> rows(
      String planId, String table, org.springframework.jdbc.core.RowMapper<T> mapper) {
    String order =
        table.equals("plan_indicator")
            ? "number"
            : table.equals("plan_indicator_table") ? "plan_id" : "ordinal";
    return jdbc.sql("SELECT * FROM " + table + " WHERE plan_id = :id ORDER BY " + order)
        .param("id", planId)
        .query(mapper)
        .list();
  }

  private PlanSection section(ResultSet rs, int n) throws SQLException {
    return new PlanSection(
        rs.getString("id"),
        rs.getString("title_zh"),
        rs.getString("title_en"),
        rs.getString("text"),
        rs.getString("closing_text"));
  }

  private Indicator indicator(ResultSet rs, Map<String, List<Correction>> corrections)
      throws SQLException {
    String code = rs.getString("code");
    return new Indicator(
        code,
        rs.getInt("number"),
        rs.getString("category_zh"),
        rs.getString("category_en"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        rs.getString("unit"),
        word(Attribute::fromWord, rs.getString("attribute")),
        word(Direction::fromWord, rs.getString("direction")),
        rs.getString("scope"),
        rs.getBigDecimal("baseline"),
        rs.getString("baseline_note"),
        rs.getBigDecimal("target"),
        rs.getString("target_text"),
        rs.getString("section"),
        rs.getString("table_row"),
        strings(rs, "target_codes"),
        corrections.getOrDefault(code, List.of()),
        rs.getString("note"),
        rs.getString("note_en"),
        defined(rs)
            ? new IndicatorDefinition(
                rs.getString("definition_expression"),
                rs.getString("definition_industries"),
                strings(rs, "definition_official"),
                rs.getString("definition_official_change"))
            : null);
  }

  private static boolean defined(ResultSet rs) throws SQLException {
    return rs.getString("definition_expression") != null
        || rs.getString("definition_official_change") != null
        || !strings(rs, "definition_official").isEmpty();
  }

  private Target target(ResultSet rs, int n) throws SQLException {
    String countBasis = rs.getString("count_basis");
    return new Target(
        rs.getString("code"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        rs.getBigDecimal("value"),
        rs.getBigDecimal("value_max"),
        rs.getString("unit"),
        word(Comparator::fromWord, rs.getString("comparator")),
        word(TargetKind::fromWord, rs.getString("kind")),
        countBasis == null ? null : word(CountBasis::fromWord, countBasis),
        rs.getInt("base_year"),
        rs.getInt("target_year"),
        word(Attribute::fromWord, rs.getString("attribute")),
        word(Direction::fromWord, rs.getString("direction")),
        rs.getString("scope"),
        rs.getString("indicator_code"),
        rs.getString("register"),
        strings(rs, "sector_codes"),
        strings(rs, "region_codes"),
        rs.getString("section"),
        rs.getString("source_text"),
        rs.getString("note"));
  }

  private Baseline baseline(ResultSet rs, int n) throws SQLException {
    return new Baseline(
        rs.getString("code"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        rs.getObject("year", Integer.class),
        rs.getString("period_text"),
        rs.getBigDecimal("value"),
        rs.getString("unit"),
        rs.getString("scope"),
        rs.getString("indicator_code"),
        rs.getString("section"),
        rs.getString("source_text"));
  }

  private List<Sector> sectors(String planId) {
    record SectorRow(
        @Nullable String parent,
        String code,
        String nameZh,
        String nameEn,
        @Nullable String group,
        String section,
        List<IndustryCode> industryCodes) {}
    List<SectorRow> rows =
        rows(
            planId,
            "plan_sector",
            (rs, n) ->
                new SectorRow(
                    rs.getString("parent_code"),
                    rs.getString("code"),
                    rs.getString("name_zh"),
                    rs.getString("name_en"),
                    rs.getString("sector_group"),
                    rs.getString("section"),
                    strings(rs, "industry_codes").stream().map(IndustryCode::of).toList()));
    return rows.stream()
        .filter(r -> r.parent() == null)
        .map(
            r ->
                new Sector(
                    r.code(),
                    r.nameZh(),
                    r.nameEn(),
                    word(SectorGroup::fromWord, r.group()),
                    r.section(),
                    r.industryCodes(),
                    rows.stream()
                        .filter(s -> r.code().equals(s.parent()))
                        .map(
                            s ->
                                new Sector.SubDirection(
                                    s.code(),
                                    s.nameZh(),
                                    s.nameEn(),
                                    s.section(),
                                    s.industryCodes()))
                        .toList()))
        .toList();
  }

  private Region region(ResultSet rs, int n) throws SQLException {
    String parent = rs.getString("parent_code");
    return new Region(
        RegionCode.of(rs.getString("code")),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        word(RegionLevel::fromWord, rs.getString("level")),
        parent == null ? null : RegionCode.of(parent));
  }

  private ResponsibleUnit unit(ResultSet rs, int n) throws SQLException {
    return new ResponsibleUnit(
        rs.getString("code"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        word(UnitKind::fromWord, rs.getString("kind")),
        rs.getString("region_code"));
  }

  private PlanTask task(ResultSet rs, int n) throws SQLException {
    return new PlanTask(
        rs.getString("code"),
        rs.getString("section"),
        rs.getString("title_zh"),
        rs.getString("title_en"),
        rs.getString("source_text"),
        strings(rs, "sector_codes"),
        strings(rs, "region_codes"),
        strings(rs, "place_codes"),
        strings(rs, "target_codes"),
        rs.getString("lead_unit"),
        strings(rs, "co_units"),
        rs.getString("units_basis"));
  }

  private Place place(ResultSet rs, int n) throws SQLException {
    return new Place(
        word(PlaceKind::fromWord, rs.getString("kind")),
        rs.getString("code"),
        rs.getString("parent_code"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        rs.getString("section"),
        strings(rs, "region_codes"),
        strings(rs, "sector_codes"),
        strings(rs, "stages"),
        rs.getString("level"),
        rs.getString("scale_zh"),
        rs.getBigDecimal("scale_value"),
        rs.getString("source_text"));
  }

  private static List<String> strings(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static <E> E word(Function<String, Optional<E>> parse, @Nullable String word) {
    return parse
        .apply(String.valueOf(word))
        .orElseThrow(() -> new IllegalStateException("unexpected stored value " + word));
  }
}
