package vn.dondoc.extraction;

import java.util.Objects;

/**
 * A directory entry matched by a mention.
 *
 * @param code  stable identifier of the agency or group in its directory
 * @param name  canonical name with diacritics ("Sở Khoa học và Công nghệ")
 * @param kind  kind of entry ("SO_BAN_NGANH", "XA_PHUONG", "GROUP", …) as the directory spells it
 * @param group true when the entry is a group whose members each get an assignment
 * @param score similarity in [0, 1]; 1 is an exact match of a name or alias after folding
 */
public record AgencyMatch(String code, String name, String kind, boolean group, double score) {
    public AgencyMatch {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be in [0,1]: " + score);
        }
    }
}
