package dev.longyuan.accounts.internal;

import dev.longyuan.accounts.persistence.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a user and their password hash for sign-in by form or HTTP Basic. */
@Component
class AccountUserDetailsService implements UserDetailsService {

  private final AccountRepository accounts;

  AccountUserDetailsService(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return accounts
        .credentials(username)
        .map(c -> new AccountPrincipal(c.account(), c.passwordHash()))
        .orElseThrow(() -> new UsernameNotFoundException(username));
  }
}
