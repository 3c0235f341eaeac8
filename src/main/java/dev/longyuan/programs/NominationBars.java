package dev.longyuan.programs;

import java.util.Optional;

/**
 * Enterprises that may not be put forward for a programme (推荐、认定) now, such as those on a quality
 * blacklist. A module that keeps such a list implements this as a bean; a recognition granted this
 * year is refused while any bean bars its enterprise. Recognitions of past years are records of
 * what was decided then and are not refused.
 */
public interface NominationBars {

  /** Why the enterprise with this unified social credit code may not be nominated today, if so. */
  Optional<Bar> bar(String enterpriseCode);

  /** The reason, in Chinese and English, naming the decision that bars the enterprise. */
  record Bar(String reasonZh, String reasonEn) {}
}
