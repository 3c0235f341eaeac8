package dev.longyuan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signing in by form, HTTP Basic and token: the password rules, the lock, tokens, limits. */
@PlatformTest
class SignInTests {

  @Autowired MockMvc mvc;

  @Autowired Accounts accounts;

  @Autowired JdbcClient jdbc;

  /** A user name of this run alone, for tests that leave their user changed. */
  static String unique(String base) {
    return base + "-" + Long.toString(System.nanoTime(), 36);
  }

  /** A request from another machine, so that the per-address limits of one test stay its own. */
  static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  /** The sign-in form as a browser posts it, from the given address. */
  static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
    return post("/login")
        .param("username", username)
        .param("password", password)
        .with(csrf())
        .with(from(address));
  }

  static RequestPostProcessor admin() {
    return httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
  }

  List<String> auditActions(String actor) {
    return jdbc.sql("SELECT action FROM audit_log WHERE actor = :actor ORDER BY position")
        .param("actor", actor)
        .query(String.class)
        .list();
  }

  String createUser(String username, String role, String region) throws Exception {
    mvc.perform(
            post("/api/users")
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"username": "%s", "password": "First-Pass-2026", "role": "%s", "regionCode": "%s"}"""
                        .formatted(username, role, region)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.mustChangePassword").value(true));
    return username;
  }

  @Nested
  class WithAPassword {

    @Test
    void theRightPasswordSignsInAndIsAuditedWithTheAddress() throws Exception {
      TestUsers.ensure(accounts, "form-user", "CITY", "620200", null);

      mvc.perform(signIn("form-user", TestUsers.PASSWORD, "10.7.0.1"))
          .andExpect(redirectedUrl("/"));

      assertThat(
              jdbc.sql(
                      "SELECT origin FROM audit_log WHERE actor = 'form-user' AND action = 'login'")
                  .query(String.class)
                  .list())
          .contains("10.7.0.1");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightOne()
        throws Exception {
      String lockMe = TestUsers.ensure(accounts, unique("lock"), "COUNTY", "620102", null);

      for (int i = 0; i < 5; i++) {
        mvc.perform(signIn(lockMe, "Wrong-Pass-1", "10.7.0.2"))
            .andExpect(redirectedUrl("/login?error"));
      }
      mvc.perform(signIn(lockMe, TestUsers.PASSWORD, "10.7.0.2"))
          .andExpect(redirectedUrl("/login?locked"));
      mvc.perform(get("/api/data/elements").with(httpBasic(lockMe, TestUsers.PASSWORD)))
          .andExpect(status().isUnauthorized());

      Instant lockedUntil = accounts.find(lockMe).orElseThrow().lockedUntil();
      assertThat(Duration.between(Instant.now(), lockedUntil))
          .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
      assertThat(auditActions(lockMe))
          .containsSubsequence(
              "login.failed",
              "login.failed",
              "login.failed",
              "login.failed",
              "login.failed",
              "login.locked",
              "login.refused");

      mvc.perform(post("/api/users/" + lockMe + "/unlock").with(admin()))
          .andExpect(status().isOk());
      mvc.perform(signIn(lockMe, TestUsers.PASSWORD, "10.7.0.2")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theFirstPasswordMustBeChangedBeforeAnythingElse() throws Exception {
      String firstTimer = createUser(unique("first"), "CITY", "620300");

      MvcResult signedIn =
          mvc.perform(signIn(firstTimer, "First-Pass-2026", "10.7.0.3")).andReturn();
      MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
      mvc.perform(get("/data").session(session)).andExpect(redirectedUrl("/account/password"));
      mvc.perform(get("/api/data/elements").with(httpBasic(firstTimer, "First-Pass-2026")))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value("password.must_change"));

      mvc.perform(
              post("/account/password")
                  .session(session)
                  .with(csrf())
                  .param("current", "First-Pass-2026")
                  .param("password", "weak")
                  .param("confirmation", "weak"))
          .andExpect(status().isOk());
      assertThat(accounts.find(firstTimer).orElseThrow().mustChangePassword()).isTrue();

      mvc.perform(
              post("/account/password")
                  .session(session)
                  .with(csrf())
                  .param("current", "First-Pass-2026")
                  .param("password", "Own-Choice-2026")
                  .param("confirmation", "Own-Choice-2026"))
          .andExpect(redirectedUrl("/account"));
      mvc.perform(get("/data").session(session)).andExpect(status().isOk());
      assertThat(auditActions(firstTimer)).contains("login", "user.password_change");
    }

    @Test
    void aDisabledUserIsSignedOutAtOnce() throws Exception {
      String toDisable = TestUsers.ensure(accounts, unique("disable"), "CITY", "620400", null);
      MockHttpSession session =
          (MockHttpSession)
              mvc.perform(signIn(toDisable, TestUsers.PASSWORD, "10.7.0.4"))
                  .andReturn()
                  .getRequest()
                  .getSession();
      mvc.perform(get("/data").session(session)).andExpect(status().isOk());

      mvc.perform(post("/api/users/" + toDisable + "/disable").with(admin()))
          .andExpect(jsonPath("$.enabled").value(false));

      mvc.perform(get("/data").session(session)).andExpect(redirectedUrl("/login?inactive"));
      assertThat(auditActions(TestUsers.ADMIN)).contains("user.disable");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
      mvc.perform(
              post("/data/form")
                  .with(TestUsers.admin())
                  .param("set", "ENT-M")
                  .param("unit", "620100")
                  .param("period", "2019-01/02"))
          .andExpect(status().isForbidden());
    }
  }

  @Nested
  class Users {

    @Test
    void refusesPasswordsAgainstThePolicyAndBindingsThatDoNotFit() throws Exception {
      String[][] refused = {
        {
          "{\"username\":\"u-short\",\"password\":\"Ab1!\",\"role\":\"PROVINCE_ANALYST\"}",
          "password.too_short"
        },
        {
          "{\"username\":\"u-simple\",\"password\":\"alllowercaseletters\",\"role\":\"PROVINCE_ANALYST\"}",
          "password.too_simple"
        },
        {
          "{\"username\":\"u-named\",\"password\":\"U-Named-2026\",\"role\":\"PROVINCE_ANALYST\"}",
          "password.contains_username"
        },
        {
          "{\"username\":\"u-role\",\"password\":\"Good-Pass-2026\",\"role\":\"MAYOR\"}",
          "role.unknown"
        },
        {
          "{\"username\":\"u-city\",\"password\":\"Good-Pass-2026\",\"role\":\"CITY\"}",
          "region.required"
        },
        {
          "{\"username\":\"u-level\",\"password\":\"Good-Pass-2026\",\"role\":\"CITY\",\"regionCode\":\"620102\"}",
          "region.wrong_level"
        },
        {
          "{\"username\":\"u-nowhere\",\"password\":\"Good-Pass-2026\",\"role\":\"COUNTY\",\"regionCode\":\"110101\"}",
          "region.unknown"
        },
        {
          "{\"username\":\"u-firm\",\"password\":\"Good-Pass-2026\",\"role\":\"ENTERPRISE\",\"enterpriseCode\":\"91620100MA00000000\"}",
          "enterprise.unknown"
        },
        {
          "{\"username\":\"x\",\"password\":\"Good-Pass-2026\",\"role\":\"PROVINCE_ANALYST\"}",
          "username.invalid"
        },
        {
          "{\"username\":\"admin\",\"password\":\"Good-Pass-2026\",\"role\":\"PROVINCE_ANALYST\"}",
          "username.taken"
        }
      };
      for (String[] attempt : refused) {
        mvc.perform(
                post("/api/users")
                    .with(admin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(attempt[0]))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value(attempt[1]))
            .andExpect(jsonPath("$.messageZh").isNotEmpty())
            .andExpect(jsonPath("$.messageEn").isNotEmpty());
      }
      assertThat(accounts.all()).noneMatch(a -> a.username().startsWith("u-"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
      TestUsers.ensure(accounts, "hashed", "PROVINCE_ANALYST", null, null);
      String stored =
          jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'hashed'")
              .query(String.class)
              .single();
      assertThat(stored).startsWith("{bcrypt}$2a$").doesNotContain(TestUsers.PASSWORD);
    }
  }

  @Nested
  class Tokens {

    @Test
    void aTokenActsAsItsUserIsShownOnceStoredHashedAndCanBeRevoked() throws Exception {
      TestUsers.ensure(accounts, "scripted", "CITY", "620500", null);
      RequestPostProcessor basic = httpBasic("scripted", TestUsers.PASSWORD);
      String read =
          mvc.perform(
                  post("/api/account/tokens")
                      .with(basic)
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"name\":\"nightly export\",\"scope\":\"read\"}"))
              .andExpect(status().isCreated())
              .andReturn()
              .getResponse()
              .getContentAsString();
      String secret = read.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
      long id = Long.parseLong(read.replaceAll(".*\"id\":(\\d+).*", "$1"));

      mvc.perform(get("/api/data/elements").header("Authorization", "Bearer " + secret))
          .andExpect(status().isOk());
      mvc.perform(post("/api/data/imports").header("Authorization", "Bearer " + secret))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value("token.read_only"));
      mvc.perform(get("/api/account/tokens").with(basic))
          .andExpect(jsonPath("$[0].name").value("nightly export"))
          .andExpect(jsonPath("$[0].secret").doesNotExist());
      String stored =
          jdbc.sql("SELECT token_hash FROM api_token WHERE id = :id")
              .param("id", id)
              .query(String.class)
              .single();
      assertThat(stored)
          .isEqualTo(
              HexFormat.of()
                  .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes())));

      mvc.perform(delete("/api/account/tokens/" + id).with(basic))
          .andExpect(status().isNoContent());
      mvc.perform(get("/api/data/elements").header("Authorization", "Bearer " + secret))
          .andExpect(status().isUnauthorized())
          .andExpect(jsonPath("$.code").value("token.invalid"));
      assertThat(auditActions("scripted")).contains("token.issue", "token.revoke");
    }
  }

  @Nested
  class Limits {

    @Test
    void anAddressThatFailsTwentyTimesInAMinuteIsHeldOff() throws Exception {
      for (int i = 0; i < 20; i++) {
        mvc.perform(signIn("nobody-" + i, "Wrong-Pass-1", "10.7.9.9"))
            .andExpect(redirectedUrl("/login?error"));
      }
      mvc.perform(signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, "10.7.9.9"))
          .andExpect(status().isTooManyRequests())
          .andExpect(header().exists("Retry-After"));
      mvc.perform(get("/api/data/elements").with(admin()).with(from("10.7.9.9")))
          .andExpect(status().isTooManyRequests());
      // another address is not held off
      mvc.perform(get("/api/data/elements").with(admin()).with(from("10.7.9.10")))
          .andExpect(status().isOk());
    }

    @Test
    void eachUserMayStartThirtyExportsAMinute() throws Exception {
      TestUsers.ensure(accounts, "exporter", "CITY", "620600", null);
      for (int i = 0; i < 30; i++) {
        mvc.perform(get("/api/data/values").param("format", "csv").with(TestUsers.as("exporter")))
            .andExpect(status().isOk());
      }
      mvc.perform(get("/api/data/values").param("format", "csv").with(TestUsers.as("exporter")))
          .andExpect(status().isTooManyRequests())
          .andExpect(jsonPath("$.code").value("rate.exceeded"));
      mvc.perform(get("/api/data/values").param("format", "csv").with(TestUsers.admin()))
          .andExpect(status().isOk());
    }
  }

  @Test
  void theSetupPageIsClosedOnceAnAdministratorExists() throws Exception {
    mvc.perform(get("/setup").with(from("127.0.0.1"))).andExpect(status().isNotFound());
    mvc.perform(
            post("/setup")
                .with(csrf())
                .with(from("127.0.0.1"))
                .param("username", "intruder")
                .param("password", "Intruder-2026!")
                .param("confirmation", "Intruder-2026!"))
        .andExpect(status().isNotFound());
    assertThat(accounts.find("intruder")).isEmpty();
  }
}
