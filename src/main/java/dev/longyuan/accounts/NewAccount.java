package dev.longyuan.accounts;

import org.jspecify.annotations.Nullable;

/**
 * A user to create: a city or county user names its region (GB/T 2260), an enterprise reporter its
 * enterprise's unified social credit code; province users name neither.
 */
public record NewAccount(
    String username,
    String password,
    String role,
    @Nullable String regionCode,
    @Nullable String enterpriseCode) {}
