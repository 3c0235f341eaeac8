package dev.longyuan.trace.web;

import dev.longyuan.trace.internal.QueryService;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a page of query results is answered: an EPCISQueryDocument in JSON-LD unless the client asks
 * for XML, and a {@code Link: rel="next"} header when there are more.
 */
final class QueryAnswers {

  private QueryAnswers() {}

  static ResponseEntity<String> answer(
      QueryService queries, QueryService.Page page, String queryName, HttpServletRequest request) {
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (page.nextPageToken() != null) {
      response.header(HttpHeaders.LINK, next(request, page.nextPageToken()));
    }
    if (wantsXml(request.getHeader(HttpHeaders.ACCEPT))) {
      return response
          .contentType(MediaType.APPLICATION_XML)
          .body(queries.xmlDocument(page, queryName));
    }
    return response
        .contentType(MediaType.valueOf("application/ld+json"))
        .body(queries.jsonDocument(page, queryName, null).toString());
  }

  /**
   * The Link header to the same request's next page: its own parameters (not the path's), the new
   * token.
   */
  static String next(HttpServletRequest request, String token) {
    String query =
        request.getParameterMap().entrySet().stream()
            .filter(p -> !p.getKey().equals("nextPageToken"))
            .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()[0]))
            .collect(Collectors.joining("&"));
    return "<"
        + request.getRequestURI()
        + "?"
        + (query.isEmpty() ? "" : query + "&")
        + "nextPageToken="
        + encode(token)
        + ">; rel=\"next\"";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static boolean wantsXml(@Nullable String accept) {
    if (accept == null) {
      return false;
    }
    String media = accept.toLowerCase(Locale.ROOT);
    int xml = Math.max(media.indexOf("application/xml"), media.indexOf("text/xml"));
    int json = media.indexOf("json");
    return xml >= 0 && (json < 0 || xml < json);
  }
}
