package dev.longyuan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The administrator browses, verifies and exports the audit log. */
@PlatformTest
class AuditPageTests {

  @Autowired MockMvc mvc;

  @Autowired AuditLog auditLog;

  @Autowired JdbcClient jdbc;

  Document page(String url) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(url).with(TestUsers.admin()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  @Test
  void listsEntriesNewestFirstNarrowedByUserAndAction() throws Exception {
    // the audit log keeps everything, also an earlier run's entries: this run's actors are its own
    String a = "audit-reader-a-" + System.nanoTime();
    String b = "audit-reader-b-" + System.nanoTime();
    auditLog.record(a, "10.9.0.1", "data.export", "GO 2019", "format csv");
    auditLog.record(b, "10.9.0.2", "data.export", "REV 2019", "format xlsx");
    auditLog.record(a, "10.9.0.1", "login", a, "form");

    List<String> rows =
        page("/admin/audit?actor=" + a).select("#audit-entries tbody tr").eachText();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).contains(a, "10.9.0.1", "login");
    assertThat(rows.get(1)).contains("data.export", "GO 2019", "format csv");

    assertThat(
            page("/admin/audit?actor=" + a + "&action=data.")
                .select("#audit-entries tbody tr")
                .eachText())
        .singleElement()
        .asString()
        .contains("GO 2019");
    mvc.perform(get("/api/audit").param("actor", b).with(TestUsers.admin()))
        .andExpect(jsonPath("$[0].subject").value("REV 2019"))
        .andExpect(jsonPath("$[0].origin").value("10.9.0.2"));
  }

  @Test
  void verifiesTheChainOnRequest() throws Exception {
    assertThat(page("/admin/audit").select("#chain-state")).isEmpty();
    assertThat(page("/admin/audit?verify=true").select("#chain-state").text()).contains("哈希链完整");
  }

  @Test
  void exportsTheWholeLogAsCsvAndRecordsTheExport() throws Exception {
    long entries = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

    MvcResult started = mvc.perform(get("/admin/audit.csv").with(TestUsers.admin())).andReturn();
    String csv =
        mvc.perform(asyncDispatch(started))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("\ufeffposition,at,actor,origin,action,subject,detail,prev_hash,hash");
    // every entry, and the export's own entry written before it began
    assertThat(lines).hasSize((int) entries + 2);
    assertThat(lines.get(lines.size() - 1)).contains(TestUsers.ADMIN, "audit.export");
  }
}
