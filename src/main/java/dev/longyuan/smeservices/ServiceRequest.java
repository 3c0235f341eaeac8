package dev.longyuan.smeservices;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A service an enterprise asked for: the node holding it ({@code nodeCode}; once resolved, the one
 * that resolved it), its deadlines in working days (the last working day each may be met on, {@code
 * provisional} when one falls in a year whose holidays are not stored yet), and how it ended.
 */
public record ServiceRequest(
    long id,
    String enterpriseCode,
    String enterpriseName,
    String regionCode,
    String categoryCode,
    String title,
    String description,
    String nodeCode,
    Instant submittedAt,
    LocalDate acknowledgeDue,
    LocalDate resolveDue,
    boolean provisional,
    @Nullable Instant acknowledgedAt,
    @Nullable Instant resolvedAt,
    @Nullable String resolution,
    @Nullable Fee fee,
    @Nullable Integer rating,
    @Nullable String ratingComment,
    @Nullable Instant ratedAt,
    boolean synthetic) {

  /** {@code submitted}, {@code acknowledged} or {@code resolved}. */
  @JsonProperty("status")
  public String status() {
    return resolvedAt != null ? "resolved" : acknowledgedAt != null ? "acknowledged" : "submitted";
  }

  public boolean open() {
    return resolvedAt == null;
  }
}
