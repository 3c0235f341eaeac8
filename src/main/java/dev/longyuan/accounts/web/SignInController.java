package dev.longyuan.accounts.web;

import dev.longyuan.accounts.AccountRefused;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.accounts.Requester;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sign-in page (the form posts to Spring Security), and the one-time setup page that creates
 * the first administrator: it answers only while there is none, only to the machine itself, and not
 * through a proxy (which would make every request look local).
 */
@Controller
class SignInController {

  static final String VIEW_LOGIN = "accounts/login";
  static final String VIEW_SETUP = "accounts/setup";

  private final Accounts accounts;

  SignInController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("setupOpen", !accounts.anyAdministrator());
    return VIEW_LOGIN;
  }

  @GetMapping("/setup")
  String setup(HttpServletRequest request) {
    requireSetupAllowed(request);
    return VIEW_SETUP;
  }

  @PostMapping("/setup")
  String createAdministrator(
      @RequestParam String username,
      @RequestParam String password,
      @RequestParam String confirmation,
      HttpServletRequest request,
      Model model) {
    requireSetupAllowed(request);
    try {
      if (!password.equals(confirmation)) {
        throw new AccountRefused("password.mismatch", "两次输入的密码不一致", "the two passwords differ");
      }
      accounts.createFirstAdministrator(
          username, password, new Requester("setup", request.getRemoteAddr()));
    } catch (AccountRefused refused) {
      model.addAttribute("refused", refused);
      model.addAttribute("username", username);
      return VIEW_SETUP;
    }
    return "redirect:/login?created";
  }

  private void requireSetupAllowed(HttpServletRequest request) {
    boolean proxied =
        request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null;
    if (accounts.anyAdministrator() || proxied || !isLoopback(request.getRemoteAddr())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private static boolean isLoopback(String address) {
    try {
      // the remote address is always a literal, so this looks nothing up
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
