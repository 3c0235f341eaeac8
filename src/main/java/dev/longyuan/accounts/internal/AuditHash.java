package dev.longyuan.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over the previous entry's hash and the entry's fields, each
 * length-prefixed so that no two different entries can be written the same way.
 */
public final class AuditHash {

  private AuditHash() {}

  public static String of(
      String prevHash,
      long position,
      Instant at,
      String actor,
      String origin,
      String action,
      String subject,
      String detail) {
    StringBuilder canonical = new StringBuilder();
    for (String field :
        new String[] {
          prevHash, Long.toString(position), at.toString(), actor, origin, action, subject, detail
        }) {
      canonical.append(field.length()).append(':').append(field).append('|');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
