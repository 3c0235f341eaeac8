package dev.longyuan.accounts.internal;

import dev.longyuan.accounts.Accounts;
import dev.longyuan.accounts.AuditLog;
import dev.longyuan.accounts.persistence.AccountRepository;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Two ways in. The API ({@code /api/**}, and the EPCIS interface {@code /epcis/**}) takes HTTP
 * Basic or a bearer token on every request and keeps no session, so it needs no CSRF token; the
 * pages sign in with a form, keep a session that ends after inactivity, and check a CSRF token on
 * every form. Who may reach which route is {@link AccessPolicy}; whose data they see is their
 * {@link dev.longyuan.shared.DataScope}.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      Accounts accounts,
      AuditLog auditLog,
      AccountRepository repository,
      Limits limits)
      throws Exception {
    // the EPCIS interface is an API as /api is: HTTP Basic or a token, no session
    http.securityMatcher("/api/**", "/epcis/**")
        .authorizeHttpRequests(AccessPolicy::api)
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (request, response, e) -> {
                      response.setHeader("WWW-Authenticate", "Basic realm=\"longyuan\"");
                      Refusals.write(
                          response,
                          HttpServletResponse.SC_UNAUTHORIZED,
                          "signin.required",
                          "请登录：HTTP Basic 或 Authorization: Bearer 令牌",
                          "sign in: HTTP Basic or Authorization: Bearer <token>");
                    }))
        // no cookie is read here: every request carries its own credentials, so forged
        // cross-site requests have none to ride on
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                    (request, response, denied) ->
                        Refusals.write(
                            response,
                            HttpServletResponse.SC_FORBIDDEN,
                            "access.denied",
                            "无权访问此接口",
                            "your role may not use this route")))
        .addFilterBefore(new SignInThrottle(limits), BasicAuthenticationFilter.class)
        .addFilterBefore(
            new BearerTokenFilter(accounts, auditLog, limits), BasicAuthenticationFilter.class)
        .addFilterBefore(new CurrentAccountFilter(repository), AuthorizationFilter.class)
        .addFilterAfter(new ExpensiveCallLimits(limits), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, AccountRepository repository, Limits limits)
      throws Exception {
    http.authorizeHttpRequests(AccessPolicy::pages)
        .formLogin(
            form ->
                form.loginPage("/login")
                    .failureHandler(
                        (request, response, e) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + "/login?"
                                    + (e instanceof LockedException
                                        ? "locked"
                                        : e instanceof DisabledException ? "inactive" : "error")))
                    .permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/").permitAll())
        .addFilterBefore(new SignInThrottle(limits), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new CurrentAccountFilter(repository), AuthorizationFilter.class)
        .addFilterAfter(new ExpensiveCallLimits(limits), AuthorizationFilter.class);
    return http.build();
  }
}
