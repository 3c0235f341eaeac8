package dev.longyuan.analytics.web;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class ProgressApiTests {

  @Autowired MockMvc mvc;

  ResultActions judge(String json) throws Exception {
    return mvc.perform(
        post("/api/analytics/progress")
            .with(TestUsers.admin())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  @Test
  void judgesASeriesAgainstItsTarget() throws Exception {
    judge(
            """
            {"years":[2015,2016,2017,2018],"values":[100,105,null,121],"direction":"positive",
             "target":150,"targetYear":2020,"baseYear":2015}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.label").value("progress_needs_acceleration"))
        .andExpect(jsonPath("$.method").value(2))
        .andExpect(jsonPath("$.baseYear").value(2015))
        .andExpect(jsonPath("$.currentYear").value(2018))
        .andExpect(jsonPath("$.cagrObserved", closeTo(0.0656022367666107, 1e-12), Double.class))
        .andExpect(jsonPath("$.cagrRequired", closeTo(0.08447177119769855, 1e-12), Double.class))
        .andExpect(jsonPath("$.ratio", closeTo(0.7766172750548179, 1e-12), Double.class))
        .andExpect(jsonPath("$.progressValue", closeTo(0.7766172750548179, 1e-12), Double.class));
  }

  @Test
  void usesTheThresholdsGivenAndAnswersNullForWhatCannotBeComputed() throws Exception {
    judge(
            """
            {"years":[2015,2018],"values":[100,121],"direction":"positive","target":150,
             "targetYear":2020,"baseYear":2015,"progressThresholds":{"high":0.7,"med":0.5,"low":0}}""")
        .andExpect(jsonPath("$.label").value("on_track"));
    judge(
            """
            {"years":[2015,2017],"values":[5,-2],"direction":"positive","baseYear":2015}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.label").value("not_assessable"))
        .andExpect(jsonPath("$.progressValue", nullValue()))
        .andExpect(jsonPath("$.cagrRequired", nullValue()));
  }

  @Test
  void refusesWhatTheMethodCannotJudge() throws Exception {
    String[][] refused = {
      {
        "{\"years\":[2015,2016],\"values\":[1],\"direction\":\"positive\",\"baseYear\":2015}",
        "series.lengths"
      },
      {
        "{\"years\":[2015,2016],\"values\":[1,2],\"direction\":\"positive\",\"baseYear\":2015,"
            + "\"target\":3,\"targetYear\":2015}",
        "targetYear.equals_base"
      },
      {
        "{\"years\":[2015,2016],\"values\":[1,2],\"direction\":\"positive\",\"baseYear\":2015,"
            + "\"progressThresholds\":{\"high\":0.9}}",
        "thresholds.partial"
      },
      {
        "{\"years\":[2015,2016],\"values\":[1,2],\"direction\":\"up\",\"baseYear\":2015}",
        "direction.invalid"
      },
      {
        "{\"years\":[2015,2015],\"values\":[1,2],\"direction\":\"positive\",\"baseYear\":2015}",
        "series.duplicate_year"
      },
      {
        "{\"years\":[2015,2016],\"values\":[1,2],\"direction\":\"positive\",\"baseYear\":2015,"
            + "\"target\":3}",
        "targetYear.missing"
      }
    };
    for (String[] attempt : refused) {
      judge(attempt[0])
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value(attempt[1]))
          .andExpect(jsonPath("$.messageZh").isNotEmpty())
          .andExpect(jsonPath("$.messageEn").isNotEmpty());
    }
    judge("{\"years\": \"not a list\"}").andExpect(status().isBadRequest());
  }

  @Test
  void needsASignedInUser() throws Exception {
    mvc.perform(
            post("/api/analytics/progress").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized());
  }
}
