package dev.longyuan.accounts.internal;

import dev.longyuan.accounts.Account;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it: the account, and its role as an authority. */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

  private final Account account;
  private @Nullable String passwordHash;

  AccountPrincipal(Account account, @Nullable String passwordHash) {
    this.account = account;
    this.passwordHash = passwordHash;
  }

  Account account() {
    return account;
  }

  static List<GrantedAuthority> authorities(Account account) {
    return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return authorities(account);
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return account.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return !account.lockedAt(Instant.now());
  }

  @Override
  public boolean isEnabled() {
    return account.enabled();
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
