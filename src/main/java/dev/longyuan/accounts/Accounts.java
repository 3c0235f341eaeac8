package dev.longyuan.accounts;

import dev.longyuan.accounts.persistence.AccountRepository;
import dev.longyuan.accounts.persistence.TokenRepository;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.RegionCode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their API tokens. Every change is written to the audit log in the same transaction, so
 * an entry exists exactly when the change was committed.
 */
@Service
public class Accounts {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
  private static final String TOKEN_PREFIX = "ly_";

  private final AccountRepository accounts;
  private final TokenRepository tokens;
  private final PasswordEncoder passwords;
  private final AuditLog auditLog;
  private final PlanCatalog plans;
  private final ReportingService reporting;
  private final SecureRandom random = new SecureRandom();

  Accounts(
      AccountRepository accounts,
      TokenRepository tokens,
      PasswordEncoder passwords,
      AuditLog auditLog,
      PlanCatalog plans,
      ReportingService reporting) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.passwords = passwords;
    this.auditLog = auditLog;
    this.plans = plans;
    this.reporting = reporting;
  }

  public Optional<Account> find(String username) {
    return accounts.find(username);
  }

  public List<Account> all() {
    return accounts.all();
  }

  public boolean anyAdministrator() {
    return accounts.anyAdministrator();
  }

  /**
   * Creates a user whose first password, chosen by the administrator, must be changed at first
   * sign-in.
   */
  @Transactional
  public Account create(NewAccount request, Requester by) {
    return insert(request, true, by, "user.create");
  }

  /**
   * Creates the first administrator, with a password its owner chose (from the environment or the
   * setup page); refused once any administrator exists.
   */
  @Transactional
  public Account createFirstAdministrator(String username, String password, Requester by) {
    if (accounts.anyAdministrator()) {
      throw new AccountRefused(
          "setup.done", "管理员已存在，初始设置已完成", "an administrator exists: setup is done");
    }
    return insert(
        new NewAccount(username, password, Role.PROVINCE_ADMIN.name(), null, null),
        false,
        by,
        "user.create_first_admin");
  }

  private Account insert(NewAccount request, boolean mustChange, Requester by, String action) {
    String username = request.username() == null ? "" : request.username().strip();
    if (!USERNAME.matcher(username).matches()) {
      throw new AccountRefused(
          "username.invalid",
          "用户名“" + username + "”须为 3–64 个字母、数字或 . _ -，以字母或数字开头",
          "the user name \""
              + username
              + "\" must be 3–64 letters, digits or . _ -, starting with a letter or digit");
    }
    if (accounts.find(username).isPresent()) {
      throw new AccountRefused(
          "username.taken",
          "用户名“" + username + "”已被使用",
          "the user name \"" + username + "\" is taken");
    }
    Role role =
        Role.fromName(request.role() == null ? "" : request.role())
            .orElseThrow(
                () ->
                    new AccountRefused(
                        "role.unknown",
                        "未知角色“"
                            + request.role()
                            + "”（应为 PROVINCE_ADMIN、PROVINCE_ANALYST、CITY、COUNTY 或 ENTERPRISE）",
                        "unknown role \""
                            + request.role()
                            + "\" (PROVINCE_ADMIN, PROVINCE_ANALYST, CITY, COUNTY or ENTERPRISE)"));
    String region = binding(role, request.regionCode(), request.enterpriseCode());
    String enterprise = role.needsEnterprise() ? request.enterpriseCode().strip() : null;
    PasswordPolicy.check(username, request.password() == null ? "" : request.password());
    accounts.insert(
        username,
        passwords.encode(request.password()),
        role,
        region,
        enterprise,
        mustChange,
        by.username());
    auditLog.record(
        by.username(),
        by.origin(),
        action,
        username,
        "role "
            + role.name()
            + (region == null ? "" : ", region " + region)
            + (enterprise == null ? "" : ", enterprise " + enterprise));
    return accounts.find(username).orElseThrow();
  }

  /** Checks the region or enterprise a role is bound to, and returns the region code if any. */
  private @Nullable String binding(
      Role role, @Nullable String regionCode, @Nullable String enterpriseCode) {
    boolean hasRegion = regionCode != null && !regionCode.isBlank();
    boolean hasEnterprise = enterpriseCode != null && !enterpriseCode.isBlank();
    if (role.needsRegion()) {
      if (!hasRegion || hasEnterprise) {
        throw new AccountRefused(
            "region.required",
            role.nameZh() + "须指定所属行政区划代码（regionCode），且不指定企业",
            "a " + role.nameEn() + " user needs a regionCode and no enterpriseCode");
      }
      String code = regionCode.strip();
      if (!RegionCode.isValid(code) || !plans.regionCodes().contains(code)) {
        throw new AccountRefused(
            "region.unknown",
            "行政区划代码“" + code + "”不在规划的行政区划中",
            "the region code \"" + code + "\" is not one of the plan's regions");
      }
      RegionCode region = RegionCode.of(code);
      boolean fits = role == Role.CITY ? region.isCity() : !region.isCity() && !region.isProvince();
      if (!fits) {
        throw new AccountRefused(
            "region.wrong_level",
            "“" + code + "”不是" + (role == Role.CITY ? "市州" : "县区") + "代码",
            "\"" + code + "\" is not a " + (role == Role.CITY ? "city" : "county") + " code");
      }
      return code;
    }
    if (role.needsEnterprise()) {
      if (!hasEnterprise || hasRegion) {
        throw new AccountRefused(
            "enterprise.required",
            "企业填报员须指定企业统一社会信用代码（enterpriseCode），且不指定行政区划",
            "an enterprise reporter needs an enterpriseCode and no regionCode");
      }
      String code = enterpriseCode.strip();
      if (reporting.enterprise(code).isEmpty()) {
        throw new AccountRefused(
            "enterprise.unknown",
            "统一社会信用代码“" + code + "”不在企业名录中",
            "no enterprise with the credit code \"" + code + "\" is registered");
      }
      return null;
    }
    if (hasRegion || hasEnterprise) {
      throw new AccountRefused(
          "binding.unexpected",
          role.nameZh() + "不绑定行政区划或企业",
          "a " + role.nameEn() + " is bound to no region or enterprise");
    }
    return null;
  }

  /** The user changes their own password, proving the current one. */
  @Transactional
  public void changePassword(String username, String current, String chosen, Requester by) {
    AccountRepository.Credentials credentials =
        accounts.credentials(username).orElseThrow(() -> unknown(username));
    if (!passwords.matches(current, credentials.passwordHash())) {
      throw new AccountRefused(
          "password.wrong_current", "当前密码不正确", "the current password is not correct");
    }
    if (passwords.matches(chosen, credentials.passwordHash())) {
      throw new AccountRefused(
          "password.unchanged",
          "新密码不能与当前密码相同",
          "the new password must differ from the current one");
    }
    PasswordPolicy.check(username, chosen);
    accounts.setPassword(username, passwords.encode(chosen), false);
    auditLog.record(by.username(), by.origin(), "user.password_change", username, "by the user");
  }

  /** An administrator sets a temporary password, to be changed at the next sign-in. */
  @Transactional
  public void resetPassword(String username, String temporary, Requester by) {
    accounts.find(username).orElseThrow(() -> unknown(username));
    PasswordPolicy.check(username, temporary);
    accounts.setPassword(username, passwords.encode(temporary), true);
    accounts.unlock(username);
    auditLog.record(
        by.username(), by.origin(), "user.password_reset", username, "to be changed at sign-in");
  }

  @Transactional
  public void setEnabled(String username, boolean enabled, Requester by) {
    accounts.find(username).orElseThrow(() -> unknown(username));
    if (!enabled && username.equals(by.username())) {
      throw new AccountRefused(
          "user.disable_self", "不能停用自己的账号", "you cannot disable your own account");
    }
    accounts.setEnabled(username, enabled);
    auditLog.record(
        by.username(), by.origin(), enabled ? "user.enable" : "user.disable", username, "");
  }

  @Transactional
  public void unlock(String username, Requester by) {
    accounts.find(username).orElseThrow(() -> unknown(username));
    accounts.unlock(username);
    auditLog.record(by.username(), by.origin(), "user.unlock", username, "");
  }

  /** Issues an API token acting as the user: "read" tokens may only read. */
  @Transactional
  public IssuedToken issueToken(String username, String name, String scope, Requester by) {
    if (!scope.equals("read") && !scope.equals("write")) {
      throw new AccountRefused(
          "token.scope_unknown",
          "令牌范围“" + scope + "”应为 read 或 write",
          "the token scope \"" + scope + "\" is not read or write");
    }
    String label = name == null || name.isBlank() ? "token" : name.strip();
    if (label.length() > 100) {
      throw new AccountRefused(
          "token.name_too_long", "令牌名称不能超过 100 个字符", "a token name has at most 100 characters");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    long id = tokens.insert(username, label, tokenHash(secret), scope);
    auditLog.record(
        by.username(), by.origin(), "token.issue", username, "token " + id + " (" + scope + ")");
    ApiToken token =
        tokens.of(username).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    return new IssuedToken(token, secret);
  }

  public List<ApiToken> tokens(String username) {
    return tokens.of(username);
  }

  @Transactional
  public void revokeToken(long id, String username, Requester by) {
    if (!tokens.revoke(id, username)) {
      throw new AccountRefused(
          "token.unknown", "没有编号为 " + id + " 的有效令牌", "no live token with id " + id);
    }
    auditLog.record(by.username(), by.origin(), "token.revoke", username, "token " + id);
  }

  /** The live token with this secret, marked as used. */
  public Optional<ApiToken> useToken(String secret) {
    if (!secret.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    return tokens.use(tokenHash(secret));
  }

  /**
   * Whether the user is vetted to read the details of restricted resources (受限 equipment and
   * capacity): granted and withdrawn by a province administrator, read afresh on every request so
   * that a withdrawal takes effect at once.
   */
  public boolean cleared(String username) {
    return accounts.cleared(username);
  }

  public java.util.Set<String> clearedUsers() {
    return accounts.clearedUsers();
  }

  @Transactional
  public void grantClearance(String username, Requester by) {
    accounts.find(username).orElseThrow(() -> unknown(username));
    if (!accounts.grantClearance(username, by.username())) {
      throw new AccountRefused(
          "clearance.held",
          "用户“" + username + "”已具有查阅资格",
          "\"" + username + "\" is cleared already");
    }
    auditLog.record(by.username(), by.origin(), "user.clearance_grant", username, "");
  }

  @Transactional
  public void withdrawClearance(String username, Requester by) {
    accounts.find(username).orElseThrow(() -> unknown(username));
    if (!accounts.withdrawClearance(username)) {
      throw new AccountRefused(
          "clearance.none",
          "用户“" + username + "”没有查阅资格",
          "\"" + username + "\" holds no clearance");
    }
    auditLog.record(by.username(), by.origin(), "user.clearance_withdraw", username, "");
  }

  static String tokenHash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AccountRefused unknown(String username) {
    return new AccountRefused(
        "user.unknown", "没有用户“" + username + "”", "no user \"" + username + "\"");
  }
}
