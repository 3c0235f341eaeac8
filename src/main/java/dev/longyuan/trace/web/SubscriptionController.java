package dev.longyuan.trace.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.trace.EpcisRefused;
import dev.longyuan.trace.internal.QueryService;
import dev.longyuan.trace.internal.Subscriptions;
import dev.longyuan.trace.persistence.SubscriptionRepository.SubscriptionRow;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook subscriptions to a named query ({@code /epcis/queries/{name}/subscriptions}): made with
 * {@code dest}, {@code signatureToken}, {@code reportIfEmpty} and either {@code stream: true} or a
 * {@code schedule}; listed, read (never with the token) and deleted to unsubscribe.
 */
@RestController
class SubscriptionController {

  private final Subscriptions subscriptions;
  private final JsonMapper json = JsonMapper.shared();

  SubscriptionController(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @PostMapping(path = "/epcis/queries/{queryName}/subscriptions", produces = "application/json")
  ResponseEntity<String> subscribe(
      @PathVariable String queryName,
      @RequestBody(required = false) @Nullable String body,
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String type,
      Authentication user) {
    NamedQueryController.requireJson(type);
    SubscriptionRow made =
        subscriptions.subscribe(queryName, body == null ? "" : body, user.getName());
    return ResponseEntity.created(
            URI.create("/epcis/queries/" + queryName + "/subscriptions/" + made.id()))
        .body(json.writeValueAsString(view(made)));
  }

  @GetMapping(path = "/epcis/queries/{queryName}/subscriptions", produces = "application/json")
  ResponseEntity<String> list(
      @PathVariable String queryName,
      @RequestParam Map<String, String> parameters,
      HttpServletRequest request) {
    for (String parameter : parameters.keySet()) {
      if (!Set.of("perPage", "nextPageToken").contains(parameter)) {
        throw new EpcisRefused(
            "epcis.query.parameter",
            "查询参数 " + parameter + " 不适用于订阅列表",
            "query parameter " + parameter + " is not for the list of subscriptions");
      }
    }
    int perPage = QueryService.perPage(parameters.get("perPage"));
    int offset = (int) QueryService.after(parameters.get("nextPageToken"));
    List<SubscriptionRow> found = subscriptions.page(queryName, offset, perPage);
    boolean more = found.size() > perPage;
    List<Object> list = new ArrayList<>();
    (more ? found.subList(0, perPage) : found).forEach(s -> list.add(view(s)));
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (more) {
      response.header(
          HttpHeaders.LINK, QueryAnswers.next(request, QueryService.token(offset + perPage)));
    }
    return response.body(json.writeValueAsString(list));
  }

  @GetMapping(
      path = "/epcis/queries/{queryName}/subscriptions/{subscriptionID}",
      produces = "application/json")
  String get(@PathVariable String queryName, @PathVariable String subscriptionID) {
    return json.writeValueAsString(view(subscriptions.get(queryName, subscriptionID)));
  }

  @DeleteMapping("/epcis/queries/{queryName}/subscriptions/{subscriptionID}")
  ResponseEntity<Void> unsubscribe(
      @PathVariable String queryName,
      @PathVariable String subscriptionID,
      Authentication user,
      DataScope scope) {
    Owners.requireOwner(user, scope, subscriptions.get(queryName, subscriptionID).createdBy());
    subscriptions.unsubscribe(queryName, subscriptionID, user.getName());
    return ResponseEntity.noContent().build();
  }

  /** A subscription as the binding shows it: everything but its secret. */
  private Map<String, Object> view(SubscriptionRow s) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subscriptionID", s.id().toString());
    body.put("queryName", s.queryName());
    body.put("dest", s.dest());
    body.put("reportIfEmpty", s.reportIfEmpty());
    if (s.stream()) {
      body.put("stream", true);
    } else {
      body.put("schedule", json.readTree(s.schedule()));
    }
    body.put("initialRecordTime", time(s.initialRecordTime()));
    body.put("minRecordTime", time(s.lastRunAt() == null ? s.initialRecordTime() : s.lastRunAt()));
    body.put("createdAt", time(s.createdAt()));
    if (s.lastNotifiedAt() != null) {
      body.put("lastNotifiedAt", time(s.lastNotifiedAt()));
    }
    return body;
  }

  private static String time(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
