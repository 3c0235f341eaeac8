package dev.longyuan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application against every role. The routes are read from the application's
 * handler mapping, so a new route fails {@link #everyRouteHasARule()} until a rule is written here
 * for it; each rule is then tried with a request of every role: allowed where it says, and
 * otherwise 401 (or, for a page, the sign-in page) for the public and 403 for the signed-in; and
 * never a 5xx, though the requests carry no parameters or body.
 */
@PlatformTest
class AuthorizationMatrixTests {

  enum Who {
    PUBLIC,
    ADMIN,
    ANALYST,
    CITY,
    COUNTY,
    ENTERPRISE
  }

  static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
  static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.PUBLIC));
  static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
  static final Set<Who> REVIEWERS = EnumSet.of(Who.ADMIN, Who.CITY, Who.COUNTY);
  static final Set<Who> REGIONS = EnumSet.of(Who.ADMIN, Who.ANALYST, Who.CITY, Who.COUNTY);
  static final Set<Who> REPORTERS = EnumSet.of(Who.ADMIN, Who.CITY, Who.COUNTY, Who.ENTERPRISE);

  /** Who may reach each route: written by hand, from the issue, not from the policy's code. */
  static final Map<String, Set<Who>> RULES =
      Map.ofEntries(
          // the public: the plan, published figures, the API's description, sign-in
          Map.entry("GET /", EVERYONE),
          Map.entry("GET /plans", EVERYONE),
          Map.entry("GET /plans/{planId}", EVERYONE),
          Map.entry("GET /plans/{planId}/text", EVERYONE),
          Map.entry("GET /plans/{planId}/indicators", EVERYONE),
          Map.entry("GET /plans/{planId}/targets", EVERYONE),
          Map.entry("GET /plans/{planId}/baselines", EVERYONE),
          Map.entry("GET /plans/{planId}/sectors", EVERYONE),
          Map.entry("GET /plans/{planId}/sectors/{code}", EVERYONE),
          Map.entry("GET /plans/{planId}/regions", EVERYONE),
          Map.entry("GET /plans/{planId}/regions/{code}", EVERYONE),
          Map.entry("GET /plans/{planId}/places", EVERYONE),
          Map.entry("GET /plans/{planId}/places/{code}", EVERYONE),
          // the plan's tasks are public as the plan is; the province assigns who leads them
          Map.entry("GET /plans/{planId}/tasks", EVERYONE),
          Map.entry("GET /plans/{planId}/tasks/{code}", EVERYONE),
          Map.entry("POST /plans/{planId}/tasks/{code}/units", ADMIN),
          Map.entry("GET /api/plans/{planId}/tasks", EVERYONE),
          Map.entry("GET /api/plans/{planId}/tasks/{code}", EVERYONE),
          Map.entry("PUT /api/plans/{planId}/tasks/{code}/units", ADMIN),
          // annual implementation plans: read by government staff, set and approved by the province
          Map.entry("GET /plans/{planId}/annual-plans/{year}", REGIONS),
          Map.entry("GET /plans/{planId}/annual-plans/{year}/document", REGIONS),
          Map.entry("GET /plans/{planId}/reports/{type}/file", REGIONS),
          Map.entry("GET /plans/{planId}/supervision/{year}", REGIONS),
          Map.entry("GET /plans/{planId}/supervision/{year}/ledger.xlsx", REGIONS),
          Map.entry(
              "GET /plans/{planId}/supervision/{year}/items/{id}/evidence/{evidenceId}", REGIONS),
          Map.entry("POST /plans/{planId}/supervision/{year}/items", ADMIN),
          Map.entry(
              "POST /plans/{planId}/supervision/{year}/items/{id}/reports",
              EnumSet.of(Who.ADMIN, Who.CITY)),
          Map.entry("POST /plans/{planId}/annual-plans/{year}/targets/{code}", ADMIN),
          Map.entry("POST /plans/{planId}/annual-plans/{year}/approval", ADMIN),
          Map.entry("GET /api/plans/{planId}/annual-plans/{year}", REGIONS),
          Map.entry("GET /api/plans/{planId}/annual-plans/{year}/document", REGIONS),
          Map.entry("PUT /api/plans/{planId}/annual-plans/{year}/targets/{code}", ADMIN),
          Map.entry("POST /api/plans/{planId}/annual-plans/{year}/approval", ADMIN),
          Map.entry("GET /api/plans/{planId}/work-items/{id}/reports", REGIONS),
          Map.entry(
              "POST /api/plans/{planId}/work-items/{id}/reports", EnumSet.of(Who.ADMIN, Who.CITY)),
          Map.entry("GET /api/plans/{planId}/work-items/{id}/evidence/{evidenceId}", REGIONS),
          Map.entry("GET /api/plans/{planId}/revisions", EVERYONE),
          Map.entry("POST /api/plans/{planId}/revisions", ADMIN),
          Map.entry("GET /api/plans/{planId}/revisions/{number}/document", EVERYONE),
          Map.entry("GET /plans/{planId}/revisions", EVERYONE),
          Map.entry("POST /plans/{planId}/revisions", ADMIN),
          Map.entry("GET /plans/{planId}/revisions/{number}/document", EVERYONE),
          Map.entry("GET /plans/{planId}/assessment", REGIONS),
          Map.entry("GET /monitoring/{planId}", REGIONS),
          Map.entry("GET /monitoring/{planId}/indicators/{code}", REGIONS),
          Map.entry("GET /monitoring/{planId}/indicators/{code}/data", REGIONS),
          Map.entry("GET /monitoring/{planId}/targets/{code}", REGIONS),
          Map.entry("GET /monitoring/{planId}/targets/{code}/data", REGIONS),
          Map.entry("GET /monitoring/{planId}/indicators/{code}/monthly", REGIONS),
          Map.entry("GET /monitoring/{planId}/economy/{key}", REGIONS),
          Map.entry("GET /monitoring/{planId}/regions/{code}", REGIONS),
          Map.entry("GET /monitoring/{planId}/sectors/{code}", REGIONS),
          Map.entry("GET /monitoring/{planId}/places/{code}", REGIONS),
          // warnings: province, city and county staff read their regions' alerts; those who may
          // change their region's data acknowledge them; province administrators edit the rules
          Map.entry("GET /monitoring/{planId}/alerts", REGIONS),
          Map.entry("POST /monitoring/{planId}/alerts/{id}/acknowledge", REVIEWERS),
          Map.entry("GET /monitoring/{planId}/warning-rules", ADMIN),
          Map.entry("POST /monitoring/{planId}/warning-rules/{id}", ADMIN),
          Map.entry("GET /public/monitoring/{planId}", EVERYONE),
          Map.entry("GET /public/monitoring/{planId}/indicators/{code}", EVERYONE),
          Map.entry("GET /public/monitoring/{planId}/indicators/{code}/data", EVERYONE),
          Map.entry("GET /public/monitoring/{planId}/targets/{code}", EVERYONE),
          Map.entry("GET /public/monitoring/{planId}/targets/{code}/data", EVERYONE),
          Map.entry("GET /api/plans", EVERYONE),
          Map.entry("GET /api/plans/{planId}", EVERYONE),
          Map.entry("GET /api/plans/{planId}/indicators", EVERYONE),
          Map.entry("GET /api/plans/{planId}/targets", EVERYONE),
          Map.entry("GET /api/plans/{planId}/sectors", EVERYONE),
          Map.entry("GET /api/plans/{planId}/regions", EVERYONE),
          Map.entry("GET /data/published", EVERYONE),
          Map.entry("GET /login", EVERYONE),
          Map.entry("GET /setup", EVERYONE),
          Map.entry("POST /setup", EVERYONE),
          Map.entry("GET /v3/api-docs", EVERYONE),
          Map.entry("GET /v3/api-docs.yaml", EVERYONE),
          Map.entry("GET /v3/api-docs/swagger-config", EVERYONE),
          Map.entry("GET /swagger-ui.html", EVERYONE),
          Map.entry("GET /error", EVERYONE),
          Map.entry("POST /error", EVERYONE),
          // any signed-in user, within their data scope
          Map.entry("GET /data", SIGNED_IN),
          Map.entry("GET /data/shipped-status", SIGNED_IN),
          Map.entry("GET /data/values", SIGNED_IN),
          Map.entry("GET /data/history", SIGNED_IN),
          Map.entry("GET /data/form", SIGNED_IN),
          Map.entry("GET /data/form.xlsx", SIGNED_IN),
          Map.entry("GET /data/forms/{code}/template.xlsx", SIGNED_IN),
          Map.entry("GET /data/import", SIGNED_IN),
          Map.entry("GET /data/imports/{id}", SIGNED_IN),
          Map.entry("GET /data/imports/{id}/errors.csv", SIGNED_IN),
          Map.entry("GET /api/data/elements", SIGNED_IN),
          Map.entry("GET /api/data/sets", SIGNED_IN),
          Map.entry("GET /api/data/values", SIGNED_IN),
          Map.entry("GET /api/data/series", SIGNED_IN),
          Map.entry("GET /api/data/history", SIGNED_IN),
          Map.entry("GET /api/data/imports/{id}", SIGNED_IN),
          Map.entry("GET /account", SIGNED_IN),
          Map.entry("GET /account/password", SIGNED_IN),
          Map.entry("POST /account/password", SIGNED_IN),
          Map.entry("POST /account/tokens", SIGNED_IN),
          Map.entry("POST /account/tokens/{id}/revoke", SIGNED_IN),
          Map.entry("POST /api/account/password", SIGNED_IN),
          Map.entry("GET /api/account/tokens", SIGNED_IN),
          Map.entry("POST /api/account/tokens", SIGNED_IN),
          Map.entry("DELETE /api/account/tokens/{id}", SIGNED_IN),
          Map.entry("POST /api/analytics/progress", SIGNED_IN),
          Map.entry("GET /api/analytics/indicator", SIGNED_IN),
          Map.entry("GET /api/analytics/reconciliation", SIGNED_IN),
          Map.entry("GET /api/analytics/seasonal", SIGNED_IN),
          Map.entry(
              "GET /api/plans/{planId}/assessment",
              EnumSet.of(Who.ADMIN, Who.ANALYST, Who.CITY, Who.COUNTY)),
          Map.entry(
              "GET /api/plans/{planId}/reports/{type}",
              EnumSet.of(Who.ADMIN, Who.ANALYST, Who.CITY, Who.COUNTY)),
          Map.entry(
              "POST /api/plans/{planId}/reports/{type}",
              EnumSet.of(Who.ADMIN, Who.ANALYST, Who.CITY, Who.COUNTY)),
          Map.entry(
              "GET /api/plans/{planId}/report-generations/{id}",
              EnumSet.of(Who.ADMIN, Who.ANALYST, Who.CITY, Who.COUNTY)),
          Map.entry("GET /plans/{planId}/reports", REGIONS),
          Map.entry("GET /plans/{planId}/reports/generations/{id}", REGIONS),
          // programmes and the capacity ledger: read by region, recorded by the province
          Map.entry("GET /programmes", REGIONS),
          Map.entry("GET /programmes/{code}", REGIONS),
          Map.entry("GET /programmes/capacity", REGIONS),
          Map.entry("GET /programmes/templates/{code}", REGIONS),
          Map.entry("POST /programmes/{code}/recognitions", ADMIN),
          Map.entry("POST /programmes/recognitions/{id}/withdraw", ADMIN),
          Map.entry("POST /programmes/capacity/withdrawals", ADMIN),
          Map.entry("POST /programmes/import", ADMIN),
          Map.entry("GET /api/programmes", REGIONS),
          Map.entry("GET /api/programmes/recognitions", REGIONS),
          Map.entry("GET /api/programmes/capacity", REGIONS),
          Map.entry("GET /api/programmes/capacity/withdrawals", REGIONS),
          Map.entry("POST /api/programmes/recognitions", ADMIN),
          Map.entry("POST /api/programmes/capacity/withdrawals", ADMIN),
          Map.entry("POST /api/programmes/imports", ADMIN),
          Map.entry("POST /plans/{planId}/reports", REGIONS),
          // changing data: not the analyst, who reads only
          Map.entry("POST /data/import", REPORTERS),
          Map.entry("POST /data/form", REPORTERS),
          Map.entry("POST /api/data/imports", REPORTERS),
          Map.entry("POST /api/data/approvals", REPORTERS),
          // approval queues: the levels that approve
          Map.entry("GET /data/approvals", REVIEWERS),
          Map.entry("POST /data/approvals", REVIEWERS),
          // the registry: regions and the province, not one enterprise
          Map.entry("GET /data/enterprises", REGIONS),
          Map.entry("GET /api/enterprises", REGIONS),
          // the administrator alone
          Map.entry("POST /data/enterprises/import", ADMIN),
          Map.entry("POST /api/enterprises/imports", ADMIN),
          Map.entry("GET /admin/users", ADMIN),
          Map.entry("POST /admin/users", ADMIN),
          Map.entry("POST /admin/users/{username}/disable", ADMIN),
          Map.entry("POST /admin/users/{username}/enable", ADMIN),
          Map.entry("POST /admin/users/{username}/unlock", ADMIN),
          Map.entry("POST /admin/users/{username}/password", ADMIN),
          Map.entry("GET /admin/audit", ADMIN),
          Map.entry("GET /admin/audit.csv", ADMIN),
          Map.entry("GET /api/users", ADMIN),
          Map.entry("POST /api/users", ADMIN),
          Map.entry("POST /api/users/{username}/disable", ADMIN),
          Map.entry("POST /api/users/{username}/enable", ADMIN),
          Map.entry("POST /api/users/{username}/unlock", ADMIN),
          Map.entry("GET /api/audit", ADMIN),
          // key projects: read within one's scope by everyone signed in (an enterprise its own
          // projects), changed by the province administrator and the bureaus, reported on by
          // them and by the owners
          Map.entry("GET /projects", SIGNED_IN),
          Map.entry("GET /projects/{code}", SIGNED_IN),
          Map.entry("GET /projects/{code}/attachments/{id}", SIGNED_IN),
          Map.entry("GET /projects/new", REVIEWERS),
          Map.entry("GET /projects/{code}/edit", REVIEWERS),
          Map.entry("GET /projects/import", REVIEWERS),
          Map.entry("GET /projects/template.xlsx", REVIEWERS),
          Map.entry("POST /projects", REVIEWERS),
          Map.entry("POST /projects/{code}", REVIEWERS),
          Map.entry("POST /projects/import", REVIEWERS),
          Map.entry("POST /projects/{code}/milestones", REVIEWERS),
          Map.entry("POST /projects/{code}/milestones/{id}/done", REVIEWERS),
          Map.entry("POST /projects/{code}/reports", REPORTERS),
          Map.entry("GET /api/projects", SIGNED_IN),
          Map.entry("GET /api/projects/{code}", SIGNED_IN),
          Map.entry("GET /api/projects/{code}/attachments/{id}", SIGNED_IN),
          Map.entry("POST /api/projects", REVIEWERS),
          Map.entry("POST /api/projects/imports", REVIEWERS),
          Map.entry("POST /api/projects/{code}/milestones", REVIEWERS),
          Map.entry("POST /api/projects/{code}/milestones/{id}/done", REVIEWERS),
          Map.entry("POST /api/projects/{code}/reports", REPORTERS),
          // the SME service network: its directory is public; an enterprise asks for itself and
          // rates what it asked for, a node's staff file for an enterprise and act on what their
          // nodes hold; each sees the requests of their scope
          Map.entry("GET /sme", EVERYONE),
          Map.entry("GET /sme/figures", REGIONS),
          Map.entry("GET /sme/requests", SIGNED_IN),
          Map.entry("GET /sme/requests/new", REPORTERS),
          Map.entry("POST /sme/requests", REPORTERS),
          Map.entry("GET /sme/requests/{id}", SIGNED_IN),
          Map.entry("POST /sme/requests/{id}/acknowledge", REVIEWERS),
          Map.entry("POST /sme/requests/{id}/forward", REVIEWERS),
          Map.entry("POST /sme/requests/{id}/resolve", REVIEWERS),
          Map.entry("POST /sme/requests/{id}/rating", EnumSet.of(Who.ENTERPRISE)),
          Map.entry("GET /api/sme/network", EVERYONE),
          Map.entry("POST /api/sme/nodes", ADMIN),
          Map.entry("GET /api/sme/figures", REGIONS),
          Map.entry("GET /api/sme/requests", SIGNED_IN),
          Map.entry("POST /api/sme/requests", REPORTERS),
          Map.entry("GET /api/sme/requests/{id}", SIGNED_IN),
          Map.entry("POST /api/sme/requests/{id}/acknowledge", REVIEWERS),
          Map.entry("POST /api/sme/requests/{id}/forward", REVIEWERS),
          Map.entry("POST /api/sme/requests/{id}/resolve", REVIEWERS),
          Map.entry("POST /api/sme/requests/{id}/rating", EnumSet.of(Who.ENTERPRISE)),
          // EPCIS traceability: captured by the chains' enterprises and the province
          // administrator, read by everyone signed in
          Map.entry("OPTIONS /epcis/capture", SIGNED_IN),
          Map.entry("POST /epcis/capture", EnumSet.of(Who.ADMIN, Who.ENTERPRISE)),
          Map.entry("GET /epcis/capture/{captureID}", EnumSet.of(Who.ADMIN, Who.ENTERPRISE)),
          Map.entry("GET /epcis/events", SIGNED_IN),
          Map.entry("GET /epcis/eventTypes/{eventType}/events", SIGNED_IN),
          Map.entry("GET /epcis/epcs/{epc}/events", SIGNED_IN),
          Map.entry("GET /epcis/bizSteps/{bizStep}/events", SIGNED_IN),
          Map.entry("GET /epcis/bizLocations/{bizLocation}/events", SIGNED_IN),
          Map.entry("GET /epcis/readPoints/{readPoint}/events", SIGNED_IN),
          Map.entry("GET /epcis/dispositions/{disposition}/events", SIGNED_IN),
          // named queries: read by everyone signed in; made, removed and subscribed to by webhook
          // by those who capture
          Map.entry("GET /epcis/queries", SIGNED_IN),
          Map.entry("POST /epcis/queries", EnumSet.of(Who.ADMIN, Who.ENTERPRISE)),
          Map.entry("GET /epcis/queries/{queryName}", SIGNED_IN),
          Map.entry("DELETE /epcis/queries/{queryName}", EnumSet.of(Who.ADMIN, Who.ENTERPRISE)),
          Map.entry("GET /epcis/queries/{queryName}/events", SIGNED_IN),
          Map.entry(
              "GET /epcis/queries/{queryName}/subscriptions",
              EnumSet.of(Who.ADMIN, Who.ENTERPRISE)),
          Map.entry(
              "POST /epcis/queries/{queryName}/subscriptions",
              EnumSet.of(Who.ADMIN, Who.ENTERPRISE)),
          Map.entry(
              "GET /epcis/queries/{queryName}/subscriptions/{subscriptionID}",
              EnumSet.of(Who.ADMIN, Who.ENTERPRISE)),
          Map.entry(
              "DELETE /epcis/queries/{queryName}/subscriptions/{subscriptionID}",
              EnumSet.of(Who.ADMIN, Who.ENTERPRISE)),
          Map.entry("GET /trace/queries", EnumSet.of(Who.ADMIN, Who.ENTERPRISE)),
          // herb traceability: a lot's page is public, its reach for those signed in, its recall
          // the province's
          Map.entry("GET /trace/{code}", EVERYONE),
          Map.entry("GET /trace/{code}/qr.png", EVERYONE),
          Map.entry("GET /01/{gtin}/10/{batch}", EVERYONE),
          Map.entry("GET /api/trace/lots/{code}", SIGNED_IN),
          Map.entry("POST /api/trace/lots/{code}/recalls", ADMIN),
          // supply-demand matching: posted by enterprises and bureaus, read within one's scope by
          // everyone signed in (a demand by its owner and staff), the share by region
          Map.entry("GET /market/demands", SIGNED_IN),
          Map.entry("GET /market/demands/{id}", SIGNED_IN),
          Map.entry("GET /market/supplies", SIGNED_IN),
          Map.entry("GET /market/demands/new", REPORTERS),
          Map.entry("GET /market/supplies/new", REPORTERS),
          Map.entry("GET /market/import", REPORTERS),
          Map.entry("GET /market/template.xlsx", REPORTERS),
          Map.entry("POST /market/demands", REPORTERS),
          Map.entry("POST /market/supplies", REPORTERS),
          Map.entry("POST /market/import", REPORTERS),
          Map.entry("POST /market/demands/{id}/steps", REPORTERS),
          Map.entry("GET /market/statistics", REGIONS),
          Map.entry("GET /api/market/demands", SIGNED_IN),
          Map.entry("GET /api/market/demands/{id}", SIGNED_IN),
          Map.entry("GET /api/market/demands/{id}/matches", SIGNED_IN),
          Map.entry("GET /api/market/supplies", SIGNED_IN),
          Map.entry("POST /api/market/demands", REPORTERS),
          Map.entry("POST /api/market/supplies", REPORTERS),
          Map.entry("POST /api/market/imports", REPORTERS),
          Map.entry("POST /api/market/demands/{id}/steps", REPORTERS),
          Map.entry("POST /api/market/demands/{id}/outside-purchases", REPORTERS),
          Map.entry("GET /api/market/statistics", REGIONS),
          // quality credit: records within one's scope, facts and listings by the province's
          // administrators, the blacklist disclosed to the public, appealed by the enterprise
          Map.entry("GET /api/credit/enterprises/{creditCode}", SIGNED_IN),
          Map.entry("POST /api/credit/inspections", ADMIN),
          Map.entry("POST /api/credit/blacklist", ADMIN),
          Map.entry("GET /public/credit/blacklist", EVERYONE),
          Map.entry("GET /credit", SIGNED_IN),
          Map.entry("GET /credit/enterprises/{code}", SIGNED_IN),
          Map.entry("GET /credit/inspections", ADMIN),
          Map.entry("GET /credit/inspections/template.xlsx", ADMIN),
          Map.entry("GET /credit/blacklist", ADMIN),
          Map.entry("POST /credit/inspections", ADMIN),
          Map.entry("POST /credit/inspections/import", ADMIN),
          Map.entry("POST /credit/penalties", ADMIN),
          Map.entry("POST /credit/complaints", ADMIN),
          Map.entry("POST /credit/blacklist", ADMIN),
          Map.entry("POST /credit/blacklist/{id}/appeal", EnumSet.of(Who.ADMIN, Who.ENTERPRISE)),
          Map.entry("POST /credit/blacklist/{id}/decision", ADMIN),
          Map.entry("POST /credit/blacklist/{id}/repair", ADMIN),
          // clearance for restricted shared resources: granted and withdrawn by the province
          Map.entry("PUT /api/users/{username}/clearance", ADMIN),
          Map.entry("DELETE /api/users/{username}/clearance", ADMIN),
          Map.entry("POST /admin/users/{username}/clearance", ADMIN),
          Map.entry("POST /admin/users/{username}/clearance/withdraw", ADMIN),
          // shared equipment and capacity: the directory read by everyone signed in (details by
          // clearance, decided in the module), registered, booked and requested by reporters
          Map.entry("GET /sharing", SIGNED_IN),
          Map.entry("GET /sharing/resources/{id}", SIGNED_IN),
          Map.entry("GET /sharing/export.xlsx", SIGNED_IN),
          Map.entry("GET /sharing/bookings", SIGNED_IN),
          Map.entry("GET /sharing/statistics", SIGNED_IN),
          Map.entry("GET /sharing/capacity", SIGNED_IN),
          Map.entry("GET /sharing/capacity/{id}", SIGNED_IN),
          Map.entry("GET /sharing/resources/new", REPORTERS),
          Map.entry("GET /sharing/template.xlsx", REPORTERS),
          Map.entry("POST /sharing/resources", REPORTERS),
          Map.entry("POST /sharing/import", REPORTERS),
          Map.entry("POST /sharing/bookings", REPORTERS),
          Map.entry("POST /sharing/bookings/{id}/decision", REPORTERS),
          Map.entry("POST /sharing/bookings/{id}/start", REPORTERS),
          Map.entry("POST /sharing/bookings/{id}/complete", REPORTERS),
          Map.entry("POST /sharing/bookings/{id}/rating", REPORTERS),
          Map.entry("POST /sharing/bookings/{id}/cancel", REPORTERS),
          Map.entry("POST /sharing/capacity", REPORTERS),
          Map.entry("GET /api/sharing/resources", SIGNED_IN),
          Map.entry("GET /api/sharing/resources/{id}", SIGNED_IN),
          Map.entry("GET /api/sharing/bookings", SIGNED_IN),
          Map.entry("GET /api/sharing/bookings/{id}", SIGNED_IN),
          Map.entry("GET /api/sharing/utilisation", SIGNED_IN),
          Map.entry("GET /api/sharing/capacity-requests/{id}", SIGNED_IN),
          Map.entry("POST /api/sharing/resources", REPORTERS),
          Map.entry("POST /api/sharing/imports", REPORTERS),
          Map.entry("POST /api/sharing/bookings", REPORTERS),
          Map.entry("POST /api/sharing/bookings/{id}/decision", REPORTERS),
          Map.entry("POST /api/sharing/bookings/{id}/start", REPORTERS),
          Map.entry("POST /api/sharing/bookings/{id}/complete", REPORTERS),
          Map.entry("POST /api/sharing/bookings/{id}/rating", REPORTERS),
          Map.entry("POST /api/sharing/bookings/{id}/cancel", REPORTERS),
          Map.entry("POST /api/sharing/capacity-requests", REPORTERS));

  /** What stands in for each path variable: values that exist, or that change nothing. */
  static final Map<String, String> PATH_VALUES =
      Map.ofEntries(
          Map.entry("{planId}", "gansu-13fyp-industry"),
          Map.entry("{code}", "ENT-M"),
          Map.entry("{creditCode}", "ENT-M"),
          Map.entry("{id}", "999999"),
          Map.entry("{evidenceId}", "999999"),
          Map.entry("{number}", "99"),
          Map.entry("{key}", "rev"),
          Map.entry("{type}", "midterm"),
          Map.entry("{year}", "2030"),
          Map.entry("{username}", "no-such-user"),
          Map.entry("{captureID}", "no-such-job"),
          Map.entry("{gtin}", "06901234000017"),
          Map.entry("{batch}", "NO-SUCH"),
          Map.entry("{eventType}", "ObjectEvent"),
          Map.entry("{epc}", "urn:epc:id:sgtin:0614141.107346.2017"),
          Map.entry("{bizStep}", "shipping"),
          Map.entry("{bizLocation}", "urn:epc:id:sgln:0614141.00888.0"),
          Map.entry("{readPoint}", "urn:epc:id:sgln:0614141.00777.0"),
          Map.entry("{disposition}", "in_transit"),
          Map.entry("{queryName}", "no-such-query"),
          Map.entry("{subscriptionID}", "no-such-subscription"));

  static final String WORKS = CreditCode.withCheckCharacter("91620100MATR1X001").value();

  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired Accounts accounts;

  @Autowired ReportingService reporting;

  @BeforeEach
  void createOneUserOfEachRole() {
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(WORKS),
                "测试矩阵有限公司",
                RegionCode.of("620102"),
                IndustryCode.of("C3311"),
                SizeClass.SMALL,
                "私营",
                false)),
        List.of());
    TestUsers.ensure(accounts, "matrix-analyst", "PROVINCE_ANALYST", null, null);
    TestUsers.ensure(accounts, "matrix-city", "CITY", "620100", null);
    TestUsers.ensure(accounts, "matrix-county", "COUNTY", "620102", null);
    TestUsers.ensure(accounts, "matrix-enterprise", "ENTERPRISE", null, WORKS);
  }

  /** Every method and path the application answers, as "GET /plans/{planId}". */
  Set<String> routes() {
    Set<String> routes = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String path : info.getPatternValues()) {
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          routes.add(method + " " + path);
        }
        if (methods.isEmpty()) {
          routes.add("POST " + path);
        }
      }
    }
    return routes;
  }

  @Test
  void everyRouteHasARule() {
    assertThat(routes())
        .as("routes without a rule in AuthorizationMatrixTests.RULES")
        .isSubsetOf(RULES.keySet());
    assertThat(RULES.keySet()).as("rules for routes that no longer exist").isSubsetOf(routes());
  }

  @TestFactory
  Stream<DynamicTest> everyRoleReachesExactlyWhatItsRuleAllows() {
    return routes().stream()
        .filter(RULES::containsKey)
        .flatMap(
            route ->
                EnumSet.allOf(Who.class).stream()
                    .map(
                        who ->
                            DynamicTest.dynamicTest(
                                route + " as " + who, () -> check(route, who, RULES.get(route)))));
  }

  void check(String route, Who who, Set<Who> allowed) throws Exception {
    String method = route.substring(0, route.indexOf(' '));
    String path = route.substring(route.indexOf(' ') + 1);
    for (Map.Entry<String, String> variable : PATH_VALUES.entrySet()) {
      path = path.replace(variable.getKey(), variable.getValue());
    }
    // a CSRF token with every request: this test is about roles, CsrfTests about the token
    MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf());
    if (who != Who.PUBLIC) {
      request = request.with(TestUsers.as(username(who)));
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    int status = response.getStatus();
    String redirect = response.getRedirectedUrl();
    boolean toSignIn = status == 302 && redirect != null && redirect.endsWith("/login");
    // requests with no parameters or body are bad requests, never the platform's failure (the
    // error page, asked for itself, reports the 500 it was not given)
    if (!path.equals("/error")) {
      assertThat(status).as(route + " as " + who).isLessThan(500);
    }
    if (allowed.contains(who)) {
      assertThat(status).as(route + " as " + who).isNotIn(401, 403);
      assertThat(toSignIn).as(route + " as " + who + " is sent to sign in").isFalse();
    } else if (who == Who.PUBLIC) {
      assertThat(status == 401 || toSignIn)
          .as(route + " for the public gives " + status + " " + redirect)
          .isTrue();
    } else {
      assertThat(status).as(route + " as " + who).isEqualTo(403);
    }
  }

  static String username(Who who) {
    return switch (who) {
      case ADMIN -> TestUsers.ADMIN;
      case ANALYST -> "matrix-analyst";
      case CITY -> "matrix-city";
      case COUNTY -> "matrix-county";
      case ENTERPRISE -> "matrix-enterprise";
      case PUBLIC -> throw new IllegalArgumentException("the public has no user");
    };
  }
}
