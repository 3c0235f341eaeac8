package dev.longyuan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.longyuan.PlatformTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PlatformTest
class PlanPagesTests {

  static final String GANSU = "/plans/gansu-13fyp-industry";

  @Autowired MockMvc mvc;

  @Nested
  class IndicatorTable {

    @Test
    void showsTheCorrectedValueWithTheMisprintStruckThrough() throws Exception {
      Document page = page(GANSU + "/indicators");

      var firstRow = page.selectFirst("tr#i-I01");
      assertThat(firstRow.select("td.num").get(2).selectFirst("span").text()).isEqualTo("7.5");
      assertThat(firstRow.selectFirst("del.printed").text()).isEqualTo("47.5");
      assertThat(firstRow.selectFirst("del.printed").attr("title")).contains("7.5%");
    }

    @Test
    void listsTheHeaderCorrectionWithItsReason() throws Exception {
      Document page = page(GANSU + "/indicators");

      assertThat(page.select("tr.correction").eachText())
          .anySatisfy(
              row -> assertThat(row).contains("十二五（2020）").contains("十三五（2020）").contains("表头"));
    }

    @Test
    void keepsBothTheTablesWaterTargetAndTheTextsFall() throws Exception {
      Document page = page(GANSU + "/indicators");

      var waterRow = page.selectFirst("tr#i-I08");
      assertThat(waterRow.text()).contains("69").contains("52").contains("约束性");
      assertThat(waterRow.select("a").eachText()).contains("T-2.3.4-01");
    }
  }

  @Test
  void marksTheSentenceATargetCameFromInTheFullText() throws Exception {
    Document page = page(GANSU + "/text?highlight=T-2.3.1-01");

    assertThat(page.select("mark").eachText()).containsExactly("全部工业增加值力争年均增长7.5%左右");
    assertThat(page.selectFirst("p#quote").text()).contains("工业固定资产投资年均增长12%左右");
  }

  @Test
  void listsTargetsByChapterEachLinkedToItsSentence() throws Exception {
    Document page = page(GANSU + "/targets");

    assertThat(page.select("section h2").eachText())
        .anySatisfy(h -> assertThat(h).contains("总体要求"));
    assertThat(page.select("tr[id=t-T-5.3.2-01] a").attr("href")).contains("highlight=T-5.3.2-01");
    assertThat(page.selectFirst("tr[id=t-T-2.3.5-04]").text()).contains("4—6 个");
  }

  @Test
  void showsACityWithWhatThePlanSaysOfIt() throws Exception {
    Document page = page(GANSU + "/regions/620400");

    assertThat(page.selectFirst("h1").text()).contains("白银市").contains("Baiyin");
    assertThat(page.select("blockquote.passage mark").eachText()).contains("白银");
    assertThat(page.select("ul.plain a").eachText())
        .anySatisfy(name -> assertThat(name).contains("白银煤电化冶材"));
  }

  @Test
  void showsAnIndustryChainWithItsStagesAndScale() throws Exception {
    Document page = page(GANSU + "/places/jinchang-coal-power-metal");

    assertThat(page.select("ol.stages li").eachText()).containsExactly("煤", "电", "冶", "化", "材");
    assertThat(page.text()).contains("千亿级").contains("金昌市");
  }

  @Test
  void showsASectorWithItsSubDirectionsAndIndustryCodes() throws Exception {
    Document page = page(GANSU + "/sectors/building-materials");

    assertThat(page.text()).contains("建材工业").contains("C30").contains("水泥及水泥制品");
  }

  @Test
  void switchesToEnglishAndRemembersIt() throws Exception {
    MvcResult english = mvc.perform(get(GANSU + "/indicators").param("lang", "en")).andReturn();
    Document page = Jsoup.parse(english.getResponse().getContentAsString());

    assertThat(page.selectFirst("h1").text()).isEqualTo("Key indicators");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(english.getResponse().getCookie("longyuan-lang")).isNotNull();
  }

  @Test
  void theLanguageSwitchKeepsThePageAndItsQuery() throws Exception {
    Document page = page(GANSU + "/text?highlight=T-2.3.1-01");

    assertThat(page.select(".lang a[lang=en]").attr("href"))
        .isEqualTo(GANSU + "/text?highlight=T-2.3.1-01&lang=en");
  }

  @Test
  void answersAnUnknownSectorWithANotFoundPage() throws Exception {
    MvcResult result = mvc.perform(get(GANSU + "/sectors/no-such-sector")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(404);
    assertThat(result.getResponse().getContentAsString())
        .contains("no-such-sector")
        .contains("未找到");
  }

  private Document page(String url) throws Exception {
    MvcResult result = mvc.perform(get(url)).andReturn();
    assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
