package dev.longyuan.implementation.web;

import dev.longyuan.implementation.ImplementationRefused;
import dev.longyuan.plan.RevisionRefused;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused request on the implementation API, as JSON with its code and both languages. */
@RestControllerAdvice(
    assignableTypes = {
      TaskApiController.class,
      AnnualPlanApiController.class,
      WorkItemApiController.class,
      RevisionApiController.class
    })
class ImplementationApiAdvice {

  @ExceptionHandler(ImplementationRefused.class)
  ResponseEntity<Map<String, String>> refused(ImplementationRefused refused) {
    HttpStatus status =
        switch (refused.code()) {
          case "plan.unknown",
              "task.unknown",
              "target.unknown",
              "year.outside",
              "item.unknown",
              "evidence.unknown" ->
              HttpStatus.NOT_FOUND;
          case "annual_plan.approved" -> HttpStatus.CONFLICT;
          case "scope.outside" -> HttpStatus.FORBIDDEN;
          default -> HttpStatus.BAD_REQUEST;
        };
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn()));
  }

  /** A revision refused with every problem found, each naming its field. */
  @ExceptionHandler(RevisionRefused.class)
  ResponseEntity<Map<String, Object>> refused(RevisionRefused refused) {
    return ResponseEntity.status(
            refused.code().equals("plan.unknown") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn(),
                "problems", refused.problems()));
  }
}
