package dev.longyuan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.longyuan.PlatformTest;
import dev.longyuan.reporting.ApprovalAction;
import dev.longyuan.reporting.ApprovalRequest;
import dev.longyuan.reporting.Approvals;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.PanelMembership;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueFiles;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class AuditLogTests {

  static final String WORKS = CreditCode.withCheckCharacter("91620500AUD000001").value();

  @Autowired AuditLog auditLog;

  @Autowired ReportingService reporting;

  @Autowired Approvals approvals;

  @Autowired ValueFiles files;

  @Autowired JdbcClient jdbc;

  long last() {
    return jdbc.sql("SELECT position FROM audit_head").query(Long.class).single();
  }

  @Test
  void recordsImportsAndApprovalsAsTheyCommit() {
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(WORKS),
                "测试审计有限公司",
                RegionCode.of("620502"),
                IndustryCode.of("C3411"),
                SizeClass.SMALL,
                "私营",
                false)),
        List.of(new PanelMembership(CreditCode.of(WORKS), 2019, true)));
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit = :u").param("u", WORKS).update();
    long before = last();
    String csv =
        "data_element,reporting_unit,period,measure,value\nGO," + WORKS + ",2018-07,current,321\n";

    files.importFile("audit.csv", csv.getBytes(StandardCharsets.UTF_8), false, "alice");
    approvals.approve(
        new ApprovalRequest(WORKS, "2018-07", null, ApprovalAction.APPROVE, null, null, "bob"),
        DataScope.region(RegionCode.of("620502")));
    files.importFile("refused.csv", "nonsense".getBytes(StandardCharsets.UTF_8), false, "carol");

    List<Map<String, Object>> entries =
        jdbc.sql(
                "SELECT actor, action, subject, detail FROM audit_log WHERE position > :p ORDER BY position")
            .param("p", before)
            .query()
            .listOfRows();
    assertThat(entries)
        .extracting(e -> e.get("actor") + " " + e.get("action"))
        .containsExactly("alice data.import", "bob data.approve");
    assertThat(entries.get(0).get("detail").toString()).contains("created 1");
    assertThat(entries.get(1).get("detail").toString()).contains("1 values, level county");
    assertThat(auditLog.check().intact()).isTrue();
  }

  @Test
  void refusesUpdatesAndDeletesInTheDatabase() {
    auditLog.record("test", "test", "test.entry", "x", "y");

    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET detail = 'z'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update())
        .hasMessageContaining("append-only");
  }

  @Test
  void detectsAnEntryChangedBehindItsBack() {
    AuditEntry entry =
        auditLog.record("test", "test", "test.entry", "subject", "the original detail");
    try {
      tamper(
          "UPDATE audit_log SET detail = 'a forged detail' WHERE position = " + entry.position());

      AuditChainCheck check = auditLog.check();

      assertThat(check.intact()).isFalse();
      assertThat(check.breaks())
          .containsExactly("entry " + entry.position() + " was changed after it was written");
    } finally {
      tamper(
          "UPDATE audit_log SET detail = 'the original detail' WHERE position = "
              + entry.position());
    }
    assertThat(auditLog.check().intact()).isTrue();
  }

  @Test
  void detectsAnEntryRemovedFromTheMiddleOrTheEnd() {
    AuditEntry middle = auditLog.record("test", "test", "test.entry", "middle", "m");
    AuditEntry end = auditLog.record("test", "test", "test.entry", "end", "e");
    Map<String, Object> saved =
        jdbc.sql("SELECT * FROM audit_log WHERE position = :p")
            .param("p", middle.position())
            .query()
            .singleRow();
    try {
      tamper("DELETE FROM audit_log WHERE position = " + middle.position());

      assertThat(auditLog.check().breaks())
          .contains("entries " + middle.position() + "–" + middle.position() + " are missing");
    } finally {
      tamper(
          "INSERT INTO audit_log (position, at, actor, origin, action, subject, detail, prev_hash, hash) "
              + "SELECT "
              + middle.position()
              + ", '"
              + saved.get("at")
              + "', 'test', 'test', 'test.entry', 'middle', 'm', '"
              + saved.get("prev_hash")
              + "', '"
              + saved.get("hash")
              + "'");
    }
    assertThat(auditLog.check().intact()).isTrue();

    Map<String, Object> last =
        jdbc.sql("SELECT * FROM audit_log WHERE position = :p")
            .param("p", end.position())
            .query()
            .singleRow();
    try {
      tamper("DELETE FROM audit_log WHERE position = " + end.position());

      assertThat(auditLog.check().breaks())
          .anySatisfy(b -> assertThat(b).contains("entries were removed from its end"));
    } finally {
      tamper(
          "INSERT INTO audit_log (position, at, actor, origin, action, subject, detail, prev_hash, hash) "
              + "SELECT "
              + end.position()
              + ", '"
              + last.get("at")
              + "', 'test', 'test', 'test.entry', 'end', 'e', '"
              + last.get("prev_hash")
              + "', '"
              + last.get("hash")
              + "'");
    }
    assertThat(auditLog.check().intact()).isTrue();
  }

  /** What someone with the database's owner rights could do: bypass the append-only trigger. */
  void tamper(String sql) {
    jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only").update();
    try {
      jdbc.sql(sql).update();
    } finally {
      jdbc.sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only").update();
    }
  }
}
