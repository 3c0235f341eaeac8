package dev.longyuan.smeservices.persistence;

import dev.longyuan.smeservices.Fee;
import dev.longyuan.smeservices.NodeKind;
import dev.longyuan.smeservices.ServiceCategory;
import dev.longyuan.smeservices.ServiceNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The network's nodes, their catalogues and the national categories. */
@Repository
public class NodeStore {

  private final JdbcClient jdbc;

  NodeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ServiceCategory> categories() {
    return jdbc.sql("SELECT code, name_zh, name_en, newer FROM sme_category ORDER BY position")
        .query(
            (rs, n) ->
                new ServiceCategory(
                    rs.getString("code"),
                    rs.getString("name_zh"),
                    rs.getString("name_en"),
                    rs.getBoolean("newer")))
        .list();
  }

  /** Every node, the hub first, then windows, touchpoints and agencies, each by region. */
  public List<ServiceNode> nodes() {
    return nodes(null);
  }

  public Optional<ServiceNode> node(String code) {
    return nodes(code).stream().findFirst();
  }

  private List<ServiceNode> nodes(@Nullable String code) {
    String only = code == null ? "" : " WHERE o.node_code = :code";
    Map<String, List<ServiceNode.Offer>> offers = new HashMap<>();
    jdbc.sql(
            """
            SELECT o.node_code, o.category_code, o.fee FROM sme_offer o
            JOIN sme_category c ON c.code = o.category_code"""
                + only
                + " ORDER BY c.position")
        .param("code", code == null ? "" : code)
        .query(
            rs -> {
              offers
                  .computeIfAbsent(rs.getString("node_code"), k -> new ArrayList<>())
                  .add(
                      new ServiceNode.Offer(
                          rs.getString("category_code"),
                          Fee.fromWord(rs.getString("fee")).orElseThrow()));
            });
    return jdbc.sql(
            """
            SELECT code, kind, name_zh, name_en, region_code, parent_code, opened_on, synthetic
            FROM sme_node"""
                + (code == null ? "" : " WHERE code = :code")
                + """

            ORDER BY CASE kind WHEN 'hub' THEN 0 WHEN 'window' THEN 1 WHEN 'touchpoint' THEN 2
                ELSE 3 END, region_code, code""")
        .param("code", code == null ? "" : code)
        .query(
            (rs, n) ->
                new ServiceNode(
                    rs.getString("code"),
                    NodeKind.fromWord(rs.getString("kind")).orElseThrow(),
                    rs.getString("name_zh"),
                    rs.getString("name_en"),
                    rs.getString("region_code"),
                    rs.getString("parent_code"),
                    rs.getObject("opened_on", LocalDate.class),
                    rs.getBoolean("synthetic"),
                    List.copyOf(offers.getOrDefault(rs.getString("code"), List.of()))))
        .list();
  }

  /** Adds a node with its catalogue, or replaces the catalogue of one of the same code. */
  public void save(ServiceNode node) {
    jdbc.sql(
            """
            INSERT INTO sme_node
                (code, kind, name_zh, name_en, region_code, parent_code, opened_on, synthetic)
            VALUES (:code, :kind, :nameZh, :nameEn, :region, :parent, :opened, :synthetic)
            ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh,
                name_en = EXCLUDED.name_en, opened_on = EXCLUDED.opened_on""")
        .param("code", node.code())
        .param("kind", node.kind().word())
        .param("nameZh", node.nameZh())
        .param("nameEn", node.nameEn())
        .param("region", node.regionCode())
        .param("parent", node.parentCode())
        .param("opened", node.openedOn())
        .param("synthetic", node.synthetic())
        .update();
    jdbc.sql("DELETE FROM sme_offer WHERE node_code = :code").param("code", node.code()).update();
    for (ServiceNode.Offer offer : node.offers()) {
      jdbc.sql(
              "INSERT INTO sme_offer (node_code, category_code, fee) VALUES (:node, :category,"
                  + " :fee)")
          .param("node", node.code())
          .param("category", offer.categoryCode())
          .param("fee", offer.fee().word())
          .update();
    }
  }

  /**
   * A digest of the windows and touchpoints, their regions and opening days, all the network's
   * register series rest on.
   */
  public String windowsAndTouchpointsDigest() {
    return jdbc.sql(
            """
            SELECT coalesce(md5(string_agg(code || ' ' || region_code || ' ' || opened_on, ','
                ORDER BY code)), 'none')
            FROM sme_node WHERE kind IN ('window', 'touchpoint')""")
        .query(String.class)
        .single();
  }

  public boolean shippedLoaded(String label) {
    return jdbc.sql("SELECT count(*) FROM sme_shipped_data WHERE label = :label")
            .param("label", label)
            .query(Integer.class)
            .single()
        > 0;
  }

  public void markShippedLoaded(String label) {
    jdbc.sql("INSERT INTO sme_shipped_data (label) VALUES (:label) ON CONFLICT DO NOTHING")
        .param("label", label)
        .update();
  }
}
