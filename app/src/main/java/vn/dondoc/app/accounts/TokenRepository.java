package vn.dondoc.app.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens in table {@code api_token}, found by the SHA-256 of the token. */
@Repository
class TokenRepository {

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, String prefix, Instant expiresAt) {
        return jdbc.sql("""
                insert into api_token (user_id, name, token_hash, token_prefix, expires_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(userId, name, hash, prefix, expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    /** The user id of a live (not revoked, not expired) token with this hash. */
    /** The user of a live token and when it was last used (null: never). */
    record LiveToken(long userId, Instant lastUsedAt) {
    }

    Optional<LiveToken> findLive(String hash, Instant now) {
        return jdbc.sql("""
                select user_id, last_used_at from api_token
                 where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > ?)""")
                .params(hash, Timestamp.from(now))
                .query((rs, i) -> new LiveToken(rs.getLong(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .optional();
    }


    /** Records a use, at most once a minute per token, so that API traffic does not turn into writes. */
    void touch(String hash, Instant now) {
        jdbc.sql("update api_token set last_used_at = ? where token_hash = ?"
                        + " and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(now), hash, Timestamp.from(now.minusSeconds(60))).update();
    }

    void revokeAll(long userId, Instant now) {
        jdbc.sql("update api_token set revoked_at = ? where user_id = ? and revoked_at is null")
                .params(Timestamp.from(now), userId).update();
    }

    List<ApiTokenInfo> findByUser(long userId) {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, last_used_at, expires_at, revoked_at
                  from api_token where user_id = ? order by created_at desc""").param(userId)
                .query((rs, i) -> new ApiTokenInfo(rs.getLong("id"), rs.getString("name"),
                        rs.getString("token_prefix"), ts(rs.getTimestamp("created_at")),
                        ts(rs.getTimestamp("last_used_at")), ts(rs.getTimestamp("expires_at")),
                        ts(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes a token of this user; false when it is not theirs or already revoked. */
    boolean revoke(long userId, long tokenId, Instant now) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(Timestamp.from(now), tokenId, userId).update() == 1;
    }

    private static Instant ts(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
