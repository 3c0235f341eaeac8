package dev.longyuan.market.persistence;

import dev.longyuan.market.MatchState;
import dev.longyuan.market.MatchStatus;
import dev.longyuan.market.Notification;
import dev.longyuan.market.OutsidePurchaseDraft;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The steps matches took, the notifications of each side, and what demands' owners bought outside
 * the province.
 */
@Repository
public class MatchRepository {

  private final JdbcClient jdbc;

  MatchRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The matches of a demand that took a step, by supply. */
  public Map<Long, MatchState> states(long demandId) {
    return jdbc
        .sql("SELECT * FROM market_match WHERE demand_id = :demand")
        .param("demand", demandId)
        .query(MatchRepository::state)
        .list()
        .stream()
        .collect(Collectors.toMap(MatchState::supplyId, Function.identity()));
  }

  public Optional<MatchState> state(long demandId, long supplyId) {
    return jdbc.sql("SELECT * FROM market_match WHERE demand_id = :demand AND supply_id = :supply")
        .param("demand", demandId)
        .param("supply", supplyId)
        .query(MatchRepository::state)
        .optional();
  }

  public void save(MatchState s, String actor) {
    jdbc.sql(
            """
            INSERT INTO market_match (demand_id, supply_id, status, deal_amount, deal_date,
              delivered_on, decline_reason, updated_by)
            VALUES (:demand, :supply, :status, :amount, :dealDate, :delivered, :reason, :by)
            ON CONFLICT (demand_id, supply_id) DO UPDATE SET status = excluded.status,
              deal_amount = excluded.deal_amount, deal_date = excluded.deal_date,
              delivered_on = excluded.delivered_on, decline_reason = excluded.decline_reason,
              updated_by = excluded.updated_by, updated_at = now()
            """)
        .param("demand", s.demandId())
        .param("supply", s.supplyId())
        .param("status", s.status().word())
        .param("amount", s.dealAmount())
        .param("dealDate", s.dealDate())
        .param("delivered", s.deliveredOn())
        .param("reason", s.declineReason())
        .param("by", actor)
        .update();
  }

  public void notify(
      String recipientKind,
      String recipient,
      long demandId,
      long supplyId,
      String status,
      String messageZh,
      String messageEn) {
    jdbc.sql(
            """
            INSERT INTO market_notification (recipient_kind, recipient, demand_id, supply_id,
              status, message_zh, message_en)
            VALUES (:kind, :recipient, :demand, :supply, :status, :zh, :en)
            """)
        .param("kind", recipientKind)
        .param("recipient", recipient)
        .param("demand", demandId)
        .param("supply", supplyId)
        .param("status", status)
        .param("zh", messageZh)
        .param("en", messageEn)
        .update();
  }

  /** The newest notifications of an enterprise (by credit code) or a user (by name). */
  public List<Notification> notifications(@Nullable String enterprise, String username, int limit) {
    return jdbc.sql(
            """
            SELECT id, demand_id, supply_id, status, message_zh, message_en, created_at
            FROM market_notification
            WHERE (recipient_kind = 'enterprise' AND recipient = :enterprise)
               OR (recipient_kind = 'user' AND recipient = :user)
            ORDER BY id DESC LIMIT :limit
            """)
        .param("enterprise", enterprise)
        .param("user", username)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new Notification(
                    rs.getLong("id"),
                    rs.getLong("demand_id"),
                    rs.getLong("supply_id"),
                    rs.getString("status"),
                    rs.getString("message_zh"),
                    rs.getString("message_en"),
                    rs.getObject("created_at", OffsetDateTime.class)))
        .list();
  }

  public long addOutsidePurchase(long demandId, OutsidePurchaseDraft draft, String actor) {
    return jdbc.sql(
            """
            INSERT INTO market_outside_purchase (demand_id, amount, purchased_on, note, created_by)
            VALUES (:demand, :amount, :date, :note, :by) RETURNING id
            """)
        .param("demand", demandId)
        .param("amount", draft.amount())
        .param("date", draft.date())
        .param("note", draft.note() == null ? "" : draft.note().strip())
        .param("by", actor)
        .query(Long.class)
        .single();
  }

  /** What one demand's owner bought, in 万元: through its matches in the province, and outside it. */
  public record DemandAmounts(
      long demandId,
      String categoryCode,
      String deliveryRegionCode,
      @Nullable String projectCode,
      BigDecimal inProvince,
      BigDecimal outside) {}

  /**
   * The amounts of the demands a region prefix covers ("" for all) that bought anything, counting
   * deals (and deliveries) of in-province suppliers and the purchases recorded outside.
   */
  public List<DemandAmounts> amounts(String regionPrefix) {
    return jdbc.sql(
            """
            SELECT d.id, d.category_code, d.delivery_region_code, d.project_code,
                   COALESCE(i.amount, 0) AS in_province, COALESCE(o.amount, 0) AS outside
            FROM market_demand d
            LEFT JOIN (SELECT m.demand_id, sum(m.deal_amount) AS amount
                       FROM market_match m JOIN market_supply s ON s.id = m.supply_id
                       WHERE m.status IN ('deal', 'delivered') AND s.region_code LIKE '62%'
                       GROUP BY m.demand_id) i ON i.demand_id = d.id
            LEFT JOIN (SELECT demand_id, sum(amount) AS amount FROM market_outside_purchase
                       GROUP BY demand_id) o ON o.demand_id = d.id
            WHERE (d.owner_region_code LIKE :prefix || '%'
                   OR d.delivery_region_code LIKE :prefix || '%')
              AND (i.amount IS NOT NULL OR o.amount IS NOT NULL)
            ORDER BY d.id
            """)
        .param("prefix", regionPrefix)
        .query(
            (rs, row) ->
                new DemandAmounts(
                    rs.getLong("id"),
                    rs.getString("category_code"),
                    rs.getString("delivery_region_code"),
                    rs.getString("project_code"),
                    rs.getBigDecimal("in_province"),
                    rs.getBigDecimal("outside")))
        .list();
  }

  static MatchState state(ResultSet rs, int row) throws SQLException {
    return new MatchState(
        rs.getLong("demand_id"),
        rs.getLong("supply_id"),
        MatchStatus.of(rs.getString("status")).orElseThrow(),
        rs.getBigDecimal("deal_amount"),
        rs.getObject("deal_date", LocalDate.class),
        rs.getObject("delivered_on", LocalDate.class),
        rs.getString("decline_reason"));
  }
}
