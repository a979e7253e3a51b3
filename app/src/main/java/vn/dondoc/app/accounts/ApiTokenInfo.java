package vn.dondoc.app.accounts;

import java.time.Instant;

/** A personal access token as its owner sees it: never the token itself, only its first characters. */
public record ApiTokenInfo(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                           Instant expiresAt, Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
