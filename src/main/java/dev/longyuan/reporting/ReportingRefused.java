package dev.longyuan.reporting;

import dev.longyuan.shared.Refusal;

/**
 * A request the reporting rules refuse: an approval step that does not apply, a unit out of scope.
 */
public class ReportingRefused extends Refusal {

  public ReportingRefused(String code, String messageZh, String messageEn) {
    super(code, messageZh, messageEn);
  }
}
