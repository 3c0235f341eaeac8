package dev.longyuan.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Imports and file exports read or write whole tables: each user may start only so many a minute,
 * so that one script cannot take the database from everybody else.
 */
final class ExpensiveCallLimits extends OncePerRequestFilter {

  private final Limits limits;

  ExpensiveCallLimits(Limits limits) {
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RateLimiter limiter = limiterFor(request);
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (limiter != null && user != null && !limiter.tryAcquire(user.getName())) {
      response.setHeader(
          HttpHeaders.RETRY_AFTER, String.valueOf(limiter.retryAfterSeconds(user.getName())));
      Refusals.write(
          response,
          429,
          "rate.exceeded",
          "一分钟内的导入或导出次数已达上限，请稍后再试",
          "too many imports or exports in a minute: try again later");
      return;
    }
    chain.doFilter(request, response);
  }

  private @Nullable RateLimiter limiterFor(HttpServletRequest request) {
    String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    boolean post = request.getMethod().equals("POST");
    if (post && (path.equals("/api/data/imports") || path.equals("/data/import"))) {
      return limits.imports;
    }
    if (!post && path.equals("/api/data/values") && request.getParameter("format") != null) {
      return limits.exports;
    }
    return null;
  }
}
