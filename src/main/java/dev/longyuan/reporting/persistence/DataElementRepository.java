package dev.longyuan.reporting.persistence;

import dev.longyuan.reporting.DataElement;
import dev.longyuan.reporting.DataSet;
import dev.longyuan.reporting.UnitType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The data elements and forms, as stored. */
@Repository
public class DataElementRepository {

  private final JdbcClient jdbc;

  DataElementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<DataElement> elements() {
    return jdbc.sql("SELECT * FROM data_element ORDER BY code")
        .query(DataElementRepository::element)
        .list();
  }

  public List<DataSet> dataSets() {
    Map<String, DataElement> byCode =
        elements().stream().collect(Collectors.toMap(DataElement::code, Function.identity()));
    Map<String, List<DataElement>> members =
        jdbc
            .sql("SELECT data_set, data_element FROM data_set_element ORDER BY data_set, ordinal")
            .query((rs, n) -> Map.entry(rs.getString(1), byCode.get(rs.getString(2))))
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return jdbc.sql("SELECT * FROM data_set ORDER BY code")
        .query(
            (rs, n) ->
                new DataSet(
                    rs.getString("code"),
                    rs.getString("name_zh"),
                    rs.getString("name_en"),
                    rs.getString("unit_type").equals("enterprise")
                        ? UnitType.ENTERPRISE
                        : UnitType.REGION,
                    rs.getString("frequency"),
                    members.getOrDefault(rs.getString("code"), List.of())))
        .list();
  }

  private static DataElement element(ResultSet rs, int n) throws SQLException {
    return new DataElement(
        rs.getString("code"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        rs.getString("unit"),
        rs.getInt("precision"),
        rs.getString("aggregation"),
        rs.getString("kind"),
        rs.getString("frequency"),
        rs.getString("scope"),
        rs.getString("reported_by"));
  }
}
