package dev.longyuan.sharing.persistence;

import dev.longyuan.sharing.Booking;
import dev.longyuan.sharing.BookingStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bookings of the shared resources. */
@Repository
public class BookingRepository {

  private final JdbcClient jdbc;

  BookingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(Booking b) {
    return jdbc.sql(
            """
            INSERT INTO sharing_booking (resource_id, enterprise_code, enterprise_name,
                enterprise_region, starts_at, ends_at, purpose, status, requested_by)
            VALUES (:resource, :enterprise, :name, :region, :starts, :ends, :purpose, :status,
                :by)
            RETURNING id
            """)
        .param("resource", b.resourceId())
        .param("enterprise", b.enterpriseCode())
        .param("name", b.enterpriseName())
        .param("region", b.enterpriseRegion())
        .param("starts", b.startsAt())
        .param("ends", b.endsAt())
        .param("purpose", b.purpose())
        .param("status", b.status().name())
        .param("by", b.requestedBy())
        .query(Long.class)
        .single();
  }

  /**
   * The bookings of a resource in the given states that overlap a period (ends exclusive, so that
   * adjacent periods do not), other than the one given.
   */
  public List<Booking> overlapping(
      long resourceId,
      LocalDateTime starts,
      LocalDateTime ends,
      List<BookingStatus> states,
      long except) {
    return jdbc.sql(
            """
            SELECT * FROM sharing_booking
            WHERE resource_id = :resource AND status IN (:states) AND id <> :except
              AND starts_at < :ends AND ends_at > :starts
            ORDER BY starts_at
            """)
        .param("resource", resourceId)
        .param("states", states.stream().map(Enum::name).toList())
        .param("except", except)
        .param("starts", starts)
        .param("ends", ends)
        .query(BookingRepository::booking)
        .list();
  }

  public Optional<Booking> find(long id) {
    return jdbc.sql("SELECT * FROM sharing_booking WHERE id = :id")
        .param("id", id)
        .query(BookingRepository::booking)
        .optional();
  }

  public List<Booking> all() {
    return jdbc.sql("SELECT * FROM sharing_booking ORDER BY starts_at DESC, id DESC LIMIT 2000")
        .query(BookingRepository::booking)
        .list();
  }

  /** The bookings in use or completed that touch a period, for the utilisation. */
  public List<Booking> used(LocalDateTime from, LocalDateTime until) {
    return jdbc.sql(
            """
            SELECT * FROM sharing_booking
            WHERE status IN ('IN_USE', 'COMPLETED') AND starts_at < :until AND ends_at > :from
            """)
        .param("from", from)
        .param("until", until)
        .query(BookingRepository::booking)
        .list();
  }

  /** The owner's decision: the new status, the reason for a refusal, who decided and when. */
  public void decide(long id, BookingStatus status, @Nullable String reason, String decidedBy) {
    jdbc.sql(
            """
            UPDATE sharing_booking
            SET status = :status, reason = :reason, decided_by = :by, decided_at = now()
            WHERE id = :id
            """)
        .param("status", status.name())
        .param("reason", reason)
        .param("by", decidedBy)
        .param("id", id)
        .update();
  }

  public void cancel(long id, String reason, String cancelledBy) {
    jdbc.sql(
            """
            UPDATE sharing_booking
            SET status = 'CANCELLED', reason = :reason, cancelled_by = :by, cancelled_at = now()
            WHERE id = :id
            """)
        .param("reason", reason)
        .param("by", cancelledBy)
        .param("id", id)
        .update();
  }

  public void setStatus(long id, BookingStatus status) {
    jdbc.sql("UPDATE sharing_booking SET status = :status WHERE id = :id")
        .param("status", status.name())
        .param("id", id)
        .update();
  }

  public void rate(long id, int rating, String comment) {
    jdbc.sql(
            "UPDATE sharing_booking SET rating = :rating, rating_comment = :comment WHERE id = :id")
        .param("rating", rating)
        .param("comment", comment)
        .param("id", id)
        .update();
  }

  static Booking booking(ResultSet rs, int n) throws SQLException {
    int rating = rs.getInt("rating");
    Integer r = rs.wasNull() ? null : rating;
    return new Booking(
        rs.getLong("id"),
        rs.getLong("resource_id"),
        rs.getString("enterprise_code"),
        rs.getString("enterprise_name"),
        rs.getString("enterprise_region"),
        rs.getTimestamp("starts_at").toLocalDateTime(),
        rs.getTimestamp("ends_at").toLocalDateTime(),
        rs.getString("purpose"),
        BookingStatus.valueOf(rs.getString("status")),
        rs.getString("reason"),
        r,
        rs.getString("rating_comment"),
        rs.getString("requested_by"));
  }
}
