package dev.longyuan.trace.web;

import dev.longyuan.trace.EpcisRefused;
import dev.longyuan.trace.internal.QueryService;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The query interface of the EPCIS 2.0 REST binding: {@code /epcis/events} with the simple event
 * query's parameters, and the resources that fix one of them in the path. JSON-LD unless the client
 * asks for XML; a {@code Link: rel="next"} header when there are more.
 */
@RestController
class QueryController {

  private final QueryService queries;

  QueryController(QueryService queries) {
    this.queries = queries;
  }

  @GetMapping("/epcis/events")
  ResponseEntity<String> events(
      @RequestParam Map<String, String> parameters, HttpServletRequest request) {
    return answer(parameters, request);
  }

  @GetMapping("/epcis/eventTypes/{eventType}/events")
  ResponseEntity<String> byType(
      @PathVariable String eventType,
      @RequestParam Map<String, String> parameters,
      HttpServletRequest request) {
    return answer(fixed(parameters, "eventType", eventType), request);
  }

  @GetMapping("/epcis/epcs/{epc}/events")
  ResponseEntity<String> byEpc(
      @PathVariable String epc,
      @RequestParam Map<String, String> parameters,
      HttpServletRequest request) {
    return answer(fixed(parameters, "MATCH_anyEPC", epc), request);
  }

  @GetMapping("/epcis/bizSteps/{bizStep}/events")
  ResponseEntity<String> byBizStep(
      @PathVariable String bizStep,
      @RequestParam Map<String, String> parameters,
      HttpServletRequest request) {
    return answer(fixed(parameters, "EQ_bizStep", bizStep), request);
  }

  @GetMapping("/epcis/bizLocations/{bizLocation}/events")
  ResponseEntity<String> byBizLocation(
      @PathVariable String bizLocation,
      @RequestParam Map<String, String> parameters,
      HttpServletRequest request) {
    return answer(fixed(parameters, "EQ_bizLocation", bizLocation), request);
  }

  @GetMapping("/epcis/readPoints/{readPoint}/events")
  ResponseEntity<String> byReadPoint(
      @PathVariable String readPoint,
      @RequestParam Map<String, String> parameters,
      HttpServletRequest request) {
    return answer(fixed(parameters, "EQ_readPoint", readPoint), request);
  }

  @GetMapping("/epcis/dispositions/{disposition}/events")
  ResponseEntity<String> byDisposition(
      @PathVariable String disposition,
      @RequestParam Map<String, String> parameters,
      HttpServletRequest request) {
    return answer(fixed(parameters, "EQ_disposition", disposition), request);
  }

  /** The path's value of a parameter, which the query string may not give again. */
  private static Map<String, String> fixed(
      Map<String, String> parameters, String name, String value) {
    if (parameters.containsKey(name)) {
      throw new EpcisRefused(
          "epcis.query.parameter",
          "查询参数 " + name + " 已由路径给出",
          "query parameter " + name + " is given by the path already");
    }
    Map<String, String> all = new LinkedHashMap<>(parameters);
    all.put(name, value);
    return all;
  }

  private ResponseEntity<String> answer(
      Map<String, String> parameters, HttpServletRequest request) {
    QueryService.Page page = queries.query(parameters);
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (page.nextPageToken() != null) {
      response.header(
          HttpHeaders.LINK, "<" + next(request, page.nextPageToken()) + ">; rel=\"next\"");
    }
    if (wantsXml(request.getHeader(HttpHeaders.ACCEPT))) {
      return response.contentType(MediaType.APPLICATION_XML).body(queries.xmlDocument(page));
    }
    return response
        .contentType(MediaType.valueOf("application/ld+json"))
        .body(queries.jsonDocument(page).toString());
  }

  /** The same request for the next page: its own parameters (not the path's), the new token. */
  private static String next(HttpServletRequest request, String token) {
    String query =
        request.getParameterMap().entrySet().stream()
            .filter(p -> !p.getKey().equals("nextPageToken"))
            .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()[0]))
            .collect(Collectors.joining("&"));
    return request.getRequestURI()
        + "?"
        + (query.isEmpty() ? "" : query + "&")
        + "nextPageToken="
        + encode(token);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static boolean wantsXml(@Nullable String accept) {
    if (accept == null) {
      return false;
    }
    String media = accept.toLowerCase(java.util.Locale.ROOT);
    int xml = Math.max(media.indexOf("application/xml"), media.indexOf("text/xml"));
    int json = media.indexOf("json");
    return xml >= 0 && (json < 0 || xml < json);
  }
}
