package dev.longyuan.accounts.internal;

import dev.longyuan.accounts.Account;
import dev.longyuan.accounts.persistence.AccountRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Reads the signed-in user afresh on every request, so that disabling a user or changing their role
 * takes effect at once, not when their session ends (a lock only stops new sign-ins, so that
 * someone guessing cannot end the owner's session); and holds a user whose password must be changed
 * to the password page until they change it.
 */
final class CurrentAccountFilter extends OncePerRequestFilter {

  /** What a user who must change their password may still reach. */
  private static final Set<String> WHILE_PASSWORD_MUST_CHANGE =
      Set.of("/account/password", "/api/account/password", "/logout", "/login", "/error");

  private final AccountRepository accounts;

  CurrentAccountFilter(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    boolean api =
        UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith("/api/");
    Optional<Account> current = accounts.find(authentication.getName()).filter(Account::enabled);
    if (current.isEmpty()) {
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      if (api) {
        Refusals.write(
            response,
            HttpServletResponse.SC_UNAUTHORIZED,
            "user.not_active",
            "账号已停用",
            "the account is disabled");
      } else {
        response.sendRedirect(request.getContextPath() + "/login?inactive");
      }
      return;
    }
    Account account = current.get();
    AccountPrincipal principal = new AccountPrincipal(account, null);
    UsernamePasswordAuthenticationToken refreshed =
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities());
    refreshed.setDetails(authentication.getDetails());
    SecurityContextHolder.getContext().setAuthentication(refreshed);
    if (account.mustChangePassword()
        && !WHILE_PASSWORD_MUST_CHANGE.contains(
            UrlPathHelper.defaultInstance.getPathWithinApplication(request))
        && !isStatic(UrlPathHelper.defaultInstance.getPathWithinApplication(request))) {
      if (api) {
        Refusals.write(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            "password.must_change",
            "请先修改初始密码（POST /api/account/password）",
            "change your first password before anything else (POST /api/account/password)");
      } else {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.sendRedirect(request.getContextPath() + "/account/password");
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isStatic(String path) {
    return path.startsWith("/css/") || path.startsWith("/webjars/") || path.startsWith("/js/");
  }
}
