package dev.longyuan.accounts.web;

import dev.longyuan.accounts.Account;
import dev.longyuan.accounts.AccountRefused;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.accounts.IssuedToken;
import dev.longyuan.accounts.Requester;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: who they are, whose data they see, password and API tokens. */
@Controller
class AccountPageController {

  static final String VIEW_ACCOUNT = "accounts/account";
  static final String VIEW_PASSWORD = "accounts/password";

  private final Accounts accounts;

  AccountPageController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/account")
  String account(Principal principal, Model model) {
    Account account = accounts.find(principal.getName()).orElseThrow();
    model.addAttribute("account", account);
    model.addAttribute("tokens", accounts.tokens(account.username()));
    return VIEW_ACCOUNT;
  }

  @GetMapping("/account/password")
  String passwordForm(Principal principal, Model model) {
    model.addAttribute("account", accounts.find(principal.getName()).orElseThrow());
    return VIEW_PASSWORD;
  }

  @PostMapping("/account/password")
  String changePassword(
      @RequestParam String current,
      @RequestParam String password,
      @RequestParam String confirmation,
      Principal principal,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    try {
      if (!password.equals(confirmation)) {
        throw new AccountRefused(
            "password.mismatch", "两次输入的新密码不一致", "the two new passwords differ");
      }
      accounts.changePassword(
          principal.getName(),
          current,
          password,
          new Requester(principal.getName(), request.getRemoteAddr()));
    } catch (AccountRefused refused) {
      model.addAttribute("account", accounts.find(principal.getName()).orElseThrow());
      model.addAttribute("refused", refused);
      return VIEW_PASSWORD;
    }
    redirect.addFlashAttribute("passwordChanged", true);
    return "redirect:/account";
  }

  @PostMapping("/account/tokens")
  String issueToken(
      @RequestParam String name,
      @RequestParam String scope,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    try {
      IssuedToken issued =
          accounts.issueToken(
              principal.getName(),
              name,
              scope,
              new Requester(principal.getName(), request.getRemoteAddr()));
      redirect.addFlashAttribute("issued", issued);
    } catch (AccountRefused refused) {
      redirect.addFlashAttribute("refused", refused);
    }
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revokeToken(
      @PathVariable long id,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    try {
      accounts.revokeToken(
          id, principal.getName(), new Requester(principal.getName(), request.getRemoteAddr()));
      redirect.addFlashAttribute("revoked", id);
    } catch (AccountRefused refused) {
      redirect.addFlashAttribute("refused", refused);
    }
    return "redirect:/account";
  }
}
