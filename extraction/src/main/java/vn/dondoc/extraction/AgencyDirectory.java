package vn.dondoc.extraction;

import java.util.Optional;

/**
 * Resolves a written mention of an agency ("Sở Tài chính", "So Tai chinh", "S¢ KH&CN", "UBND các xã,
 * phường, đặc khu") to an entry of an agency directory. The extraction library only depends on this
 * interface; the app supplies one backed by its database, the library ships a CSV-backed one for the
 * CLI and tests.
 */
public interface AgencyDirectory {

    /**
     * The best-scoring agency or group for the mention, or empty when nothing scores high enough to be
     * trusted. Implementations are thread-safe.
     */
    Optional<AgencyMatch> resolve(String mention);

    /** A directory that knows no agency: every mention stays as written. */
    static AgencyDirectory empty() {
        return mention -> Optional.empty();
    }
}
