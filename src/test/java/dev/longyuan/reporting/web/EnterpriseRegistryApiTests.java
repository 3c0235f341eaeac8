package dev.longyuan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.ReportingService;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
// the province administrator: what other roles may do is AuthorizationMatrixTests' and
// DataScopeTests'
@WithMockUser(TestUsers.ADMIN)
class EnterpriseRegistryApiTests {

  static final String HEADER =
      "credit_code,name,region_code,industry_code,size_class,ownership,above_scale_years\n";
  static final String FIRST = CreditCode.withCheckCharacter("91620600REG000001").value();
  static final String SECOND = CreditCode.withCheckCharacter("91620700REG000002").value();

  @Autowired MockMvc mvc;

  @Autowired ReportingService reporting;

  MockMultipartFile csv(String body) {
    return new MockMultipartFile(
        "file", "registry.csv", "text/csv", (HEADER + body).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void registersEnterprisesWithTheirYearsAboveDesignatedSize() throws Exception {
    mvc.perform(
            multipart("/api/enterprises/imports")
                .file(
                    csv(
                        FIRST
                            + ",武威测试食品有限公司,620602,C1391,small,私营,2018;2019\n"
                            + SECOND
                            + ",张掖测试电力有限公司,620702,D4411,large,国有,2019\n")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.enterprises", is(2)));

    assertThat(reporting.enterprise(FIRST))
        .hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("武威测试食品有限公司"));
  }

  @Test
  void refusesTheWholeFileListingEveryBadRow() throws Exception {
    String unregistered = CreditCode.withCheckCharacter("91620600REG000009").value();
    mvc.perform(
            multipart("/api/enterprises/imports")
                .file(
                    csv(
                        unregistered
                            + ",好的企业,620602,C1391,small,私营,2019\n"
                            + "91620600REG00000X,坏代码,620602,C1391,small,私营,2019\n"
                            + CreditCode.withCheckCharacter("91620600REG000010").value()
                            + ",无地区,999999,C1391,small,私营,2019\n"
                            + CreditCode.withCheckCharacter("91620600REG000011").value()
                            + ",非工业,620602,F5110,small,私营,2019\n")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors", hasSize(3)))
        .andExpect(jsonPath("$.errors[0].row", is(3)))
        .andExpect(jsonPath("$.errors[0].code", is("unit.invalid_credit_code")))
        .andExpect(jsonPath("$.errors[1].code", is("unit.unknown_region")))
        .andExpect(jsonPath("$.errors[2].code", is("industry.invalid")));

    assertThat(reporting.enterprise(unregistered)).isEmpty();
  }
}
