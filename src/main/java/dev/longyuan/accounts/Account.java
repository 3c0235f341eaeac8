package dev.longyuan.accounts;

import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user as stored, without the password. */
public record Account(
    String username,
    Role role,
    @Nullable RegionCode region,
    @Nullable String enterprise,
    boolean mustChangePassword,
    int failedLogins,
    @Nullable Instant lockedUntil,
    boolean enabled,
    Instant createdAt,
    String createdBy) {

  /** Whose data this user may see and change. */
  public DataScope scope() {
    return switch (role) {
      case PROVINCE_ADMIN -> DataScope.everything(true);
      case PROVINCE_ANALYST -> DataScope.everything(false);
      case CITY, COUNTY -> DataScope.region(region);
      case ENTERPRISE -> DataScope.enterprise(enterprise);
    };
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
