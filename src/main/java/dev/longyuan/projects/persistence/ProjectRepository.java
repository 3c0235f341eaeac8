package dev.longyuan.projects.persistence;

import dev.longyuan.projects.Project;
import dev.longyuan.projects.ProjectList;
import dev.longyuan.projects.ProjectStatus;
import dev.longyuan.projects.YearInvestment;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The projects and the investment planned for them by year. */
@Repository
public class ProjectRepository {

  private static final String COLUMNS =
      """
      p.code, p.plan_id, p.name, p.owner_credit_code, p.owner_name, p.region_code, p.sector,
      p.industry_code, p.chain, p.base, p.zone, p.total_investment, p.start_date,
      p.planned_finish, p.status, p.synthetic
      """;

  private final JdbcClient jdbc;

  ProjectRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What a list selects. {@code regionPrefix} narrows to a region and everything under it (the
   * filter's and the user's scope both apply, so two prefixes); {@code owner} to one enterprise's
   * projects; {@code year} to projects under way in that year, whose figures are then that year's.
   */
  public record Selection(
      String scopePrefix,
      String regionPrefix,
      @Nullable String owner,
      @Nullable String sector,
      @Nullable String chain,
      @Nullable String base,
      @Nullable String status,
      @Nullable Integer year) {}

  public List<ProjectList.Row> list(Selection s) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                , COALESCE(y.planned, 0) AS planned, COALESCE(r.completed, 0) AS completed
                FROM project p
                LEFT JOIN (SELECT project_code, sum(planned) AS planned FROM project_year_plan
                           WHERE CAST(:year AS integer) IS NULL OR year = CAST(:year AS integer)
                           GROUP BY project_code) y ON y.project_code = p.code
                LEFT JOIN (SELECT project_code, sum(invested) AS completed FROM project_report
                           WHERE CAST(:year AS integer) IS NULL
                              OR left(period, 4) = CAST(CAST(:year AS integer) AS text)
                           GROUP BY project_code) r ON r.project_code = p.code
                WHERE p.region_code LIKE :scope || '%' AND p.region_code LIKE :region || '%'
                  AND (CAST(:owner AS text) IS NULL OR p.owner_credit_code = :owner)
                  AND (CAST(:sector AS text) IS NULL OR p.sector = :sector)
                  AND (CAST(:chain AS text) IS NULL OR p.chain = :chain)
                  AND (CAST(:base AS text) IS NULL OR p.base = :base)
                  AND (CAST(:status AS text) IS NULL OR p.status = :status)
                  AND (CAST(:year AS integer) IS NULL
                       OR CAST(:year AS integer) BETWEEN extract(year FROM p.start_date)
                                                     AND extract(year FROM p.planned_finish))
                ORDER BY p.code
                """)
        .param("scope", s.scopePrefix())
        .param("region", s.regionPrefix())
        .param("owner", s.owner())
        .param("sector", s.sector())
        .param("chain", s.chain())
        .param("base", s.base())
        .param("status", s.status())
        .param("year", s.year())
        .query(
            (rs, n) ->
                new ProjectList.Row(
                    project(rs), rs.getBigDecimal("planned"), rs.getBigDecimal("completed")))
        .list();
  }

  public Optional<Project> find(String code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM project p WHERE p.code = :code")
        .param("code", code)
        .query((rs, n) -> project(rs))
        .optional();
  }

  public boolean exists(String code) {
    return jdbc.sql("SELECT count(*) FROM project WHERE code = :code")
            .param("code", code)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Inserts the project, or replaces every field of the stored one with the same code. */
  public void save(Project p, String actor) {
    jdbc.sql(
            """
            INSERT INTO project (code, plan_id, name, owner_credit_code, owner_name, region_code,
              sector, industry_code, chain, base, zone, total_investment, start_date,
              planned_finish, status, synthetic, created_by, updated_by)
            VALUES (:code, :plan, :name, :ownerCode, :ownerName, :region, :sector, :industry,
              :chain, :base, :zone, :total, :start, :finish, :status, :synthetic, :actor, :actor)
            ON CONFLICT (code) DO UPDATE SET plan_id = EXCLUDED.plan_id, name = EXCLUDED.name,
              owner_credit_code = EXCLUDED.owner_credit_code, owner_name = EXCLUDED.owner_name,
              region_code = EXCLUDED.region_code, sector = EXCLUDED.sector,
              industry_code = EXCLUDED.industry_code, chain = EXCLUDED.chain,
              base = EXCLUDED.base, zone = EXCLUDED.zone,
              total_investment = EXCLUDED.total_investment, start_date = EXCLUDED.start_date,
              planned_finish = EXCLUDED.planned_finish, status = EXCLUDED.status,
              synthetic = EXCLUDED.synthetic, updated_at = now(), updated_by = EXCLUDED.updated_by
            """)
        .param("code", p.code())
        .param("plan", p.planId())
        .param("name", p.name())
        .param("ownerCode", p.ownerCreditCode())
        .param("ownerName", p.ownerName())
        .param("region", p.regionCode())
        .param("sector", p.sector())
        .param("industry", p.industryCode())
        .param("chain", p.chain())
        .param("base", p.base())
        .param("zone", p.zone())
        .param("total", p.totalInvestment())
        .param("start", p.startDate())
        .param("finish", p.plannedFinish())
        .param("status", p.status().word())
        .param("synthetic", p.synthetic())
        .param("actor", actor)
        .update();
  }

  /** Sets the investment planned for the given years, keeping the other years' plans. */
  public void savePlans(String code, Map<Integer, BigDecimal> plans) {
    plans.forEach(
        (year, planned) ->
            jdbc.sql(
                    """
                    INSERT INTO project_year_plan (project_code, year, planned)
                    VALUES (:code, :year, :planned)
                    ON CONFLICT (project_code, year) DO UPDATE SET planned = EXCLUDED.planned
                    """)
                .param("code", code)
                .param("year", year)
                .param("planned", planned)
                .update());
  }

  /** Replaces the plans by year with exactly these. */
  public void replacePlans(String code, Map<Integer, BigDecimal> plans) {
    jdbc.sql("DELETE FROM project_year_plan WHERE project_code = :code")
        .param("code", code)
        .update();
    savePlans(code, plans);
  }

  /** Every year with a plan or a report, planned and completed, in order. */
  public List<YearInvestment> years(String code) {
    return jdbc.sql(
            """
            SELECT year, COALESCE(sum(planned), 0) AS planned, COALESCE(sum(completed), 0) AS completed
            FROM (SELECT year, planned, NULL::numeric AS completed FROM project_year_plan
                  WHERE project_code = :code
                  UNION ALL
                  SELECT CAST(left(period, 4) AS integer), NULL, invested FROM project_report
                  WHERE project_code = :code) t
            GROUP BY year ORDER BY year
            """)
        .param("code", code)
        .query(
            (rs, n) ->
                new YearInvestment(
                    rs.getInt("year"), rs.getBigDecimal("planned"), rs.getBigDecimal("completed")))
        .list();
  }

  /** The projects of the given codes that exist. */
  public List<Project> findAll(List<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM project p WHERE p.code IN (:codes)")
        .param("codes", codes)
        .query((rs, n) -> project(rs))
        .list();
  }

  /** Every project, for the warning rules, which look at all of them. */
  public List<Project> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM project p ORDER BY p.code")
        .query((rs, n) -> project(rs))
        .list();
  }

  /** The investment planned in a year by project. */
  public Map<String, BigDecimal> plannedIn(int year) {
    return jdbc
        .sql("SELECT project_code, planned FROM project_year_plan WHERE year = :year")
        .param("year", year)
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
        .list()
        .stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  public boolean shippedLoaded(String label) {
    return jdbc.sql("SELECT count(*) FROM project_shipped_load WHERE label = :label")
            .param("label", label)
            .query(Long.class)
            .single()
        > 0;
  }

  public void markShippedLoaded(String label, int projects) {
    jdbc.sql("INSERT INTO project_shipped_load (label, projects) VALUES (:label, :projects)")
        .param("label", label)
        .param("projects", projects)
        .update();
  }

  static Project project(ResultSet rs) throws SQLException {
    return new Project(
        rs.getString("code"),
        rs.getString("plan_id"),
        rs.getString("name"),
        rs.getString("owner_credit_code"),
        rs.getString("owner_name"),
        rs.getString("region_code"),
        rs.getString("sector"),
        rs.getString("industry_code"),
        rs.getString("chain"),
        rs.getString("base"),
        rs.getString("zone"),
        rs.getBigDecimal("total_investment"),
        rs.getObject("start_date", java.time.LocalDate.class),
        rs.getObject("planned_finish", java.time.LocalDate.class),
        ProjectStatus.parse(rs.getString("status")).orElseThrow(),
        rs.getBoolean("synthetic"));
  }
}
