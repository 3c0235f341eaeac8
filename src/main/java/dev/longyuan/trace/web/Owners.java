package dev.longyuan.trace.web;

import dev.longyuan.trace.EpcisRefused;
import org.springframework.security.core.Authentication;

/**
 * Who may remove a named query or a subscription: whoever made it, and the province administrator;
 * an enterprise may not unsubscribe another's webhook.
 */
final class Owners {

  private Owners() {}

  static void requireOwner(Authentication user, String createdBy) {
    boolean administrator =
        user.getAuthorities().stream()
            .anyMatch(a -> "ROLE_PROVINCE_ADMIN".equals(a.getAuthority()));
    if (!administrator && !user.getName().equals(createdBy)) {
      throw new EpcisRefused(
          "epcis.forbidden",
          "只有创建者或省级管理员可以删除它（创建者 " + createdBy + "）",
          "only its maker or the province administrator may delete it (made by " + createdBy + ")");
    }
  }
}
