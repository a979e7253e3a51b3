package vn.dondoc.extraction.agency;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One row of the agency directory: an agency (a row of {@code agencies.csv}) or a group assignee (a row of
 * {@code groups.csv}). The app stores the same fields in its database and builds an {@link AgencyMatcher}
 * over them, so nothing here depends on CSV.
 *
 * @param code        stable ASCII identifier ("QNG-SO-KHCN", "GRP-SBN-DP")
 * @param name        canonical name with diacritics ("Sở Khoa học và Công nghệ")
 * @param kind        agency kind ("SO_BAN_NGANH", "XA_PHUONG_DAC_KHU", …); {@link #KIND_GROUP} or
 *                    {@link #KIND_GROUP_UNSPECIFIED} for groups
 * @param shortName   usual short form ("Sở KH&CN"), may be empty
 * @param aliases     other written forms: abbreviations, old names, forms with "tỉnh"…
 * @param group       true for a group assignee (one assignment per member when issued)
 * @param memberSpec  for groups: "kind:KIND", "code:CODE", "code:PREFIX-*" or a bare code; empty otherwise
 * @param unspecified for groups such as "các cơ quan liên quan": never expanded, the lead resolves them
 */
public record AgencyEntry(String code, String name, String kind, String shortName, List<String> aliases,
                          boolean group, List<String> memberSpec, boolean unspecified) {

    public static final String KIND_GROUP = "GROUP";
    public static final String KIND_GROUP_UNSPECIFIED = "GROUP_UNSPECIFIED";

    public AgencyEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        code = code.strip();
        name = name.strip();
        if (code.isEmpty() || name.isEmpty()) {
            throw new IllegalArgumentException("code and name are required: '" + code + "', '" + name + "'");
        }
        kind = kind == null ? "" : kind.strip();
        shortName = shortName == null ? "" : shortName.strip();
        aliases = clean(aliases);
        memberSpec = clean(memberSpec);
        if (!group && (unspecified || !memberSpec.isEmpty())) {
            throw new IllegalArgumentException(code + ": only groups have members or the unspecified flag");
        }
    }

    /** An agency row. */
    public static AgencyEntry agency(String code, String name, String kind, String shortName, List<String> aliases) {
        return new AgencyEntry(code, name, kind, shortName, aliases, false, List.of(), false);
    }

    /** A group row; its kind is {@link #KIND_GROUP} or {@link #KIND_GROUP_UNSPECIFIED}. */
    public static AgencyEntry group(String code, String name, List<String> aliases, List<String> memberSpec,
                                    boolean unspecified) {
        return new AgencyEntry(code, name, unspecified ? KIND_GROUP_UNSPECIFIED : KIND_GROUP, "", aliases, true,
                memberSpec, unspecified);
    }

    /** Name, short name and aliases, without blanks or repeats, name first. */
    public List<String> allNames() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(name);
        if (!shortName.isEmpty()) {
            all.add(shortName);
        }
        all.addAll(aliases);
        return List.copyOf(all);
    }

    private static List<String> clean(List<String> xs) {
        if (xs == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String x : xs) {
            if (x != null && !x.isBlank() && !out.contains(x.strip())) {
                out.add(x.strip());
            }
        }
        return List.copyOf(out);
    }
}
