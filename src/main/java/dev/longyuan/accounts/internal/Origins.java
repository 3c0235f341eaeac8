package dev.longyuan.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where an action comes from: the client's address, or "local" for commands and background work.
 */
final class Origins {

  private Origins() {}

  static String current() {
    if (RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes attributes) {
      return of(attributes.getRequest());
    }
    return "local";
  }

  static String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
