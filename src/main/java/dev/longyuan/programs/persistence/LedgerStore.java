package dev.longyuan.programs.persistence;

import dev.longyuan.programs.CapacityProduct;
import dev.longyuan.programs.CapacityStatement;
import dev.longyuan.programs.Withdrawal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The capacity-reduction ledger: products, capacity statements and withdrawals (tables
 * capacity_product, capacity_statement, capacity_withdrawal).
 */
@Repository
public class LedgerStore {

  private final JdbcClient jdbc;
  private final RegisterVersion version;

  LedgerStore(JdbcClient jdbc, RegisterVersion version) {
    this.jdbc = jdbc;
    this.version = version;
  }

  public List<CapacityProduct> products() {
    return jdbc.sql("SELECT * FROM capacity_product ORDER BY position")
        .query(
            (rs, n) ->
                new CapacityProduct(
                    rs.getString("code"),
                    rs.getString("name_zh"),
                    rs.getString("name_en"),
                    rs.getString("unit"),
                    rs.getString("target_code")))
        .list();
  }

  /** Statements of a product (every product when null) of enterprises in the region. */
  public List<CapacityStatement> statements(@Nullable String product, String regionPrefix) {
    return jdbc.sql(
            """
            SELECT * FROM capacity_statement
            WHERE (CAST(:product AS text) IS NULL OR product_code = :product)
              AND region_code LIKE :prefix || '%'
            ORDER BY product_code, enterprise_code, as_of
            """)
        .param("product", product)
        .param("prefix", regionPrefix)
        .query(
            (rs, n) ->
                new CapacityStatement(
                    rs.getLong("id"),
                    rs.getString("product_code"),
                    rs.getString("enterprise_code"),
                    rs.getString("enterprise_name"),
                    rs.getString("region_code"),
                    rs.getString("industry_code"),
                    rs.getBigDecimal("capacity"),
                    rs.getDate("as_of").toLocalDate(),
                    rs.getString("document_number"),
                    rs.getBoolean("synthetic")))
        .list();
  }

  /** Withdrawals of a product (every product when null) from enterprises in the region. */
  public List<Withdrawal> withdrawals(@Nullable String product, String regionPrefix) {
    return jdbc.sql(
            """
            SELECT * FROM capacity_withdrawal
            WHERE (CAST(:product AS text) IS NULL OR product_code = :product)
              AND region_code LIKE :prefix || '%'
            ORDER BY product_code, withdrawn_on, enterprise_code, id
            """)
        .param("product", product)
        .param("prefix", regionPrefix)
        .query(
            (rs, n) ->
                new Withdrawal(
                    rs.getLong("id"),
                    rs.getString("product_code"),
                    rs.getString("enterprise_code"),
                    rs.getString("enterprise_name"),
                    rs.getString("region_code"),
                    rs.getDate("withdrawn_on").toLocalDate(),
                    rs.getBigDecimal("amount"),
                    rs.getString("document_number"),
                    rs.getBoolean("synthetic")))
        .list();
  }

  /** One enterprise's statements and withdrawals of a product, to check a new one against. */
  public List<CapacityStatement> statementsOf(String product, String enterpriseCode) {
    return statements(product, "").stream()
        .filter(s -> s.enterpriseCode().equals(enterpriseCode))
        .toList();
  }

  public List<Withdrawal> withdrawalsOf(String product, String enterpriseCode) {
    return withdrawals(product, "").stream()
        .filter(w -> w.enterpriseCode().equals(enterpriseCode))
        .toList();
  }

  public long insert(CapacityStatement s, String actor) {
    version.changed();
    return jdbc.sql(
            """
            INSERT INTO capacity_statement (product_code, enterprise_code, enterprise_name,
              region_code, industry_code, capacity, as_of, document_number, synthetic, recorded_by)
            VALUES (:product, :enterprise, :name, :region, :industry, :capacity, :asOf, :document,
              :synthetic, :actor)
            RETURNING id
            """)
        .param("product", s.productCode())
        .param("enterprise", s.enterpriseCode())
        .param("name", s.enterpriseName())
        .param("region", s.regionCode())
        .param("industry", s.industryCode())
        .param("capacity", s.capacity())
        .param("asOf", s.asOf())
        .param("document", s.documentNumber())
        .param("synthetic", s.synthetic())
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  public long insert(Withdrawal w, String actor) {
    version.changed();
    return jdbc.sql(
            """
            INSERT INTO capacity_withdrawal (product_code, enterprise_code, enterprise_name,
              region_code, withdrawn_on, amount, document_number, synthetic, recorded_by)
            VALUES (:product, :enterprise, :name, :region, :on, :amount, :document, :synthetic,
              :actor)
            RETURNING id
            """)
        .param("product", w.productCode())
        .param("enterprise", w.enterpriseCode())
        .param("name", w.enterpriseName())
        .param("region", w.regionCode())
        .param("on", w.withdrawnOn())
        .param("amount", w.amount())
        .param("document", w.documentNumber())
        .param("synthetic", w.synthetic())
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  /** Whether a shipped data set of this name is loaded. */
  public boolean shippedLoaded(String name) {
    return jdbc.sql("SELECT count(*) FROM programme_shipped_data WHERE name = :n")
            .param("n", name)
            .query(Integer.class)
            .single()
        > 0;
  }

  public void markShippedLoaded(String name) {
    jdbc.sql("INSERT INTO programme_shipped_data (name) VALUES (:n) ON CONFLICT DO NOTHING")
        .param("n", name)
        .update();
  }
}
