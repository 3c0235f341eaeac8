package dev.longyuan.smeservices.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The holidays and make-up working days the service levels count by. */
@Repository
public class CalendarStore {

  private final JdbcClient jdbc;

  CalendarStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public int count() {
    return jdbc.sql("SELECT count(*) FROM sme_calendar_day").query(Integer.class).single();
  }

  public void add(LocalDate day, String name, boolean offDay) {
    jdbc.sql(
            "INSERT INTO sme_calendar_day (day, name, is_off_day) VALUES (:day, :name, :off)"
                + " ON CONFLICT (day) DO NOTHING")
        .param("day", day)
        .param("name", name)
        .param("off", offDay)
        .update();
  }

  /** Every listed day: true for a day off, false for a make-up working day. */
  public Map<LocalDate, Boolean> days() {
    Map<LocalDate, Boolean> days = new HashMap<>();
    jdbc.sql("SELECT day, is_off_day FROM sme_calendar_day")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> days.put(rs.getObject("day", LocalDate.class), rs.getBoolean("is_off_day")));
    return days;
  }
}
