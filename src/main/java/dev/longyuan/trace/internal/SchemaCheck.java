package dev.longyuan.trace.internal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.longyuan.trace.EpcisProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * GS1's EPCIS 2.0 JSON Schema (draft-07), with its {@code format}s asserted — {@code uri} and
 * {@code date-time} — which a draft-07 validator otherwise only annotates. Each problem names the
 * event's index in the document and the field (a JSON pointer), so a client can find it.
 */
public final class SchemaCheck {

  private static final Pattern EVENT =
      Pattern.compile("/epcisBody/(?:eventList|queryResults/resultsBody/eventList)/(\\d+)(.*)");

  private static final Schema SCHEMA = load();

  private SchemaCheck() {}

  private static Schema load() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .pathType(PathType.JSON_POINTER)
                        .build()));
    try (InputStream in =
        SchemaCheck.class.getResourceAsStream("/trace/epcis/EPCIS-JSON-Schema.json")) {
      if (in == null) {
        throw new IllegalStateException("the EPCIS JSON Schema is missing from the resources");
      }
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the 2.0 XSD allows what the JSON Schema does not: a sensor report without a type. */
  private static final Pattern SENSOR_REPORT = Pattern.compile(".*/sensorReport/\\d+");

  /** Everything the schema finds wrong with a JSON document; empty when it is valid. */
  public static List<EpcisProblem> problems(JsonNode document) {
    return SCHEMA.validate(document).stream().map(SchemaCheck::problem).toList();
  }

  /**
   * What the schema finds wrong with a document read from XML, but for the rules of the JSON
   * binding that the XML binding's schema (EPCIS 2.0 XSD) does not have: a sensorReport's type is
   * optional there, and every event type may carry a persistentDisposition.
   */
  public static List<EpcisProblem> problemsOfXml(JsonNode document) {
    return SCHEMA.validate(document).stream()
        .filter(error -> !xmlAllows(error))
        .map(SchemaCheck::problem)
        .toList();
  }

  private static boolean xmlAllows(Error error) {
    String location = error.getInstanceLocation().toString();
    boolean reportType =
        "required".equals(error.getKeyword())
            && "type".equals(error.getProperty())
            && SENSOR_REPORT.matcher(location).matches();
    boolean persistentDisposition =
        error.getMessage().contains("'persistentDisposition'") && EVENT.matcher(location).matches();
    return reportType || persistentDisposition;
  }

  private static EpcisProblem problem(Error error) {
    String pointer = error.getInstanceLocation().toString();
    Matcher event = EVENT.matcher(pointer);
    int index = event.matches() ? Integer.parseInt(event.group(1)) : -1;
    String field = pointer.isEmpty() ? "/" : pointer;
    String message = error.getMessage();
    return new EpcisProblem(
        index,
        field,
        "不符合 EPCIS 2.0 JSON Schema：" + message,
        "fails the EPCIS 2.0 JSON Schema: " + message);
  }
}
