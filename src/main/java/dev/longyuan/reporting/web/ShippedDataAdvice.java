package dev.longyuan.reporting.web;

import dev.longyuan.reporting.ShippedDataStatus;
import dev.longyuan.reporting.internal.ShippedDataLoader;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts how far the shipped data has loaded on every signed-in page, whose layout shows it while it
 * runs: figures computed from a panel still loading must never look final.
 */
@ControllerAdvice
class ShippedDataAdvice {

  private final ShippedDataLoader shipped;

  ShippedDataAdvice(ShippedDataLoader shipped) {
    this.shipped = shipped;
  }

  @ModelAttribute("shipped")
  @Nullable ShippedDataStatus shipped(@Nullable Principal user) {
    return user == null ? null : shipped.status();
  }
}
