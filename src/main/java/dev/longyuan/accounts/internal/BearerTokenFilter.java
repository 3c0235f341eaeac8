package dev.longyuan.accounts.internal;

import dev.longyuan.accounts.Account;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.accounts.ApiToken;
import dev.longyuan.accounts.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>}: a live token acts as
 * its user, and a read token may only read.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private final Accounts accounts;
  private final AuditLog auditLog;
  private final Limits limits;

  BearerTokenFilter(Accounts accounts, AuditLog auditLog, Limits limits) {
    this.accounts = accounts;
    this.auditLog = auditLog;
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    String origin = Origins.of(request);
    if (limits.failedSignIns.exhausted(origin)) {
      SignInThrottle.refuse(response, limits.failedSignIns, origin);
      return;
    }
    Optional<ApiToken> token = accounts.useToken(header.substring(7).strip());
    Optional<Account> account =
        token.flatMap(t -> accounts.find(t.username())).filter(Account::enabled);
    if (account.isEmpty()) {
      limits.failedSignIns.tryAcquire(origin);
      auditLog.record("-", origin, "token.refused", request.getRequestURI(), "unknown or revoked");
      Refusals.write(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "token.invalid",
          "令牌无效或已撤销",
          "the token is not valid or was revoked");
      return;
    }
    if (!token.get().mayWrite() && !isRead(request)) {
      Refusals.write(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "token.read_only",
          "只读令牌不能修改数据",
          "a read token cannot change anything");
      return;
    }
    AccountPrincipal principal = new AccountPrincipal(account.get(), null);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    chain.doFilter(request, response);
  }

  private static boolean isRead(HttpServletRequest request) {
    return request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
  }
}
