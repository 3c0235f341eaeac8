package dev.longyuan.credit.web;

import dev.longyuan.credit.CreditRefused;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused request on the credit API: {@code {code, messageZh, messageEn, errors}}, 403 outside
 * the user's scope, 404 for an enterprise or listing that does not exist, 400 otherwise.
 */
@RestControllerAdvice(assignableTypes = CreditApiController.class)
class CreditApiAdvice {

  @ExceptionHandler(CreditRefused.class)
  ResponseEntity<Map<String, Object>> refused(CreditRefused refused) {
    return ResponseEntity.status(status(refused))
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn(),
                "errors", refused.problems()));
  }

  static HttpStatus status(CreditRefused refused) {
    return switch (refused.code()) {
      case "scope.outside" -> HttpStatus.FORBIDDEN;
      case "enterprise.unknown", "listing.unknown" -> HttpStatus.NOT_FOUND;
      default -> HttpStatus.BAD_REQUEST;
    };
  }
}
