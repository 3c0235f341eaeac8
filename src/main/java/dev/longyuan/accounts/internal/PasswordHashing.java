package dev.longyuan.accounts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed, for the platform and its commands alike. */
@Configuration
class PasswordHashing {

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt, named in the stored hash ({bcrypt}…) so that the algorithm can change later
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
