package dev.longyuan.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Refuses sign-in attempts (the login form, HTTP Basic) from an address that has failed too often
 * in the last minute, with 429 and when to come back.
 */
final class SignInThrottle extends OncePerRequestFilter {

  private final Limits limits;

  SignInThrottle(Limits limits) {
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean signingIn =
        (request.getMethod().equals("POST")
                && UrlPathHelper.defaultInstance.getPathWithinApplication(request).equals("/login"))
            || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    String origin = Origins.of(request);
    if (signingIn && limits.failedSignIns.exhausted(origin)) {
      refuse(response, limits.failedSignIns, origin);
      return;
    }
    chain.doFilter(request, response);
  }

  static void refuse(HttpServletResponse response, RateLimiter limiter, String origin)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limiter.retryAfterSeconds(origin)));
    Refusals.write(
        response,
        429,
        "signin.too_many_failures",
        "登录失败次数过多，请稍后再试",
        "too many failed sign-ins from this address: try again later");
  }
}
