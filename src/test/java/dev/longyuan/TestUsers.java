package dev.longyuan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import dev.longyuan.accounts.Accounts;
import dev.longyuan.accounts.NewAccount;
import dev.longyuan.accounts.Requester;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Users the tests sign in as. The administrator comes from the first-start path (PlatformTest sets
 * longyuan.admin.password); the others are created here once per test run, through the same facade
 * as the API, with their first password already changed. A request signed in as a user name gets
 * that user's role and scope from the database, as every real request does.
 */
public final class TestUsers {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "Gansu-Plan-2026";
  public static final String PASSWORD = "Longyuan-Test-2026";
  private static final String FIRST_PASSWORD = "First-Password-2026";

  private TestUsers() {}

  /** A request made by the signed-in user. */
  public static RequestPostProcessor as(String username) {
    return user(username);
  }

  public static RequestPostProcessor admin() {
    return user(ADMIN);
  }

  /** Creates the user unless it exists, and changes the first password to {@link #PASSWORD}. */
  public static String ensure(
      Accounts accounts,
      String username,
      String role,
      @Nullable String regionCode,
      @Nullable String enterpriseCode) {
    if (accounts.find(username).isEmpty()) {
      Requester test = new Requester("test", "local");
      accounts.create(
          new NewAccount(username, FIRST_PASSWORD, role, regionCode, enterpriseCode), test);
      accounts.changePassword(username, FIRST_PASSWORD, PASSWORD, test);
    }
    return username;
  }
}
