package dev.longyuan.trace.persistence;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vocabulary elements of captured documents' master data. */
@Repository
public class MasterData {

  private final JdbcClient jdbc;

  MasterData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores an element, replacing what an earlier document said of it. */
  public void save(String type, String id, String attributes, String children, UUID job) {
    jdbc.sql(
            """
            INSERT INTO trace_vocabulary_element (vocabulary_type, id, attributes, children, capture_job)
            VALUES (:type, :id, CAST(:attributes AS jsonb), CAST(:children AS jsonb), :job)
            ON CONFLICT (vocabulary_type, id) DO UPDATE
               SET attributes = EXCLUDED.attributes, children = EXCLUDED.children,
                   capture_job = EXCLUDED.capture_job, updated_at = now()
            """)
        .param("type", type)
        .param("id", id)
        .param("attributes", attributes)
        .param("children", children)
        .param("job", job)
        .update();
  }
}
