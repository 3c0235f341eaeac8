package dev.longyuan.trace.internal;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.trace.EpcisRefused;
import dev.longyuan.trace.persistence.EventCriteria;
import dev.longyuan.trace.persistence.NamedQueryRepository;
import dev.longyuan.trace.persistence.NamedQueryRepository.NamedQueryRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named queries of the REST binding: a query definition kept under a name, its results read as
 * those of {@code GET /events} with the same parameters. A definition is checked as the events
 * query checks its parameters before it is stored.
 */
@Service
public class NamedQueries {

  /** Names that are a safe path segment. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~-]{1,100}");

  /** The paging parameters belong to a request for results, not to a query's definition. */
  private static final Set<String> PAGING = Set.of("perPage", "nextPageToken");

  private final NamedQueryRepository queries;
  private final QueryService query;
  private final AuditLog audit;
  private final JsonMapper json = JsonMapper.shared();

  NamedQueries(NamedQueryRepository queries, QueryService query, AuditLog audit) {
    this.queries = queries;
    this.query = query;
    this.audit = audit;
  }

  /** Stores a named query from the binding's body {@code {"name", "query": {…}}}. */
  @Transactional
  public NamedQueryRow create(String body, String user) {
    JsonNode definition = parse(body);
    String name = definition.path("name").asString("");
    if (!NAME.matcher(name).matches()) {
      throw new EpcisRefused(
          "epcis.query.name",
          "查询名称应为 1 到 100 个字母、数字或 . _ ~ -：" + name,
          "a query name is 1 to 100 letters, digits or . _ ~ -: " + name);
    }
    JsonNode parameters = definition.path("query");
    if (!parameters.isObject()) {
      throw new EpcisRefused(
          "epcis.query.definition", "缺少查询定义 query", "the query definition (query) is missing");
    }
    for (String paging : PAGING) {
      if (parameters.has(paging)) {
        throw new EpcisRefused(
            "epcis.query.parameter",
            "查询参数 " + paging + " 用于翻页，不能写入命名查询",
            "query parameter " + paging + " pages results and is not part of a named query");
      }
    }
    query.criteria(parameters(parameters));
    String stored = json.writeValueAsString(parameters);
    if (!queries.insert(name, stored, user)) {
      throw new EpcisRefused(
          "epcis.query.exists", "已有名为 " + name + " 的查询", "a query named " + name + " exists");
    }
    audit.record(user, "trace", "epcis.query.create", name, stored);
    return queries.find(name).orElseThrow();
  }

  public NamedQueryRow get(String name) {
    return queries.find(name).orElseThrow(() -> unknown(name));
  }

  /** A page of named queries after the one given, one more than asked when there are more. */
  public List<NamedQueryRow> page(long afterId, int perPage) {
    return queries.page(afterId, perPage + 1);
  }

  /** Every named query, by name. */
  public List<NamedQueryRow> all() {
    return queries.all();
  }

  /** Deletes a named query, which unsubscribes all its subscribers, as the binding says. */
  @Transactional
  public void delete(String name, String user) {
    if (!queries.delete(name)) {
      throw unknown(name);
    }
    audit.record(user, "trace", "epcis.query.delete", name, "");
  }

  /** The results of a named query, with the paging parameters of the request. */
  public QueryService.Page events(String name, Map<String, String> paging) {
    for (String parameter : paging.keySet()) {
      if (!PAGING.contains(parameter)) {
        throw new EpcisRefused(
            "epcis.query.parameter",
            "查询参数 " + parameter + " 不能用于命名查询，只能用 perPage 和 nextPageToken",
            "query parameter "
                + parameter
                + " is not for a named query: only perPage and"
                + " nextPageToken are");
      }
    }
    Map<String, String> parameters = parameters(json.readTree(get(name).query()));
    parameters.putAll(paging);
    return query.query(parameters);
  }

  /** What a stored named query selects. */
  public EventCriteria criteria(String storedQuery) {
    return query.criteria(parameters(json.readTree(storedQuery)));
  }

  /**
   * The binding's query object as the events query's parameters: a list of strings is the values
   * separated by {@code |} (OR); a string or number is the value itself.
   */
  static Map<String, String> parameters(JsonNode query) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (var entry : query.properties()) {
      JsonNode value = entry.getValue();
      if (value.isArray()) {
        StringBuilder joined = new StringBuilder();
        for (JsonNode element : value) {
          if (!element.isString()) {
            throw notAValue(entry.getKey());
          }
          joined.append(joined.isEmpty() ? "" : "|").append(element.asString());
        }
        parameters.put(entry.getKey(), joined.toString());
      } else if (value.isString() || value.isNumber()) {
        parameters.put(entry.getKey(), value.asString());
      } else {
        throw notAValue(entry.getKey());
      }
    }
    return parameters;
  }

  private JsonNode parse(String body) {
    try {
      JsonNode tree = json.readTree(body);
      if (tree != null && tree.isObject()) {
        return tree;
      }
    } catch (JacksonException malformed) {
      // refused below
    }
    throw new EpcisRefused(
        "epcis.json.malformed", "请求体应是 JSON 对象", "the request body is a JSON object");
  }

  private static EpcisRefused notAValue(String parameter) {
    return new EpcisRefused(
        "epcis.query.parameter",
        "查询参数 " + parameter + " 应是字符串列表、字符串或数字",
        "query parameter " + parameter + " is a list of strings, a string or a number");
  }

  static EpcisRefused unknown(String name) {
    return new EpcisRefused(
        "epcis.query.unknown", "没有名为 " + name + " 的查询", "there is no query named " + name);
  }
}
