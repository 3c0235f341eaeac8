package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRecord;
import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code {"values":[…]}}, streaming, numbers as JSON numbers at their full BigDecimal
 * precision and never in exponent notation. Empty 上年同期 and comments are left out.
 */
final class JsonValueWriter {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  void write(Iterable<ValueRecord> values, OutputStream out) {
    try (JsonGenerator json = MAPPER.createGenerator(out)) {
      json.writeStartObject();
      json.writeName("values");
      json.writeStartArray();
      for (ValueRecord v : values) {
        json.writeStartObject();
        json.writeStringProperty(JsonField.DATA_ELEMENT.key(), v.dataElement());
        json.writeStringProperty(JsonField.REPORTING_UNIT.key(), v.reportingUnit());
        json.writeStringProperty(JsonField.PERIOD.key(), v.period().code());
        json.writeStringProperty(JsonField.MEASURE.key(), v.measure().word());
        json.writeName(JsonField.VALUE.key());
        json.writeNumber(v.value());
        if (v.previousYearValue() != null) {
          json.writeName(JsonField.PREVIOUS_YEAR_VALUE.key());
          json.writeNumber(v.previousYearValue());
        }
        if (v.comment() != null) {
          json.writeStringProperty(JsonField.COMMENT.key(), v.comment());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }
}
