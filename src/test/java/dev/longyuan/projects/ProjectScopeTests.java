package dev.longyuan.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who sees and changes which project, and attachments kept byte for byte: a Wuwei (武威市) bureau
 * user, a Linxia (临夏州) bureau user and the enterprise owning the Linxia project, none of which any
 * other test uses.
 */
@PlatformTest
class ProjectScopeTests {

  static final String OWNER = CreditCode.withCheckCharacter("91622901PRJXX0001").value();
  static final String WUWEI = "prj-wuwei";
  static final String LINXIA = "prj-linxia";
  static final String OWNER_USER = "prj-owner";

  @Autowired MockMvc mvc;

  @Autowired Projects projects;

  @Autowired Accounts accounts;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @Autowired dev.longyuan.accounts.AuditLog audit;

  @BeforeEach
  void aProjectInEachCity() {
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(OWNER),
                "测试临夏项目业主有限公司",
                RegionCode.of("622901"),
                IndustryCode.of("C1391"),
                SizeClass.MEDIUM,
                "私营",
                false)),
        List.of());
    TestUsers.ensure(accounts, WUWEI, "CITY", "620600", null);
    TestUsers.ensure(accounts, LINXIA, "CITY", "622900", null);
    TestUsers.ensure(accounts, OWNER_USER, "ENTERPRISE", null, OWNER);
    Drafts.deleteProjects(jdbc, "SC-");
    DataScope province = DataScope.everything(true);
    projects.create(
        Drafts.project(
            "SC-WW", "620602", "equipment", "building", 3000, "2019-01-01", "2021-12-31"),
        province,
        "test");
    projects.create(
        Drafts.placed(
            Drafts.project(
                "SC-LX", "622901", "agri-food", "building", 3000, "2019-01-01", "2021-12-31"),
            null,
            null,
            OWNER),
        province,
        "test");
  }

  String as(String user, MockHttpServletRequestBuilder request, int expected) throws Exception {
    return mvc.perform(request.with(TestUsers.as(user)).with(csrf()))
        .andExpect(status().is(expected))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  @Test
  void aCityUserSeesAndChangesOnlyItsOwnCitysProjects() throws Exception {
    assertThat(as(WUWEI, get("/api/projects"), 200)).contains("SC-WW").doesNotContain("SC-LX");
    assertThat(as(WUWEI, get("/projects"), 200)).contains("SC-WW").doesNotContain("SC-LX");
    as(WUWEI, get("/api/projects/SC-LX"), 403);
    as(WUWEI, get("/projects/SC-LX"), 403);
    as(WUWEI, get("/projects/SC-LX/edit"), 403);
    String milestone = "{\"name\":\"开工\",\"dueDate\":\"2019-03-31\"}";
    as(WUWEI, json(post("/api/projects/SC-LX/milestones"), milestone), 403);
    as(
        WUWEI,
        json(post("/api/projects/SC-LX/reports"), "{\"period\":\"2019-02\",\"invested\":10}"),
        403);
    as(
        WUWEI,
        post("/projects/SC-LX/milestones").param("name", "开工").param("dueDate", "2019-03-31"),
        403);
    // nor can it place a new project in another city
    String elsewhere =
        "{\"code\":\"SC-NEW\",\"name\":\"越界项目\",\"ownerName\":\"某公司\",\"regionCode\":\"622901\","
            + "\"sector\":\"equipment\",\"totalInvestment\":100,\"startDate\":\"2019-01-01\","
            + "\"plannedFinish\":\"2019-12-31\",\"status\":\"building\"}";
    as(WUWEI, json(post("/api/projects"), elsewhere), 403);
    assertThat(projects.detail("SC-LX", DataScope.everything(false)).milestones()).isEmpty();
    // its own: yes
    assertThat(as(WUWEI, json(post("/api/projects/SC-WW/milestones"), milestone), 201))
        .contains("\"id\"");
    assertThat(as(WUWEI, json(post("/api/projects"), elsewhere.replace("622901", "620602")), 201))
        .contains("\"code\":\"SC-NEW\"");
  }

  @Test
  void anEnterpriseSeesAndReportsOnlyWhatItOwns() throws Exception {
    assertThat(as(OWNER_USER, get("/api/projects"), 200)).contains("SC-LX").doesNotContain("SC-WW");
    as(OWNER_USER, get("/api/projects/SC-WW"), 403);
    as(
        OWNER_USER,
        json(post("/api/projects/SC-LX/milestones"), "{\"name\":\"x\",\"dueDate\":\"2019-03-31\"}"),
        403);
    as(
        OWNER_USER,
        json(post("/api/projects/SC-WW/reports"), "{\"period\":\"2019-02\",\"invested\":10}"),
        403);
    as(
        OWNER_USER,
        json(post("/api/projects/SC-LX/reports"), "{\"period\":\"2019-02\",\"invested\":10}"),
        201);
    as(LINXIA, get("/api/projects/SC-LX"), 200);
  }

  @Test
  void anAttachmentComesBackByteForByteWithItsSha256() throws Exception {
    byte[] photo = new byte[300_000];
    new Random(7).nextBytes(photo);
    System.arraycopy(
        new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}, 0, photo, 0, 8);
    byte[] pdf = "%PDF-1.4\n% test document\n".getBytes(StandardCharsets.US_ASCII);
    String body =
        "{\"period\":\"2019-03\",\"invested\":120.5,\"narrative\":\"厂房封顶\",\"attachments\":["
            + "{\"fileName\":\"工地.png\",\"contentType\":\"image/png\",\"contentBase64\":\""
            + Base64.getEncoder().encodeToString(photo)
            + "\"}]}";
    as(OWNER_USER, json(post("/api/projects/SC-LX/reports"), body), 201);
    // a page upload, as a person files it
    mvc.perform(
            multipart("/projects/SC-LX/reports")
                .file(new MockMultipartFile("files", "验收报告.pdf", "application/pdf", pdf))
                .param("period", "2019-04")
                .param("invested", "80")
                .with(TestUsers.as(LINXIA))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    ProjectDetail detail = projects.detail("SC-LX", DataScope.everything(false));
    assertThat(detail.completed()).isEqualByComparingTo("200.5");
    ProgressReport march =
        detail.reports().stream()
            .filter(r -> r.period().equals("2019-03"))
            .findFirst()
            .orElseThrow();
    ProgressReport.Attachment stored = march.attachments().get(0);
    assertThat(stored.sha256()).isEqualTo(sha256(photo));
    assertThat(stored.sizeBytes()).isEqualTo(photo.length);
    assertThat(stored.contentType()).isEqualTo("image/png");
    byte[] back =
        mvc.perform(
                get("/api/projects/SC-LX/attachments/" + stored.id())
                    .with(TestUsers.as(OWNER_USER)))
            .andExpect(status().isOk())
            .andExpect(header().string("X-Content-SHA256", sha256(photo)))
            .andExpect(header().string("Content-Type", "image/png"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(sha256(back)).isEqualTo(sha256(photo));
    ProgressReport april =
        detail.reports().stream()
            .filter(r -> r.period().equals("2019-04"))
            .findFirst()
            .orElseThrow();
    assertThat(april.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.fileName()).isEqualTo("验收报告.pdf");
              assertThat(a.sha256()).isEqualTo(sha256(pdf));
            });
    byte[] page =
        mvc.perform(
                get("/projects/SC-LX/attachments/" + april.attachments().get(0).id())
                    .with(TestUsers.as(LINXIA)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(page).isEqualTo(pdf);
    // another city's user cannot fetch it
    as(WUWEI, get("/api/projects/SC-LX/attachments/" + stored.id()), 403);
  }

  @Test
  void aFileThatIsNotWhatItsNameSaysOrTooLargeIsRefusedAndNothingIsStored() throws Exception {
    String disguised =
        "{\"period\":\"2019-05\",\"invested\":1,\"attachments\":[{\"fileName\":\"photo.png\","
            + "\"contentBase64\":\""
            + Base64.getEncoder().encodeToString("MZ not a png".getBytes())
            + "\"}]}";
    as(OWNER_USER, json(post("/api/projects/SC-LX/reports"), disguised), 400);
    byte[] huge = new byte[10 * 1024 * 1024 + 1];
    huge[0] = (byte) 0xFF;
    huge[1] = (byte) 0xD8;
    huge[2] = (byte) 0xFF;
    String tooLarge =
        "{\"period\":\"2019-05\",\"invested\":1,\"attachments\":[{\"fileName\":\"big.jpg\","
            + "\"contentBase64\":\""
            + Base64.getEncoder().encodeToString(huge)
            + "\"}]}";
    assertThat(as(OWNER_USER, json(post("/api/projects/SC-LX/reports"), tooLarge), 400))
        .contains("attachment.too_large");
    assertThat(projects.detail("SC-LX", DataScope.everything(false)).reports()).isEmpty();
  }

  @Test
  void reportsBeyondTheTotalInvestmentAreRefused() throws Exception {
    as(
        OWNER_USER,
        json(post("/api/projects/SC-LX/reports"), "{\"period\":\"2019-02\",\"invested\":2900}"),
        201);
    assertThat(
            as(
                OWNER_USER,
                json(
                    post("/api/projects/SC-LX/reports"),
                    "{\"period\":\"2019-03\",\"invested\":101}"),
                400))
        .contains("completed.above_total");
    assertThat(
            as(
                OWNER_USER,
                json(
                    post("/api/projects/SC-LX/reports"), "{\"period\":\"2019-02\",\"invested\":1}"),
                400))
        .contains("period.duplicate");
  }

  @Test
  void aBureauEditsItsProjectOnTheFormAndTheChangeIsAudited() throws Exception {
    assertThat(as(WUWEI, get("/projects/SC-WW/edit"), 200)).contains("SC-WW", "620602");
    as(WUWEI, edit("2021-12-31"), 302);
    ProjectDetail detail = projects.detail("SC-WW", DataScope.everything(false));
    assertThat(detail.project().name()).isEqualTo("武威改名项目");
    assertThat(detail.project().totalInvestment()).isEqualByComparingTo("3500");
    assertThat(detail.years())
        .singleElement()
        .satisfies(
            y -> {
              assertThat(y.year()).isEqualTo(2019);
              assertThat(y.planned()).isEqualByComparingTo("1000");
            });
    assertThat(audit.find(WUWEI, "project.update", null, null, 10, 0))
        .anySatisfy(
            e -> {
              assertThat(e.subject()).isEqualTo("SC-WW");
              assertThat(e.detail()).contains("3000", "3500");
            });
    // finishing before it starts: the form again with the reason, nothing changed
    String refused = as(WUWEI, edit("2018-12-31"), 200);
    assertThat(refused).contains("早于开工日期");
    assertThat(projects.detail("SC-WW", DataScope.everything(false)).project().plannedFinish())
        .isEqualTo(java.time.LocalDate.parse("2021-12-31"));
  }

  static MockHttpServletRequestBuilder edit(String plannedFinish) {
    return post("/projects/SC-WW")
        .param("name", "武威改名项目")
        .param("ownerName", "测试业主")
        .param("regionCode", "620602")
        .param("sector", "equipment")
        .param("totalInvestment", "3500")
        .param("startDate", "2019-01-01")
        .param("plannedFinish", plannedFinish)
        .param("status", "building")
        .param("planYear", "2019", "2020")
        .param("planAmount", "1000", "");
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
