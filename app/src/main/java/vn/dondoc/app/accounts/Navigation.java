package vn.dondoc.app.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The main menu and who may open each section. The security configuration guards the same paths with
 * the same roles, so the menu never shows what the server would refuse.
 */
public final class Navigation {

    /** One menu entry: message key of its label, its path, the roles that see it. */
    public record Item(String key, String path, Set<Role> roles) {
        public boolean visibleTo(Role role) {
            return roles.contains(role);
        }
    }

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> PROVINCE = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.LEADER, Role.INSPECTOR);

    public static final List<Item> ITEMS = List.of(
            new Item("nav.dashboard", "/", ALL),
            new Item("nav.notices", "/notices", PROVINCE),
            new Item("nav.inbox", "/inbox", EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.LEADER, Role.AGENCY_HEAD, Role.AGENCY_OFFICER)),
            new Item("nav.tasks", "/tasks", ALL),
            new Item("nav.reports", "/reports", EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.LEADER, Role.INSPECTOR, Role.AGENCY_HEAD)),
            new Item("nav.indicators", "/indicators", ALL),
            new Item("nav.budget", "/budget", EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.LEADER, Role.INSPECTOR, Role.AGENCY_HEAD)),
            new Item("nav.audit", "/audit", EnumSet.of(Role.ADMIN, Role.INSPECTOR)),
            new Item("nav.admin", "/admin", EnumSet.of(Role.ADMIN)));

    private Navigation() {
    }

    public static List<Item> visibleTo(Role role) {
        return ITEMS.stream().filter(i -> i.visibleTo(role)).toList();
    }

    /** Spring Security role names allowed on an item's path. */
    static String[] roleNames(Item item) {
        return item.roles().stream().map(Enum::name).toArray(String[]::new);
    }
}
