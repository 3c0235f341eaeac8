package dev.longyuan.sharing.web;

import dev.longyuan.sharing.SharingRefused;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused request on the sharing API: {@code {code, messageZh, messageEn, errors}}, 403 outside
 * the user's scope, 404 for what does not exist, 400 otherwise.
 */
@RestControllerAdvice(assignableTypes = {SharingApiController.class, BookingApiController.class})
class SharingApiAdvice {

  @ExceptionHandler(SharingRefused.class)
  ResponseEntity<Map<String, Object>> refused(SharingRefused refused) {
    return ResponseEntity.status(status(refused))
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn(),
                "errors", refused.problems()));
  }

  static HttpStatus status(SharingRefused refused) {
    return switch (refused.code()) {
      case "scope.outside" -> HttpStatus.FORBIDDEN;
      case "resource.unknown", "booking.unknown", "request.unknown" -> HttpStatus.NOT_FOUND;
      default -> HttpStatus.BAD_REQUEST;
    };
  }
}
