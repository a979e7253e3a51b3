package vn.dondoc.app.agencies;

import java.util.List;

/**
 * An agency or a group of agencies.
 *
 * @param kind        e.g. SO_BAN_NGANH, XA_PHUONG_DAC_KHU, BO_NGANH_TW, GROUP
 * @param memberSpec  for groups: which agencies are members ({@code kind:SO_BAN_NGANH|CODE|…})
 * @param unspecified for groups like "các cơ quan liên quan": not expanded, a note for the lead
 */
public record Agency(long id, String code, String name, String kind, String shortName, List<String> aliases,
                     boolean group, String memberSpec, boolean unspecified, boolean active, int version) {

    public Agency {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
