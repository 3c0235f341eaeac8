package dev.longyuan.trace.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.trace.EpcisRefused;
import dev.longyuan.trace.internal.NamedQueries;
import dev.longyuan.trace.internal.QueryService;
import dev.longyuan.trace.persistence.NamedQueryRepository.NamedQueryRow;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * Named queries of the EPCIS 2.0 REST binding: {@code /epcis/queries} to create and list them,
 * {@code /epcis/queries/{name}} to read and delete one (deleting unsubscribes its subscribers), and
 * {@code /epcis/queries/{name}/events} for its results, paged as {@code /epcis/events} pages.
 */
@RestController
class NamedQueryController {

  private final NamedQueries named;
  private final QueryService queries;
  private final JsonMapper json = JsonMapper.shared();

  NamedQueryController(NamedQueries named, QueryService queries) {
    this.named = named;
    this.queries = queries;
  }

  @PostMapping("/epcis/queries")
  ResponseEntity<Void> create(
      @RequestBody(required = false) @Nullable String body,
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String type,
      Authentication user) {
    requireJson(type);
    NamedQueryRow created = named.create(body == null ? "" : body, user.getName());
    return ResponseEntity.created(URI.create("/epcis/queries/" + created.name())).build();
  }

  @GetMapping(path = "/epcis/queries", produces = "application/json")
  ResponseEntity<String> list(
      @RequestParam Map<String, String> parameters, HttpServletRequest request) {
    for (String parameter : parameters.keySet()) {
      if (!Set.of("perPage", "nextPageToken").contains(parameter)) {
        throw new EpcisRefused(
            "epcis.query.parameter",
            "查询参数 " + parameter + " 不适用于查询列表",
            "query parameter " + parameter + " is not for the list of queries");
      }
    }
    int perPage = QueryService.perPage(parameters.get("perPage"));
    List<NamedQueryRow> found =
        named.page(QueryService.after(parameters.get("nextPageToken")), perPage);
    boolean more = found.size() > perPage;
    List<NamedQueryRow> page = more ? found.subList(0, perPage) : found;
    List<Object> list = new ArrayList<>();
    page.forEach(q -> list.add(definition(q)));
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (more) {
      response.header(
          HttpHeaders.LINK,
          QueryAnswers.next(request, QueryService.token(page.get(page.size() - 1).id())));
    }
    return response.body(json.writeValueAsString(list));
  }

  @GetMapping(path = "/epcis/queries/{queryName}", produces = "application/json")
  String get(@PathVariable String queryName) {
    return json.writeValueAsString(definition(named.get(queryName)));
  }

  @DeleteMapping("/epcis/queries/{queryName}")
  ResponseEntity<Void> delete(
      @PathVariable String queryName, Authentication user, DataScope scope) {
    Owners.requireOwner(user, scope, named.get(queryName).createdBy());
    named.delete(queryName, user.getName());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/epcis/queries/{queryName}/events")
  ResponseEntity<String> events(
      @PathVariable String queryName,
      @RequestParam Map<String, String> parameters,
      HttpServletRequest request) {
    return QueryAnswers.answer(queries, named.events(queryName, parameters), queryName, request);
  }

  private Map<String, Object> definition(NamedQueryRow query) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", query.name());
    body.put("query", json.readTree(query.query()));
    return body;
  }

  static void requireJson(@Nullable String type) {
    if (type == null || !MediaType.parseMediaType(type).getSubtype().contains("json")) {
      throw new EpcisRefused(
          "epcis.media-type",
          "请求体应是 application/json，而不是 " + type,
          "the request body is application/json, not " + type);
    }
  }
}
