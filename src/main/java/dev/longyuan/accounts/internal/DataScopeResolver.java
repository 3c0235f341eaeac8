package dev.longyuan.accounts.internal;

import dev.longyuan.shared.DataScope;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller that asks for a {@link DataScope} the signed-in user's, so that every module
 * reads and writes data within the user's scope without knowing about accounts.
 */
final class DataScopeResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == DataScope.class;
  }

  @Override
  public DataScope resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal user) {
      return user.account().scope();
    }
    // a route that reads data without a rule requiring sign-in: refuse rather than guess
    throw new AccessDeniedException("no signed-in user for a route that reads data");
  }
}
