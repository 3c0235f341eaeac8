package dev.longyuan.trace.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every answer of the EPCIS interface, refusals included, says which versions of EPCIS and CBV it
 * speaks, as the REST binding asks.
 */
@Component
class EpcisHeaders extends OncePerRequestFilter {

  static final String EPCIS_VERSION = "2.0.0";
  static final String CBV_VERSION = "2.0.0";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/epcis/")
        && !request.getRequestURI().equals(request.getContextPath() + "/epcis");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("GS1-EPCIS-Version", EPCIS_VERSION);
    response.setHeader("GS1-CBV-Version", CBV_VERSION);
    chain.doFilter(request, response);
  }
}
