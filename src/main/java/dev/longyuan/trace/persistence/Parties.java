package dev.longyuan.trace.persistence;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parties of the chains and their places. */
@Repository
public class Parties {

  /** An enterprise of a chain: its identifier (a URI), credit code, GLN, names and region. */
  public record Party(
      String id,
      String creditCode,
      @Nullable String gln,
      String nameZh,
      String nameEn,
      String regionCode) {}

  /** A place of a party (a read point or business location), with its coordinates. */
  public record Location(
      String id,
      String party,
      String nameZh,
      String nameEn,
      String regionCode,
      BigDecimal longitude,
      BigDecimal latitude) {}

  private final JdbcClient jdbc;

  Parties(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void save(Party party) {
    jdbc.sql(
            """
            INSERT INTO trace_party (id, credit_code, gln, name_zh, name_en, region_code)
            VALUES (:id, :code, :gln, :zh, :en, :region)
            ON CONFLICT (id) DO UPDATE SET name_zh = :zh, name_en = :en, region_code = :region
            """)
        .param("id", party.id())
        .param("code", party.creditCode())
        .param("gln", party.gln())
        .param("zh", party.nameZh())
        .param("en", party.nameEn())
        .param("region", party.regionCode())
        .update();
  }

  public void save(Location location) {
    jdbc.sql(
            """
            INSERT INTO trace_location (id, party, name_zh, name_en, region_code, longitude, latitude)
            VALUES (:id, :party, :zh, :en, :region, :lon, :lat)
            ON CONFLICT (id) DO UPDATE SET party = :party, name_zh = :zh, name_en = :en,
                region_code = :region, longitude = :lon, latitude = :lat
            """)
        .param("id", location.id())
        .param("party", location.party())
        .param("zh", location.nameZh())
        .param("en", location.nameEn())
        .param("region", location.regionCode())
        .param("lon", location.longitude())
        .param("lat", location.latitude())
        .update();
  }

  /** The party with this credit code, if the chains know it. */
  public java.util.Optional<Party> withCreditCode(String creditCode) {
    return jdbc.sql(
            """
            SELECT id, credit_code, gln, name_zh, name_en, region_code
            FROM trace_party WHERE credit_code = :code
            """)
        .param("code", creditCode)
        .query(Party.class)
        .optional();
  }

  public List<Party> parties(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT id, credit_code, gln, name_zh, name_en, region_code FROM trace_party"
                + " WHERE id IN (:ids) ORDER BY id")
        .param("ids", ids)
        .query(Party.class)
        .list();
  }

  public List<Location> locations(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT id, party, name_zh, name_en, region_code, longitude, latitude"
                + " FROM trace_location WHERE id IN (:ids) ORDER BY id")
        .param("ids", ids)
        .query(Location.class)
        .list();
  }
}
