package dev.longyuan.analytics;

import dev.longyuan.shared.Refusal;

/** A computation analytics cannot do: a series the method cannot judge, a region out of scope. */
public class AnalyticsRefused extends Refusal {

  public AnalyticsRefused(String code, String messageZh, String messageEn) {
    super(code, messageZh, messageEn);
  }
}
