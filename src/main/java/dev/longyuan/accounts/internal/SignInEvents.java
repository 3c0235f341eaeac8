package dev.longyuan.accounts.internal;

import dev.longyuan.accounts.Account;
import dev.longyuan.accounts.AuditLog;
import dev.longyuan.accounts.persistence.AccountRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-ins, failed sign-ins and lockouts, into the audit log: five failures in a row lock an
 * account for fifteen minutes, and every failure counts against the client's address.
 */
@Component
class SignInEvents {

  static final int FAILURES_BEFORE_LOCK = 5;
  static final Duration LOCK = Duration.ofMinutes(15);

  private final AccountRepository accounts;
  private final AuditLog auditLog;
  private final Limits limits;
  private final TransactionTemplate transaction;

  SignInEvents(
      AccountRepository accounts,
      AuditLog auditLog,
      Limits limits,
      TransactionTemplate transaction) {
    this.accounts = accounts;
    this.auditLog = auditLog;
    this.limits = limits;
    this.transaction = transaction;
  }

  /** A form sign-in: recorded once per session. */
  @EventListener
  void signedIn(InteractiveAuthenticationSuccessEvent event) {
    Authentication authentication = event.getAuthentication();
    auditLog.record(
        authentication.getName(),
        origin(authentication),
        "login",
        authentication.getName(),
        "form");
  }

  /**
   * Any successful authentication, HTTP Basic included (which comes with every request of a script,
   * so it is not audited each time), ends a run of failures.
   */
  @EventListener
  void authenticated(AuthenticationSuccessEvent event) {
    accounts.succeededLoginIfFailed(event.getAuthentication().getName());
  }

  @EventListener
  void badCredentials(AuthenticationFailureBadCredentialsEvent event) {
    Authentication attempt = event.getAuthentication();
    String username = attempt.getName();
    String origin = origin(attempt);
    limits.failedSignIns.tryAcquire(origin);
    transaction.executeWithoutResult(
        status -> {
          Optional<Account> after =
              accounts.failedLogin(username, FAILURES_BEFORE_LOCK, Instant.now().plus(LOCK));
          auditLog.record(
              username,
              origin,
              "login.failed",
              username,
              after.isPresent() ? "wrong password" : "no such user");
          if (after.isPresent() && after.get().lockedAt(Instant.now())) {
            auditLog.record(
                username,
                origin,
                "login.locked",
                username,
                FAILURES_BEFORE_LOCK + " failures: locked until " + after.get().lockedUntil());
          }
        });
  }

  @EventListener
  void refused(AbstractAuthenticationFailureEvent event) {
    String reason =
        event instanceof AuthenticationFailureLockedEvent
            ? "locked"
            : event instanceof AuthenticationFailureDisabledEvent ? "disabled" : null;
    if (reason != null) {
      Authentication attempt = event.getAuthentication();
      limits.failedSignIns.tryAcquire(origin(attempt));
      auditLog.record(
          attempt.getName(), origin(attempt), "login.refused", attempt.getName(), reason);
    }
  }

  @EventListener
  void signedOut(LogoutSuccessEvent event) {
    Authentication authentication = event.getAuthentication();
    auditLog.record(
        authentication.getName(), origin(authentication), "logout", authentication.getName(), "");
  }

  private static String origin(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : Origins.current();
  }
}
