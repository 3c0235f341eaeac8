package dev.longyuan.trace.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.trace.EpcisRefused;
import java.security.Principal;

/**
 * Who may remove a named query or a subscription: whoever made it, and the province administrator;
 * an enterprise may not unsubscribe another's webhook.
 */
final class Owners {

  private Owners() {}

  static void requireOwner(Principal user, DataScope scope, String createdBy) {
    // the province administrator: everything in scope, and may change it
    boolean administrator = scope.isEverything() && scope.mayChange();
    if (!administrator && !user.getName().equals(createdBy)) {
      throw new EpcisRefused(
          "epcis.forbidden",
          "只有创建者或省级管理员可以删除它（创建者 " + createdBy + "）",
          "only its maker or the province administrator may delete it (made by " + createdBy + ")");
    }
  }
}
