package dev.longyuan.accounts.web;

import dev.longyuan.accounts.Account;
import dev.longyuan.accounts.AccountRefused;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.accounts.ApiToken;
import dev.longyuan.accounts.AuditEntry;
import dev.longyuan.accounts.AuditLog;
import dev.longyuan.accounts.IssuedToken;
import dev.longyuan.accounts.NewAccount;
import dev.longyuan.accounts.Requester;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users, the caller's own password and tokens, and the audit log, as JSON. */
@RestController
@Tag(name = "accounts", description = "用户与审计 / Users and audit")
class AccountsApiController {

  private final Accounts accounts;
  private final AuditLog auditLog;

  AccountsApiController(Accounts accounts, AuditLog auditLog) {
    this.accounts = accounts;
    this.auditLog = auditLog;
  }

  @PostMapping("/api/users")
  @Operation(
      summary = "Create a user (administrator)",
      description =
          "username, password, role (PROVINCE_ADMIN, PROVINCE_ANALYST, CITY, COUNTY, ENTERPRISE),"
              + " and regionCode (CITY, COUNTY) or enterpriseCode (ENTERPRISE). The user must change"
              + " the password at first sign-in.")
  ResponseEntity<Account> create(
      @RequestBody NewAccount request, Principal principal, HttpServletRequest http) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(accounts.create(request, requester(principal, http)));
  }

  @GetMapping("/api/users")
  @Operation(summary = "Every user with role, region or enterprise, lock and state (administrator)")
  List<Account> users() {
    return accounts.all();
  }

  @PostMapping("/api/users/{username}/disable")
  @Operation(summary = "Disable a user: their sessions and tokens stop at once (administrator)")
  Account disable(@PathVariable String username, Principal principal, HttpServletRequest http) {
    accounts.setEnabled(username, false, requester(principal, http));
    return accounts.find(username).orElseThrow();
  }

  @PostMapping("/api/users/{username}/enable")
  @Operation(summary = "Enable a disabled user (administrator)")
  Account enable(@PathVariable String username, Principal principal, HttpServletRequest http) {
    accounts.setEnabled(username, true, requester(principal, http));
    return accounts.find(username).orElseThrow();
  }

  @PostMapping("/api/users/{username}/unlock")
  @Operation(summary = "Lift a lock after failed sign-ins (administrator)")
  Account unlock(@PathVariable String username, Principal principal, HttpServletRequest http) {
    accounts.unlock(username, requester(principal, http));
    return accounts.find(username).orElseThrow();
  }

  @PutMapping("/api/users/{username}/clearance")
  @Operation(
      summary = "Grant a user clearance to read restricted resources' details (administrator)")
  Map<String, Object> grantClearance(
      @PathVariable String username, Principal principal, HttpServletRequest http) {
    accounts.grantClearance(username, requester(principal, http));
    return Map.of("username", username, "cleared", true);
  }

  @DeleteMapping("/api/users/{username}/clearance")
  @Operation(summary = "Withdraw a user's clearance (administrator)")
  Map<String, Object> withdrawClearance(
      @PathVariable String username, Principal principal, HttpServletRequest http) {
    accounts.withdrawClearance(username, requester(principal, http));
    return Map.of("username", username, "cleared", false);
  }

  /** A password change as posted. */
  record PasswordChange(String current, String password) {}

  @PostMapping("/api/account/password")
  @Operation(summary = "Change your own password, giving the current one")
  Map<String, String> changePassword(
      @RequestBody PasswordChange change, Principal principal, HttpServletRequest http) {
    accounts.changePassword(
        principal.getName(), change.current(), change.password(), requester(principal, http));
    return Map.of("username", principal.getName());
  }

  /** A token to issue, as posted. */
  record TokenRequest(@Nullable String name, @Nullable String scope) {}

  @PostMapping("/api/account/tokens")
  @Operation(
      summary = "Issue an API token acting as you; scope read or write. The secret is shown once.")
  ResponseEntity<IssuedToken> issueToken(
      @RequestBody TokenRequest request, Principal principal, HttpServletRequest http) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            accounts.issueToken(
                principal.getName(),
                request.name() == null ? "" : request.name(),
                request.scope() == null ? "read" : request.scope(),
                requester(principal, http)));
  }

  @GetMapping("/api/account/tokens")
  @Operation(summary = "Your tokens, without their secrets")
  List<ApiToken> tokens(Principal principal) {
    return accounts.tokens(principal.getName());
  }

  @DeleteMapping("/api/account/tokens/{id}")
  @Operation(summary = "Revoke one of your tokens")
  ResponseEntity<Void> revoke(@PathVariable long id, Principal principal, HttpServletRequest http) {
    accounts.revokeToken(id, principal.getName(), requester(principal, http));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/audit")
  @Operation(
      summary = "The audit log, newest first (administrator)",
      description = "Filters: actor, action (a prefix such as login or data.), limit, offset.")
  List<AuditEntry> audit(
      @RequestParam(required = false) @Nullable String actor,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(defaultValue = "0") int offset) {
    return auditLog.find(
        actor, action, null, null, Math.min(Math.max(limit, 0), 10_000), Math.max(offset, 0));
  }

  @ExceptionHandler(AccountRefused.class)
  ResponseEntity<Map<String, String>> refused(AccountRefused refused) {
    HttpStatus status =
        refused.code().startsWith("user.unknown") || refused.code().startsWith("token.unknown")
            ? HttpStatus.NOT_FOUND
            : HttpStatus.UNPROCESSABLE_CONTENT;
    return ResponseEntity.status(status)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn()));
  }

  private static Requester requester(Principal principal, HttpServletRequest request) {
    return new Requester(principal.getName(), request.getRemoteAddr());
  }
}
