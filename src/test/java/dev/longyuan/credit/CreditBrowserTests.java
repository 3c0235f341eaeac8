package dev.longyuan.credit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the public sees of the quality blacklist, and what a province administrator sees of a listed
 * enterprise's record, in a real headless Chromium, in Gangu county (甘谷县, 620523).
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditBrowserTests {

  static final String GANGU = "620523";
  static final DataScope PROVINCE = DataScope.everything(true);

  @LocalServerPort int port;

  @Autowired Blacklist blacklist;
  @Autowired CreditRecords records;
  @Autowired ReportingService reporting;

  private ChromeDriver browser;
  String listed;
  String removed;
  long listing;
  long removedListing;

  @BeforeAll
  void aListedAndARemovedEnterpriseInGangu() throws Exception {
    browser = HeadlessChromium.start();
    LocalDate today = LocalDate.now();
    listed = CreditFixtures.enterprise(reporting, "203", 1, "甘谷测试电线电缆有限公司", GANGU, "C3831");
    removed = CreditFixtures.enterprise(reporting, "203", 2, "甘谷测试已修复电缆有限公司", GANGU, "C3831");
    records.importInspections(
        CreditFixtures.workbook(
            List.of(
                List.of(
                    listed,
                    "聚氯乙烯绝缘电缆",
                    "LT-01",
                    "不合格",
                    "导体电阻",
                    today.minusDays(20).toString(),
                    "甘肃省市场监督管理局"))),
        PROVINCE,
        "test");
    listing =
        blacklist.list(
            new ListingDraft(
                listed,
                "电缆导体电阻不合格且拒不整改",
                "《中华人民共和国产品质量法》第四十九条",
                CreditFixtures.document("甘质黑〔2026〕LT-1号"),
                today.minusDays(3).toString(),
                today.plusYears(1).toString()),
            PROVINCE,
            "test");
    removedListing =
        blacklist.list(
            new ListingDraft(
                removed,
                "电缆绝缘厚度不合格",
                "《中华人民共和国产品质量法》第四十九条",
                CreditFixtures.document("甘质黑〔2026〕LT-2号"),
                today.minusDays(30).toString(),
                null),
            PROVINCE,
            "test");
    blacklist.repair(removedListing, "整改完成，复查合格", PROVINCE, "test");
  }

  @AfterEach
  void noPageWroteAnErrorToTheConsole() {
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void thePublicSeesTheListingsInForceWithoutSigningIn() throws Exception {
    browser.get("http://localhost:" + port + "/public/credit/blacklist");
    assertThat(browser.getCurrentUrl()).endsWith("/public/credit/blacklist");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("质量黑名单公示");
    String row = browser.findElement(By.id("disclosed-" + listing)).getText();
    assertThat(row)
        .contains(
            "甘谷测试电线电缆有限公司", listed, "电缆导体电阻不合格且拒不整改", CreditFixtures.document("甘质黑〔2026〕LT-1号"));
    assertThat(browser.findElements(By.id("disclosed-" + removedListing))).isEmpty();
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("甘谷测试已修复电缆有限公司");
    HeadlessChromium.screenshot(browser, "credit-disclosure");
  }

  @Test
  void anAdministratorSeesTheRecordWithItsFactorsHistoryAndListing() throws Exception {
    HeadlessChromium.signIn(browser, port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    try {
      browser.get("http://localhost:" + port + "/credit/enterprises/" + listed);
      assertThat(browser.findElement(By.id("grade")).getText()).isEqualTo("D");
      assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("59");
      assertThat(browser.findElement(By.id("factor-inspections")).getText())
          .contains("聚氯乙烯绝缘电缆", "扣 15 分");
      assertThat(browser.findElement(By.id("history")).getText())
          .contains("列入质量黑名单", CreditFixtures.document("甘质黑〔2026〕LT-1号"));
      assertThat(browser.findElement(By.id("listing-" + listing)).getText()).contains("已列入");
      browser.get("http://localhost:" + port + "/credit/blacklist");
      assertThat(browser.findElement(By.id("listing-" + removedListing)).getText())
          .contains("已移出", "整改完成");
      browser.get("http://localhost:" + port + "/credit/inspections");
      assertThat(browser.findElements(By.id("inspection-form"))).hasSize(1);
      browser.get("http://localhost:" + port + "/credit");
      assertThat(browser.findElement(By.id("record-" + listed)).getText()).contains("D");
    } finally {
      browser.manage().deleteAllCookies();
    }
  }
}
