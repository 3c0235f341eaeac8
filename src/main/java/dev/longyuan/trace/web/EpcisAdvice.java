package dev.longyuan.trace.web;

import dev.longyuan.trace.EpcisRefused;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused EPCIS request: {@code {code, messageZh, messageEn, errors}} as the rest of the API
 * answers, with the REST binding's exception {@code type}, {@code title} and {@code status} beside;
 * 413 for a document over the limits, 404 for an unknown capture job, query or subscription, 409
 * for a query name taken, 403 for removing what another made, 415 for a document of another type,
 * 400 otherwise.
 */
@RestControllerAdvice(
    assignableTypes = {
      CaptureController.class,
      QueryController.class,
      TraceApiController.class,
      NamedQueryController.class,
      SubscriptionController.class
    })
class EpcisAdvice {

  @ExceptionHandler(EpcisRefused.class)
  ResponseEntity<Map<String, Object>> refused(EpcisRefused refused) {
    HttpStatus status = status(refused.code());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", refused.code());
    body.put("messageZh", refused.messageZh());
    body.put("messageEn", refused.messageEn());
    body.put("errors", refused.problems());
    body.put("type", exception(refused.code(), status));
    body.put("title", refused.messageEn());
    body.put("status", status.value());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  static HttpStatus status(String code) {
    return switch (code) {
      case "epcis.capture.too-large" -> HttpStatus.CONTENT_TOO_LARGE;
      case "epcis.capture.unknown",
          "trace.lot.unknown",
          "epcis.query.unknown",
          "epcis.subscription.unknown" ->
          HttpStatus.NOT_FOUND;
      case "epcis.query.exists" -> HttpStatus.CONFLICT;
      case "epcis.forbidden" -> HttpStatus.FORBIDDEN;
      case "epcis.media-type" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      default -> HttpStatus.BAD_REQUEST;
    };
  }

  private static String exception(String code, HttpStatus status) {
    if (status == HttpStatus.CONTENT_TOO_LARGE) {
      return "epcisException:CaptureLimitExceededException";
    }
    if (code.equals("epcis.query.unknown")) {
      return "epcisException:NoSuchNameException";
    }
    if (status == HttpStatus.NOT_FOUND) {
      return "epcisException:NoSuchResourceException";
    }
    if (status == HttpStatus.CONFLICT) {
      return "epcisException:ResourceAlreadyExistsException";
    }
    if (status == HttpStatus.FORBIDDEN) {
      return "epcisException:SecurityException";
    }
    if (code.startsWith("epcis.subscription")) {
      return "epcisException:SubscriptionControlsException";
    }
    return code.equals("epcis.query.parameter")
        ? "epcisException:QueryParameterException"
        : "epcisException:ValidationException";
  }
}
