package dev.longyuan.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import dev.longyuan.PlatformTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class SecurityHeadersTests {

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/plans",
        "/data",
        "/api/plans",
        "/plans/gansu-13fyp-industry/text",
        "/no-such-page"
      })
  void everyAnswerForbidsInlineScriptsFramingAndSniffing(String path) throws Exception {
    mvc.perform(get(path))
        .andExpect(
            header()
                .string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    Matchers.not(Matchers.containsString("unsafe-inline"))))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "same-origin"));
  }

  @org.junit.jupiter.api.Test
  void aReportRunsNoScriptAndLoadsNothingThoughItsOwnStylesApply() throws Exception {
    mvc.perform(
            get("/api/plans/gansu-13fyp-industry/reports/final")
                .param("format", "html")
                .with(dev.longyuan.TestUsers.admin()))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    Matchers.allOf(
                        Matchers.startsWith("default-src 'none'"),
                        Matchers.containsString("style-src 'unsafe-inline'"),
                        Matchers.containsString("img-src data:"),
                        Matchers.not(Matchers.containsString("script-src")))))
        .andExpect(header().string("X-Frame-Options", "DENY"));
  }
}
