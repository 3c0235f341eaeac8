package dev.longyuan.trace.web;

import dev.longyuan.trace.EpcisRefused;
import dev.longyuan.trace.internal.QueryService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
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
    return QueryAnswers.answer(queries, queries.query(parameters), "SimpleEventQuery", request);
  }
}
