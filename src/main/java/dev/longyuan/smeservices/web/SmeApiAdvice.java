package dev.longyuan.smeservices.web;

import dev.longyuan.smeservices.SmeRefused;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused request on the network's API: {@code {code, field, messageZh, messageEn}}, 404 for a
 * request the user cannot see, 403 for one they may not act on, 400 otherwise.
 */
@RestControllerAdvice(assignableTypes = {SmeApiController.class, NodeApiController.class})
class SmeApiAdvice {

  @ExceptionHandler(SmeRefused.class)
  ResponseEntity<Map<String, String>> refused(SmeRefused refused) {
    return ResponseEntity.status(status(refused))
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "code", refused.code(),
                "field", refused.field(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn()));
  }

  static HttpStatus status(SmeRefused refused) {
    return switch (refused.code()) {
      case "request.unknown", "node.unknown" -> HttpStatus.NOT_FOUND;
      case "scope.outside" -> HttpStatus.FORBIDDEN;
      default -> HttpStatus.BAD_REQUEST;
    };
  }
}
