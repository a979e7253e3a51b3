package vn.dondoc.app.accounts;

import java.time.Instant;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.shared.Hashes;

/** Personal access tokens: 32 random bytes shown once, stored as SHA-256. */
@Component
class ApiTokens {

    static final String PREFIX = "ddk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenRepository repository;
    private final Clock clock;

    ApiTokens(TokenRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    IssuedToken create(long userId, String name) {
        String label = name == null || name.isBlank() ? "Mã truy cập API" : name.trim();
        if (label.length() > 100) {
            throw DomainException.invalid("token_name_too_long", "Tên mã truy cập tối đa 100 ký tự.");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = repository.insert(userId, label, Hashes.sha256(token), token.substring(0, 10), null);
        return new IssuedToken(id, label, token);
    }

    /** The owner of a live token, recording its use. */
    Optional<Long> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Hashes.sha256(token);
        Instant now = clock.instant();
        Optional<TokenRepository.LiveToken> live = repository.findLive(hash, now);
        live.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minusSeconds(60)))
                .ifPresent(t -> repository.touch(hash, now));
        return live.map(TokenRepository.LiveToken::userId);
    }

    List<ApiTokenInfo> list(long userId) {
        return repository.findByUser(userId);
    }

    boolean revoke(long userId, long tokenId) {
        return repository.revoke(userId, tokenId, clock.instant());
    }

    void revokeAll(long userId) {
        repository.revokeAll(userId, clock.instant());
    }

}
