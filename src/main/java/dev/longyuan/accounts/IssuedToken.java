package dev.longyuan.accounts;

/** A token just issued, with its secret: the only time the secret is seen. */
public record IssuedToken(ApiToken token, String secret) {}
