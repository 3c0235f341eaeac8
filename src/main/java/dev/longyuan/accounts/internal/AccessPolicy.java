package dev.longyuan.accounts.internal;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.OPTIONS;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may reach which route. Anything not named here is refused to everybody, so that a new route
 * is closed until it is given a rule (the authorisation matrix test names every route). Whose data
 * a permitted user then sees is decided where the data are read, by their scope.
 */
final class AccessPolicy {

  private static final String ADMIN = "PROVINCE_ADMIN";
  private static final String ANALYST = "PROVINCE_ANALYST";
  private static final String CITY = "CITY";
  private static final String COUNTY = "COUNTY";
  private static final String ENTERPRISE = "ENTERPRISE";

  private AccessPolicy() {}

  static void api(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes
        // an assessment, and a report written from one, reads a region's data: never public,
        // though the plan is, and not for an enterprise
        .requestMatchers(
            GET,
            "/api/plans/*/assessment",
            "/api/plans/*/reports/*",
            "/api/plans/*/report-generations/*")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        // a new version of a report: whoever may read it, from the data as they are then
        .requestMatchers(POST, "/api/plans/*/reports/*")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        // who leads a task of the plan is the province's decision; the tasks are public, as the
        // plan
        .requestMatchers(PUT, "/api/plans/*/tasks/*/units")
        .hasRole(ADMIN)
        // an annual plan is the government's working document: its staff read it, the province
        // sets and approves it
        .requestMatchers(GET, "/api/plans/*/annual-plans/*", "/api/plans/*/annual-plans/*/document")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        .requestMatchers(PUT, "/api/plans/*/annual-plans/*/targets/*")
        .hasRole(ADMIN)
        .requestMatchers(POST, "/api/plans/*/annual-plans/*/approval")
        .hasRole(ADMIN)
        // progress on a work item: read with its evidence by government staff, reported by the
        // province or a city's bureau (the item's unit, checked in the module)
        .requestMatchers(
            GET, "/api/plans/*/work-items/*/reports", "/api/plans/*/work-items/*/evidence/*")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        .requestMatchers(POST, "/api/plans/*/work-items/*/reports")
        .hasAnyRole(ADMIN, CITY)
        // a revision of the plan is the province's decision; revisions are public, as the plan
        .requestMatchers(POST, "/api/plans/*/revisions")
        .hasRole(ADMIN)
        .requestMatchers(GET, "/api/plans", "/api/plans/**")
        .permitAll()
        .requestMatchers("/api/users", "/api/users/**", "/api/audit", "/api/audit/**")
        .hasRole(ADMIN)
        .requestMatchers("/api/account", "/api/account/**")
        .authenticated()
        .requestMatchers(POST, "/api/enterprises/imports")
        .hasRole(ADMIN)
        .requestMatchers(GET, "/api/enterprises")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        .requestMatchers(POST, "/api/data/imports", "/api/data/approvals")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(GET, "/api/data/**")
        .authenticated()
        // programmes and the capacity ledger: read by region, recorded by the province
        .requestMatchers(
            POST,
            "/api/programmes/recognitions",
            "/api/programmes/capacity/withdrawals",
            "/api/programmes/imports")
        .hasRole(ADMIN)
        .requestMatchers(GET, "/api/programmes", "/api/programmes/**")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        .requestMatchers(POST, "/api/analytics/progress")
        .authenticated()
        .requestMatchers(GET, "/api/analytics/**")
        .authenticated()
        // key projects: everyone signed in reads those of their scope (an enterprise its own);
        // their owners also file progress; the province administrator and the bureaus change them
        .requestMatchers(POST, "/api/projects/*/reports")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(
            POST,
            "/api/projects",
            "/api/projects/imports",
            "/api/projects/*/milestones",
            "/api/projects/*/milestones/*/done")
        .hasAnyRole(ADMIN, CITY, COUNTY)
        .requestMatchers(GET, "/api/projects", "/api/projects/**")
        .authenticated()
        // the SME service network: its directory is public, so that SMEs find it; an enterprise
        // asks for itself, a node's staff for an enterprise of their region, and acts on what
        // their nodes hold; the enterprise rates what it asked for; whose requests one sees is
        // decided by scope
        .requestMatchers(GET, "/api/sme/network")
        .permitAll()
        .requestMatchers(POST, "/api/sme/nodes")
        .hasRole(ADMIN)
        .requestMatchers(POST, "/api/sme/requests")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(
            POST,
            "/api/sme/requests/*/acknowledge",
            "/api/sme/requests/*/forward",
            "/api/sme/requests/*/resolve")
        .hasAnyRole(ADMIN, CITY, COUNTY)
        .requestMatchers(POST, "/api/sme/requests/*/rating")
        .hasRole(ENTERPRISE)
        .requestMatchers(GET, "/api/sme/figures")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        .requestMatchers(GET, "/api/sme/requests", "/api/sme/requests/*")
        .authenticated()
        // EPCIS traceability events: recorded by the enterprises of the chains and the province
        // administrator, read by everyone signed in (the public sees a lot's page, not the events)
        .requestMatchers(OPTIONS, "/epcis/capture")
        .authenticated()
        .requestMatchers(POST, "/epcis/capture")
        .hasAnyRole(ADMIN, ENTERPRISE)
        .requestMatchers(GET, "/epcis/capture/*")
        .hasAnyRole(ADMIN, ENTERPRISE)
        .requestMatchers(
            GET,
            "/epcis/events",
            "/epcis/eventTypes/*/events",
            "/epcis/epcs/*/events",
            "/epcis/bizSteps/*/events",
            "/epcis/bizLocations/*/events",
            "/epcis/readPoints/*/events",
            "/epcis/dispositions/*/events")
        .authenticated()
        // named queries are read as the events are, by everyone signed in; they are made and
        // removed, and webhooks subscribed (the platform then posts to the subscriber's address),
        // by those who may capture
        .requestMatchers(GET, "/epcis/queries", "/epcis/queries/*", "/epcis/queries/*/events")
        .authenticated()
        .requestMatchers(POST, "/epcis/queries", "/epcis/queries/*/subscriptions")
        .hasAnyRole(ADMIN, ENTERPRISE)
        .requestMatchers(DELETE, "/epcis/queries/*", "/epcis/queries/*/subscriptions/*")
        .hasAnyRole(ADMIN, ENTERPRISE)
        .requestMatchers(GET, "/epcis/queries/*/subscriptions", "/epcis/queries/*/subscriptions/*")
        .hasAnyRole(ADMIN, ENTERPRISE)
        // a lot's reach is read by those signed in; a recall is the province's decision
        .requestMatchers(POST, "/api/trace/lots/*/recalls")
        .hasRole(ADMIN)
        .requestMatchers(GET, "/api/trace/lots/*")
        .authenticated()
        // supply-demand matching: posted by enterprises (their own) and bureaus (their region),
        // read within one's scope by everyone signed in; the share bought in the province by region
        .requestMatchers(
            POST,
            "/api/market/demands",
            "/api/market/supplies",
            "/api/market/imports",
            "/api/market/demands/*/steps",
            "/api/market/demands/*/outside-purchases")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(GET, "/api/market/statistics")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        .requestMatchers(GET, "/api/market/**")
        .authenticated()
        // quality credit: a record read within one's scope (city: its region; an enterprise: its
        // own); inspections and listings written by the province's administrators
        .requestMatchers(GET, "/api/credit/enterprises/*")
        .authenticated()
        .requestMatchers(POST, "/api/credit/inspections", "/api/credit/blacklist")
        .hasRole(ADMIN)
        // shared equipment and capacity: read by everyone signed in (a restricted resource's
        // details by the cleared, its owner and the province, decided in the module); registered,
        // booked and requested by enterprises (their own), bureaus (their region) and the province
        .requestMatchers(
            POST,
            "/api/sharing/resources",
            "/api/sharing/imports",
            "/api/sharing/bookings",
            "/api/sharing/bookings/*/decision",
            "/api/sharing/bookings/*/start",
            "/api/sharing/bookings/*/complete",
            "/api/sharing/bookings/*/rating",
            "/api/sharing/bookings/*/cancel",
            "/api/sharing/capacity-requests")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(GET, "/api/sharing/**")
        .authenticated()
        .anyRequest()
        .denyAll();
  }

  static void pages(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes
        .requestMatchers(
            GET, "/css/**", "/js/**", "/maps/**", "/webjars/**", "/favicon.ico", "/favicon.svg")
        .permitAll()
        .requestMatchers("/error", "/login", "/setup")
        .permitAll()
        // an assessment reads a region's data: not public, though the plan is
        .requestMatchers(
            GET,
            "/plans/*/assessment",
            "/monitoring/*",
            "/monitoring/*/indicators/*",
            "/monitoring/*/indicators/*/data",
            "/monitoring/*/indicators/*/monthly",
            "/monitoring/*/targets/*",
            "/monitoring/*/targets/*/data",
            "/monitoring/*/economy/*",
            "/monitoring/*/regions/*",
            "/monitoring/*/sectors/*",
            "/monitoring/*/places/*",
            "/monitoring/*/alerts")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        // the stored reports, and the form that makes one: as the reports' API
        .requestMatchers("/plans/*/reports", "/plans/*/reports/generations/*")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        // a report or an annual plan as a file, for those signed in on the pages
        .requestMatchers(GET, "/plans/*/reports/*/file", "/plans/*/annual-plans/*/document")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        // an alert is acknowledged by those who may change their region's data, not an analyst
        .requestMatchers(POST, "/monitoring/*/alerts/*/acknowledge")
        .hasAnyRole(ADMIN, CITY, COUNTY)
        .requestMatchers("/monitoring/*/warning-rules", "/monitoring/*/warning-rules/*")
        .hasRole(ADMIN)
        .requestMatchers(POST, "/plans/*/tasks/*/units")
        .hasRole(ADMIN)
        .requestMatchers(GET, "/plans/*/annual-plans/*")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        // the supervision ledger: read by government staff; items set by the province; progress
        // reported by the province, or by a city's bureau for its government's items
        .requestMatchers(
            GET,
            "/plans/*/supervision/*",
            "/plans/*/supervision/*/ledger.xlsx",
            "/plans/*/supervision/*/items/*/evidence/*")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        .requestMatchers(POST, "/plans/*/supervision/*/items", "/plans/*/revisions")
        .hasRole(ADMIN)
        .requestMatchers(POST, "/plans/*/supervision/*/items/*/reports")
        .hasAnyRole(ADMIN, CITY)
        .requestMatchers(
            POST, "/plans/*/annual-plans/*/targets/*", "/plans/*/annual-plans/*/approval")
        .hasRole(ADMIN)
        // programmes and the capacity ledger: read by region, recorded by the province
        .requestMatchers(POST, "/programmes/**")
        .hasRole(ADMIN)
        .requestMatchers(GET, "/programmes", "/programmes/**")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        .requestMatchers(GET, "/", "/plans", "/plans/**", "/data/published", "/public/monitoring/*")
        .permitAll()
        // the named queries and their webhooks' delivery: for those who may subscribe
        .requestMatchers(GET, "/trace/queries")
        .hasAnyRole(ADMIN, ENTERPRISE)
        // a herb lot's page, its package's QR code and the Digital Link that code carries: public
        .requestMatchers(GET, "/trace/*", "/trace/*/qr.png", "/01/*/10/*")
        .permitAll()
        // the public views judge from official figures alone, and their files hold only those
        .requestMatchers(
            GET,
            "/public/monitoring/*/indicators/*",
            "/public/monitoring/*/indicators/*/data",
            "/public/monitoring/*/targets/*",
            "/public/monitoring/*/targets/*/data")
        .permitAll()
        .requestMatchers(
            GET, "/actuator/health", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
        .permitAll()
        .requestMatchers(GET, "/swagger-ui.html", "/swagger-ui/**")
        .permitAll()
        .requestMatchers("/admin", "/admin/**")
        .hasRole(ADMIN)
        .requestMatchers("/account", "/account/**")
        .authenticated()
        .requestMatchers(POST, "/data/enterprises/import")
        .hasRole(ADMIN)
        .requestMatchers(GET, "/data/enterprises")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        .requestMatchers("/data/approvals")
        .hasAnyRole(ADMIN, CITY, COUNTY)
        .requestMatchers(POST, "/data/import", "/data/form")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(GET, "/data", "/data/**")
        .authenticated()
        // key projects: as their API
        .requestMatchers(POST, "/projects/*/reports")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(
            GET, "/projects/new", "/projects/*/edit", "/projects/import", "/projects/template.xlsx")
        .hasAnyRole(ADMIN, CITY, COUNTY)
        .requestMatchers(
            POST,
            "/projects",
            "/projects/import",
            "/projects/*",
            "/projects/*/milestones",
            "/projects/*/milestones/*/done")
        .hasAnyRole(ADMIN, CITY, COUNTY)
        .requestMatchers(GET, "/projects", "/projects/**")
        .authenticated()
        // the SME service network: as its API
        .requestMatchers(GET, "/sme")
        .permitAll()
        .requestMatchers("/sme/requests/new")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(POST, "/sme/requests")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(
            POST,
            "/sme/requests/*/acknowledge",
            "/sme/requests/*/forward",
            "/sme/requests/*/resolve")
        .hasAnyRole(ADMIN, CITY, COUNTY)
        .requestMatchers(POST, "/sme/requests/*/rating")
        .hasRole(ENTERPRISE)
        .requestMatchers(GET, "/sme/figures")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        .requestMatchers(GET, "/sme/requests", "/sme/requests/*")
        .authenticated()
        // supply-demand matching: as its API
        .requestMatchers(
            GET,
            "/market/demands/new",
            "/market/supplies/new",
            "/market/import",
            "/market/template.xlsx")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(
            POST,
            "/market/demands",
            "/market/supplies",
            "/market/import",
            "/market/demands/*/steps")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(GET, "/market/statistics")
        .hasAnyRole(ADMIN, ANALYST, CITY, COUNTY)
        .requestMatchers(GET, "/market/demands", "/market/demands/*", "/market/supplies")
        .authenticated()
        // quality credit: as its API; the blacklist's current listings are disclosed to the public,
        // and an enterprise appeals its own listing
        .requestMatchers(GET, "/public/credit/blacklist")
        .permitAll()
        .requestMatchers(GET, "/credit", "/credit/enterprises/*")
        .authenticated()
        .requestMatchers(POST, "/credit/blacklist/*/appeal")
        .hasAnyRole(ADMIN, ENTERPRISE)
        .requestMatchers(
            GET, "/credit/inspections", "/credit/inspections/template.xlsx", "/credit/blacklist")
        .hasRole(ADMIN)
        .requestMatchers(
            POST,
            "/credit/inspections",
            "/credit/inspections/import",
            "/credit/penalties",
            "/credit/complaints",
            "/credit/blacklist",
            "/credit/blacklist/*/decision",
            "/credit/blacklist/*/repair")
        .hasRole(ADMIN)
        // shared equipment and capacity: as its API
        .requestMatchers(GET, "/sharing/resources/new", "/sharing/template.xlsx")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(
            POST,
            "/sharing/resources",
            "/sharing/import",
            "/sharing/bookings",
            "/sharing/bookings/*/decision",
            "/sharing/bookings/*/start",
            "/sharing/bookings/*/complete",
            "/sharing/bookings/*/rating",
            "/sharing/bookings/*/cancel",
            "/sharing/capacity")
        .hasAnyRole(ADMIN, CITY, COUNTY, ENTERPRISE)
        .requestMatchers(
            GET,
            "/sharing",
            "/sharing/resources/*",
            "/sharing/export.xlsx",
            "/sharing/bookings",
            "/sharing/statistics",
            "/sharing/capacity",
            "/sharing/capacity/*")
        .authenticated()
        .anyRequest()
        .denyAll();
  }
}
