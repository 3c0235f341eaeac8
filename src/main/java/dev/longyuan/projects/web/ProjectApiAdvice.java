package dev.longyuan.projects.web;

import dev.longyuan.projects.ProjectRefused;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused request on the projects API: {@code {code, messageZh, messageEn, errors}}, 403 for a
 * project outside the user's scope, 404 for one that does not exist, 400 otherwise.
 */
@RestControllerAdvice(assignableTypes = ProjectApiController.class)
class ProjectApiAdvice {

  @ExceptionHandler(ProjectRefused.class)
  ResponseEntity<Map<String, Object>> refused(ProjectRefused refused) {
    return ResponseEntity.status(status(refused))
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn(),
                "errors", refused.problems()));
  }

  static HttpStatus status(ProjectRefused refused) {
    return switch (refused.code()) {
      case "scope.outside" -> HttpStatus.FORBIDDEN;
      case "project.unknown", "attachment.unknown", "milestone.unknown" -> HttpStatus.NOT_FOUND;
      default -> HttpStatus.BAD_REQUEST;
    };
  }
}
