package dev.longyuan.accounts.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/** The JSON an API client gets when it is refused before reaching a controller. */
final class Refusals {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Refusals() {}

  static void write(
      HttpServletResponse response, int status, String code, String messageZh, String messageEn)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            JSON.writeValueAsString(
                java.util.Map.of(
                    "status",
                    status,
                    "code",
                    code,
                    "messageZh",
                    messageZh,
                    "messageEn",
                    messageEn)));
  }
}
