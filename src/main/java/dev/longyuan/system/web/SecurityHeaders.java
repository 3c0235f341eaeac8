package dev.longyuan.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The response headers every page and API answer carries: a Content-Security-Policy that allows no
 * inline script and nothing from other sites, no framing, no content sniffing, and no referrer sent
 * to other sites.
 */
// before Spring Security's filters, so that its redirects and refusals carry the headers too
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeaders extends OncePerRequestFilter {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
          + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

  /**
   * A report is a document of its own, to be saved and sent: its styles are in it and its charts
   * are pictures in it, and it runs no script and loads nothing.
   */
  static final String REPORT_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none';"
          + " form-action 'none'; base-uri 'none'";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // Swagger UI ships its own inline script and styles; everything else is served from this site
    String path = request.getRequestURI();
    boolean document =
        (path.startsWith("/api/plans/") && path.contains("/reports/"))
            || (path.startsWith("/plans/")
                && (path.endsWith("/file") || path.endsWith("/document")));
    if (document) {
      response.setHeader("Content-Security-Policy", REPORT_POLICY);
    } else if (!path.startsWith("/swagger-ui")) {
      response.setHeader("Content-Security-Policy", POLICY);
    }
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    chain.doFilter(request, response);
  }
}
