package dev.longyuan.trace.internal;

import dev.longyuan.trace.EpcisRefused;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a capture does with a document some of whose events are wrong ({@code
 * GS1-Capture-Error-Behaviour}): store none of them (rollback, the default), or the good ones.
 */
public enum ErrorBehaviour {
  ROLLBACK,
  PROCEED;

  public static ErrorBehaviour of(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return ROLLBACK;
    }
    return switch (header.strip().toLowerCase(Locale.ROOT)) {
      case "rollback" -> ROLLBACK;
      case "proceed" -> PROCEED;
      default ->
          throw new EpcisRefused(
              "epcis.capture.error-behaviour",
              "GS1-Capture-Error-Behaviour 只能是 rollback 或 proceed，而不是 " + header,
              "GS1-Capture-Error-Behaviour is rollback or proceed, not " + header);
    };
  }

  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }
}
