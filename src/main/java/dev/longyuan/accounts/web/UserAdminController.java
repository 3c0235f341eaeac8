package dev.longyuan.accounts.web;

import dev.longyuan.accounts.AccountRefused;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.accounts.NewAccount;
import dev.longyuan.accounts.Requester;
import dev.longyuan.accounts.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's user list: create users, disable and enable, unlock, reset a password. */
@Controller
class UserAdminController {

  static final String VIEW_USERS = "accounts/users";

  private final Accounts accounts;

  UserAdminController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/admin/users")
  String users(Model model) {
    model.addAttribute("users", accounts.all());
    model.addAttribute("roles", List.of(Role.values()));
    model.addAttribute("now", java.time.Instant.now());
    model.addAttribute("cleared", accounts.clearedUsers());
    return VIEW_USERS;
  }

  @PostMapping("/admin/users")
  String create(
      @RequestParam String username,
      @RequestParam String password,
      @RequestParam String role,
      @RequestParam(required = false) @Nullable String regionCode,
      @RequestParam(required = false) @Nullable String enterpriseCode,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        redirect,
        "created",
        username,
        () ->
            accounts.create(
                new NewAccount(username, password, role, blank(regionCode), blank(enterpriseCode)),
                requester(principal, request)));
  }

  @PostMapping("/admin/users/{username}/disable")
  String disable(
      @PathVariable String username,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        redirect,
        "disabled",
        username,
        () -> accounts.setEnabled(username, false, requester(principal, request)));
  }

  @PostMapping("/admin/users/{username}/enable")
  String enable(
      @PathVariable String username,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        redirect,
        "enabled",
        username,
        () -> accounts.setEnabled(username, true, requester(principal, request)));
  }

  @PostMapping("/admin/users/{username}/unlock")
  String unlock(
      @PathVariable String username,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        redirect,
        "unlocked",
        username,
        () -> accounts.unlock(username, requester(principal, request)));
  }

  @PostMapping("/admin/users/{username}/password")
  String resetPassword(
      @PathVariable String username,
      @RequestParam String password,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        redirect,
        "reset",
        username,
        () -> accounts.resetPassword(username, password, requester(principal, request)));
  }

  @PostMapping("/admin/users/{username}/clearance")
  String grantClearance(
      @PathVariable String username,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        redirect,
        "cleared",
        username,
        () -> accounts.grantClearance(username, requester(principal, request)));
  }

  @PostMapping("/admin/users/{username}/clearance/withdraw")
  String withdrawClearance(
      @PathVariable String username,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        redirect,
        "uncleared",
        username,
        () -> accounts.withdrawClearance(username, requester(principal, request)));
  }

  private static String act(
      RedirectAttributes redirect, String done, String username, Runnable change) {
    try {
      change.run();
      redirect.addFlashAttribute("done", done);
      redirect.addFlashAttribute("subject", username);
    } catch (AccountRefused refused) {
      redirect.addFlashAttribute("refused", refused);
    }
    return "redirect:/admin/users";
  }

  private static Requester requester(Principal principal, HttpServletRequest request) {
    return new Requester(principal.getName(), request.getRemoteAddr());
  }

  private static @Nullable String blank(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
