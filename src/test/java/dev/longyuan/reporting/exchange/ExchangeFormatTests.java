package dev.longyuan.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExchangeFormatTests {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Nested
  class Words {

    @Test
    void eachFormatIsFoundByItsApiWord() {
      assertThat(ExchangeFormat.fromWord("csv")).contains(ExchangeFormat.CSV);
      assertThat(ExchangeFormat.fromWord("XLSX")).contains(ExchangeFormat.XLSX);
      assertThat(ExchangeFormat.fromWord(" sdmx ")).contains(ExchangeFormat.SDMX_CSV);
      assertThat(ExchangeFormat.fromWord("json")).contains(ExchangeFormat.JSON);
      assertThat(ExchangeFormat.fromWord("xml")).isEmpty();
    }

    @Test
    void sdmxCsvHasTheMediaTypeOfItsSpecificationAndItsOwnFileName() {
      assertThat(ExchangeFormat.SDMX_CSV.mediaType())
          .isEqualTo("application/vnd.sdmx.data+csv; version=2.0.0");
      assertThat(ExchangeFormat.SDMX_CSV.fileName("values-2019")).isEqualTo("values-2019.sdmx.csv");
      assertThat(ExchangeFormat.XLSX.fileName("values")).isEqualTo("values.xlsx");
    }
  }

  @Nested
  class Detection {

    @Test
    void aCsvFileIsSdmxWhenItsFirstHeaderCellIsStructure() {
      assertThat(ExchangeFormat.detect("a.csv", bytes("STRUCTURE,STRUCTURE_ID,ACTION\n")))
          .contains(ExchangeFormat.SDMX_CSV);
      assertThat(ExchangeFormat.detect("a.csv", bytes("\uFEFFSTRUCTURE[;],STRUCTURE_ID\n")))
          .contains(ExchangeFormat.SDMX_CSV);
      assertThat(ExchangeFormat.detect("a.CSV", bytes("data_element,reporting_unit\n")))
          .contains(ExchangeFormat.CSV);
    }

    @Test
    void workbooksAndJsonAreKnownByExtension() {
      assertThat(ExchangeFormat.detect("月报.xlsx", new byte[0])).contains(ExchangeFormat.XLSX);
      assertThat(ExchangeFormat.detect("old.xls", new byte[0])).contains(ExchangeFormat.XLSX);
      assertThat(ExchangeFormat.detect("v.json", new byte[0])).contains(ExchangeFormat.JSON);
    }

    @Test
    void withoutAKnownExtensionTheContentDecides() {
      assertThat(ExchangeFormat.detect("upload", bytes("PK\u0003\u0004...")))
          .contains(ExchangeFormat.XLSX);
      assertThat(ExchangeFormat.detect("upload", bytes("  {\"values\":[]}")))
          .contains(ExchangeFormat.JSON);
      assertThat(ExchangeFormat.detect("upload", bytes("STRUCTURE,STRUCTURE_ID")))
          .contains(ExchangeFormat.SDMX_CSV);
      assertThat(ExchangeFormat.detect("upload.pdf", bytes("%PDF-1.7"))).isEmpty();
    }
  }
}
