package dev.longyuan.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.trace.internal.RecallService;
import dev.longyuan.trace.internal.ShippedChains;
import dev.longyuan.trace.persistence.Parties.Party;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shipped demonstration chains (模拟数据): a recall from 当归's seed lot reaches exactly the lots
 * listed here by hand, a lot's public page tells its chain stage by stage, and a recall shows on
 * the page of every lot it affects and on no other.
 */
@PlatformTest
class HerbChainTests {

  // 当归 from 岷县: company prefix 6971234, items 01000 (seed) to 01003 (retail), pallet 0…1000
  static final String DG_SEED = "https://id.gs1.org/01/06971234010001/10/DG-S25";
  static final String DG_FRESH = "https://id.gs1.org/01/06971234010018/10/DG-H25";
  static final String DG_DRIED = "https://id.gs1.org/01/06971234010025/10/DG-P25";
  static final String DG_RETAIL_A = "https://id.gs1.org/01/06971234010032/10/DG-RA25";
  static final String DG_RETAIL_B = "https://id.gs1.org/01/06971234010032/10/DG-RB25";
  static final String DG_PALLET = "https://id.gs1.org/00/069712340000010001";
  static final String HQ_RETAIL_A_CODE = "06971234020031-HQ-RA25";

  @Autowired ShippedChains chains;
  @Autowired RecallService recalls;
  @Autowired MockMvc mvc;
  @LocalServerPort int port;

  @BeforeEach
  void loadTheChains() {
    chains.load();
  }

  @Test
  void aRecallFromTheSeedLotReachesExactlyTheLotsDownstream() {
    RecallService.Reach reach = recalls.reach(DG_SEED);
    assertThat(reach.downstream())
        .containsExactlyInAnyOrder(DG_FRESH, DG_DRIED, DG_RETAIL_A, DG_RETAIL_B, DG_PALLET);
    assertThat(reach.upstream()).isEmpty();
    assertThat(reach.downstreamParties())
        .extracting(Party::nameZh)
        .containsExactlyInAnyOrder(
            "岷县梅川当归种植专业合作社（模拟）",
            "岷县当归产地加工有限公司（模拟）",
            "陇原中药材物流有限公司（模拟）",
            "兰州城关大药房（模拟）",
            "天水秦州大药房（模拟）");
  }

  @Test
  void aRetailLotsSourcesAreEveryLotUpstreamAndTheirGrowersAndProcessors() {
    RecallService.Reach reach = recalls.reach(DG_RETAIL_A);
    assertThat(reach.upstream()).containsExactlyInAnyOrder(DG_DRIED, DG_FRESH, DG_SEED);
    assertThat(reach.downstream()).isEmpty();
    assertThat(reach.upstreamParties())
        .extracting(Party::nameZh)
        .containsExactlyInAnyOrder("岷县梅川当归种植专业合作社（模拟）", "岷县当归产地加工有限公司（模拟）", "陇原中药材物流有限公司（模拟）");
    // every party has its 18-character credit code; the growers' cooperative has no GLN
    assertThat(reach.upstreamParties()).allSatisfy(p -> assertThat(p.creditCode()).hasSize(18));
    assertThat(reach.upstreamParties())
        .filteredOn(p -> p.gln() == null)
        .extracting(Party::nameZh)
        .containsExactly("岷县梅川当归种植专业合作社（模拟）");
  }

  @Test
  void aLotsPublicPageTellsItsChainStageByStage() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/trace/06971234010032-DG-RA25")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.select("#timeline > li > h3").eachText())
        .containsExactly("种植", "采收", "产地加工", "贮藏", "物流", "销售");
    assertThat(page.select("#stage-planting li").eachText())
        .hasSize(3)
        .anySatisfy(step -> assertThat(step).contains("施肥", "腐熟农家肥 1500 kg/亩"));
    assertThat(page.select("#stage-sale li").text()).contains("2026-01-05", "零售", "兰州城关大药房");
    assertThat(page.select("#facts").text())
        .contains("Angelica sinensis (Oliv.) Diels", "甘肃省定西市岷县", "DG-S25", "2025-10-21");
    assertThat(page.select("#reports td").eachText()).contains("MN-DG-2025-03");
    assertThat(page.select("#enterprises").text()).contains("岷县当归产地加工有限公司（模拟）", "陇原中药材物流有限公司（模拟）");
    assertThat(page.select("#demo")).hasSize(1);
    assertThat(page.select("#digital-link").text()).isEqualTo(DG_RETAIL_A);
  }

  @Test
  void aRecallShowsOnEveryAffectedLotsPageAndOnNoOther() throws Exception {
    MockHttpServletResponse recorded =
        mvc.perform(
                post("/api/trace/lots/06971234010025-DG-P25/recalls")
                    .contentType("application/json")
                    .content(
                        "{\"reasonZh\":\"二氧化硫残留超标（模拟）\",\"reasonEn\":\"sulphur dioxide over the limit (demo)\"}")
                    .with(TestUsers.admin()))
            .andReturn()
            .getResponse();
    assertThat(recorded.getStatus()).as(recorded.getContentAsString()).isEqualTo(201);
    assertThat(recorded.getContentAsString(StandardCharsets.UTF_8))
        .contains(DG_RETAIL_A, DG_RETAIL_B, DG_PALLET);
    for (String affected :
        List.of("06971234010025-DG-P25", "06971234010032-DG-RA25", "06971234010032-DG-RB25")) {
      Document page = page("/trace/" + affected);
      assertThat(page.select("#recall").text()).as(affected).contains("召回通知", "二氧化硫残留超标（模拟）");
    }
    // upstream of the recalled lot, and another herb's chain, are not affected
    for (String unaffected : List.of("06971234010018-DG-H25", HQ_RETAIL_A_CODE)) {
      assertThat(page("/trace/" + unaffected).select("#recall")).as(unaffected).isEmpty();
    }
  }

  @Test
  void aLotsQrCodeCarriesItsDigitalLinkWhichLeadsToItsPage() throws Exception {
    var response =
        mvc.perform(get("/trace/06971234010032-DG-RA25/qr.png")).andReturn().getResponse();
    assertThat(response.getContentType()).isEqualTo("image/png");
    java.awt.image.BufferedImage image =
        javax.imageio.ImageIO.read(
            new java.io.ByteArrayInputStream(response.getContentAsByteArray()));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    String decoded =
        new com.google.zxing.qrcode.QRCodeReader()
            .decode(
                new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(
                        new com.google.zxing.RGBLuminanceSource(
                            image.getWidth(), image.getHeight(), pixels))))
            .getText();
    assertThat(decoded).isEqualTo("http://localhost/01/06971234010032/10/DG-RA25");

    var resolved = mvc.perform(get("/01/06971234010032/10/DG-RA25")).andReturn().getResponse();
    assertThat(resolved.getStatus()).isEqualTo(303);
    assertThat(resolved.getHeader("Location")).isEqualTo("/trace/06971234010032-DG-RA25");
    assertThat(page("/trace/06971234010032-DG-RA25").select("#lot-qr").attr("src"))
        .isEqualTo("/trace/06971234010032-DG-RA25/qr.png");
  }

  @Test
  void anUnknownLotHasNoPage() throws Exception {
    assertThat(mvc.perform(get("/trace/06971234099999-NONE")).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(mvc.perform(get("/trace/not-a-code")).andReturn().getResponse().getStatus())
        .isEqualTo(404);
  }

  @Test
  void thePageRendersItsMapOnAPhoneWithoutConsoleErrors() throws Exception {
    ChromeDriver browser = HeadlessChromium.start();
    try {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      browser.get("http://localhost:" + port + "/trace/" + HQ_RETAIL_A_CODE);
      HeadlessChromium.waitFor(browser, By.cssSelector("#trace-map[data-rendered='true']"));
      assertThat(browser.findElement(By.id("product")).getText()).contains("黄芪");
      assertThat(browser.findElements(By.cssSelector("#timeline > li"))).hasSize(6);
      HeadlessChromium.screenshot(browser, "trace-lot-phone");
      assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    } finally {
      browser.quit();
    }
  }

  Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }
}
