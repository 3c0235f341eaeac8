package dev.longyuan.market.web;

import dev.longyuan.market.MarketRefused;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused request on the market API: {@code {code, messageZh, messageEn, errors}}, 403 outside
 * the user's scope, 404 for a demand that does not exist, 400 otherwise.
 */
@RestControllerAdvice(assignableTypes = MarketApiController.class)
class MarketApiAdvice {

  @ExceptionHandler(MarketRefused.class)
  ResponseEntity<Map<String, Object>> refused(MarketRefused refused) {
    return ResponseEntity.status(status(refused))
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn(),
                "errors", refused.problems()));
  }

  static HttpStatus status(MarketRefused refused) {
    return switch (refused.code()) {
      case "scope.outside" -> HttpStatus.FORBIDDEN;
      case "demand.unknown" -> HttpStatus.NOT_FOUND;
      default -> HttpStatus.BAD_REQUEST;
    };
  }
}
