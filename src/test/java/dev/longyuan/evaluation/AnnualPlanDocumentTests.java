package dev.longyuan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.implementation.WorkItems;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Gansu plan's 2019 implementation plan as a document: its title, its targets for the year and
 * its work items, in Chinese, in a PDF with the font embedded and in a Word document.
 */
@PlatformTest
class AnnualPlanDocumentTests {

  static final String PLAN = "gansu-13fyp-industry";

  @Autowired MockMvc mvc;

  @Autowired WorkItems workItems;

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void aWorkItemIn2019() {
    jdbc.sql("DELETE FROM work_item WHERE plan_id = :p AND year = 2019").param("p", PLAN).update();
    workItems.add(
        PLAN,
        2019,
        "TK-5.1.4-01",
        "认定第四批“专精特新”中小企业",
        "认定名单",
        LocalDate.parse("2019-10-31"),
        "gxt",
        "admin",
        "test");
  }

  byte[] document(String format) throws Exception {
    return mvc.perform(
            get("/api/plans/{id}/annual-plans/2019/document?format=" + format, PLAN)
                .with(TestUsers.admin()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  @Test
  void thePdfReadsInChineseWithItsTargetsAndWorkItemsAndEmbedsItsFont() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(document("pdf"))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      assertThat(text)
          .contains("甘肃省工业转型升级2019年度实施方案", "一、年度目标", "二、重点工作", "三、组织实施")
          .contains("全部工业增加值年均增长", "7.5%")
          .contains("认定第四批“专精特新”中小企业", "完成时限：2019-10-31", "责任单位：省工业和信息化厅");
      PDFont font =
          pdf.getPage(0)
              .getResources()
              .getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).isTrue();
    }
  }

  @Test
  void theWordDocumentHoldsTheSameSections() throws Exception {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document("docx")))) {
      String text =
          docx.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .collect(Collectors.joining("\n"));
      assertThat(text)
          .contains("甘肃省工业转型升级2019年度实施方案", "一、年度目标", "二、重点工作")
          .contains("1. 认定第四批“专精特新”中小企业。成果形式：认定名单；完成时限：2019-10-31；责任单位：省工业和信息化厅。");
      assertThat(docx.getTables().get(0).getRow(0).getCell(3).getText()).isEqualTo("2019年目标");
      assertThat(
              docx.getTables().get(0).getRows().stream()
                  .anyMatch(
                      r ->
                          r.getCell(0).getText().equals("T-2.3.1-01")
                              && r.getCell(3).getText().equals("7.5%")))
          .isTrue();
    }
  }
}
