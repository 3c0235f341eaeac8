package dev.longyuan.accounts.persistence;

import dev.longyuan.accounts.ApiToken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens, kept as the SHA-256 of their secret. */
@Repository
public class TokenRepository {

  private final JdbcClient jdbc;

  TokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String username, String name, String tokenHash, String scope) {
    return jdbc.sql(
            """
            INSERT INTO api_token (username, name, token_hash, scope)
            VALUES (:username, :name, :hash, :scope) RETURNING id""")
        .param("username", username)
        .param("name", name)
        .param("hash", tokenHash)
        .param("scope", scope)
        .query(Long.class)
        .single();
  }

  /** The live token with this hash, marked as used now. */
  public Optional<ApiToken> use(String tokenHash) {
    return jdbc.sql(
            """
            UPDATE api_token SET last_used_at = now()
             WHERE token_hash = :hash AND revoked_at IS NULL
            RETURNING *""")
        .param("hash", tokenHash)
        .query(TokenRepository::token)
        .optional();
  }

  public List<ApiToken> of(String username) {
    return jdbc.sql("SELECT * FROM api_token WHERE username = :username ORDER BY id")
        .param("username", username)
        .query(TokenRepository::token)
        .list();
  }

  /** Revokes a token of the user; false when they have no such live token. */
  public boolean revoke(long id, String username) {
    return jdbc.sql(
                """
                UPDATE api_token SET revoked_at = now()
                 WHERE id = :id AND username = :username AND revoked_at IS NULL""")
            .param("id", id)
            .param("username", username)
            .update()
        == 1;
  }

  static ApiToken token(ResultSet rs, int n) throws SQLException {
    Timestamp used = rs.getTimestamp("last_used_at");
    Timestamp revoked = rs.getTimestamp("revoked_at");
    return new ApiToken(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("name"),
        rs.getString("scope"),
        rs.getTimestamp("created_at").toInstant(),
        used == null ? null : used.toInstant(),
        revoked == null ? null : revoked.toInstant());
  }
}
