package dev.longyuan.accounts.persistence;

import dev.longyuan.accounts.Account;
import dev.longyuan.accounts.Role;
import dev.longyuan.shared.RegionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users, their password hashes and their sign-in failures. */
@Repository
public class AccountRepository {

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A user with the hash of their password. */
  public record Credentials(Account account, String passwordHash) {}

  public Optional<Credentials> credentials(String username) {
    return jdbc.sql("SELECT * FROM app_user WHERE username = :username")
        .param("username", username)
        .query((rs, n) -> new Credentials(account(rs, n), rs.getString("password_hash")))
        .optional();
  }

  public Optional<Account> find(String username) {
    return credentials(username).map(Credentials::account);
  }

  public List<Account> all() {
    return jdbc.sql("SELECT * FROM app_user ORDER BY role, username")
        .query(AccountRepository::account)
        .list();
  }

  public boolean anyAdministrator() {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM app_user WHERE role = 'PROVINCE_ADMIN' AND enabled)")
        .query(Boolean.class)
        .single();
  }

  public void insert(
      String username,
      String passwordHash,
      Role role,
      @Nullable String regionCode,
      @Nullable String enterpriseCode,
      boolean mustChangePassword,
      String createdBy) {
    jdbc.sql(
            """
            INSERT INTO app_user (username, password_hash, role, region_code, enterprise_code,
                                  must_change_password, created_by)
            VALUES (:username, :hash, :role, :region, :enterprise, :mustChange, :createdBy)""")
        .param("username", username)
        .param("hash", passwordHash)
        .param("role", role.name())
        .param("region", regionCode)
        .param("enterprise", enterpriseCode)
        .param("mustChange", mustChangePassword)
        .param("createdBy", createdBy)
        .update();
  }

  public void setPassword(String username, String passwordHash, boolean mustChangePassword) {
    jdbc.sql(
            """
            UPDATE app_user SET password_hash = :hash, must_change_password = :mustChange
             WHERE username = :username""")
        .param("username", username)
        .param("hash", passwordHash)
        .param("mustChange", mustChangePassword)
        .update();
  }

  /**
   * Counts a failed sign-in; the failure that reaches the limit locks the account until the given
   * time and starts the count again. Returns the account as it now stands.
   */
  public Optional<Account> failedLogin(String username, int limit, Instant lockUntil) {
    return jdbc.sql(
            """
            UPDATE app_user
               SET failed_logins = CASE WHEN failed_logins + 1 >= :limit THEN 0 ELSE failed_logins + 1 END,
                   locked_until = CASE WHEN failed_logins + 1 >= :limit THEN :lockUntil ELSE locked_until END
             WHERE username = :username
            RETURNING *""")
        .param("username", username)
        .param("limit", limit)
        .param("lockUntil", Timestamp.from(lockUntil))
        .query(AccountRepository::account)
        .optional();
  }

  /** Ends a run of failures, writing only when there is one, as most sign-ins have none. */
  public void succeededLoginIfFailed(String username) {
    jdbc.sql(
            """
            UPDATE app_user SET failed_logins = 0, locked_until = NULL
             WHERE username = :username AND (failed_logins > 0 OR locked_until IS NOT NULL)""")
        .param("username", username)
        .update();
  }

  /** Lifts a lock and forgets the failures before it. */
  public void unlock(String username) {
    jdbc.sql(
            "UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = :username")
        .param("username", username)
        .update();
  }

  public void setEnabled(String username, boolean enabled) {
    jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE username = :username")
        .param("username", username)
        .param("enabled", enabled)
        .update();
  }

  static Account account(ResultSet rs, int n) throws SQLException {
    String region = rs.getString("region_code");
    Timestamp locked = rs.getTimestamp("locked_until");
    return new Account(
        rs.getString("username"),
        Role.valueOf(rs.getString("role")),
        region == null ? null : RegionCode.of(region),
        rs.getString("enterprise_code"),
        rs.getBoolean("must_change_password"),
        rs.getInt("failed_logins"),
        locked == null ? null : locked.toInstant(),
        rs.getBoolean("enabled"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"));
  }

  /** Whether the user holds a clearance for restricted details. */
  public boolean cleared(String username) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM account_clearance WHERE username = :username)")
        .param("username", username)
        .query(Boolean.class)
        .single();
  }

  public java.util.Set<String> clearedUsers() {
    return new java.util.TreeSet<>(
        jdbc.sql("SELECT username FROM account_clearance").query(String.class).list());
  }

  /** Grants a clearance; false when the user held one already. */
  public boolean grantClearance(String username, String grantedBy) {
    return jdbc.sql(
                """
                INSERT INTO account_clearance (username, granted_by) VALUES (:username, :by)
                ON CONFLICT (username) DO NOTHING
                """)
            .param("username", username)
            .param("by", grantedBy)
            .update()
        == 1;
  }

  /** Withdraws a clearance; false when the user held none. */
  public boolean withdrawClearance(String username) {
    return jdbc.sql("DELETE FROM account_clearance WHERE username = :username")
            .param("username", username)
            .update()
        == 1;
  }
}
