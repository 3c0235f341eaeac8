package dev.longyuan.trace;

import dev.longyuan.trace.persistence.Recalls;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The recalls that count against the enterprise that made the recalled lot: its grower or
 * processor, known by the places of the events that brought the lot into being — not the
 * distributors and pharmacies downstream, which the recall protects.
 */
@Service
public class ProducerRecalls {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** A recall of a lot the enterprise made: the lot, why, and the day it was recorded. */
  public record ProducerRecall(
      long id, String lot, String reasonZh, String reasonEn, LocalDate recalledOn) {}

  private final Recalls recalls;

  ProducerRecalls(Recalls recalls) {
    this.recalls = recalls;
  }

  /** The recalls of lots made by the enterprise with this credit code, newest first. */
  public List<ProducerRecall> of(String creditCode) {
    return recalls.ofProducer(creditCode).stream()
        .map(
            r ->
                new ProducerRecall(
                    r.id(),
                    r.lot(),
                    r.reasonZh(),
                    r.reasonEn(),
                    r.createdAt().atZoneSameInstant(CHINA).toLocalDate()))
        .toList();
  }
}
