package vn.dondoc.app.tasks;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.dondoc.app.accounts.Role;

/**
 * Which role may take which action on an assignment (DOMAIN.md "Roles"). An agency officer's progress and
 * completion reports are drafts for the head; everything else an officer tries is refused. Pages ask the same
 * table to decide which buttons to show.
 */
public final class AssignmentPermissions {

    private static final Set<Role> HEAD = EnumSet.of(Role.AGENCY_HEAD);
    private static final Set<Role> AGENCY = EnumSet.of(Role.AGENCY_HEAD, Role.AGENCY_OFFICER);
    private static final Set<Role> SECRETARIAT = EnumSet.of(Role.SECRETARIAT, Role.ADMIN);
    private static final Set<Role> DECIDES_EXTENSIONS = EnumSet.of(Role.SECRETARIAT, Role.LEADER, Role.ADMIN);

    private static final Map<AssignmentAction, Set<Role>> ROLES = new EnumMap<>(AssignmentAction.class);

    static {
        ROLES.put(AssignmentAction.ACKNOWLEDGE, AGENCY);
        ROLES.put(AssignmentAction.REPORT_PROGRESS, HEAD);
        ROLES.put(AssignmentAction.REPORT_COMPLETION, HEAD);
        ROLES.put(AssignmentAction.DECLINE, HEAD);
        ROLES.put(AssignmentAction.REQUEST_EXTENSION, HEAD);
        ROLES.put(AssignmentAction.CONFIRM, SECRETARIAT);
        ROLES.put(AssignmentAction.SEND_BACK, SECRETARIAT);
        ROLES.put(AssignmentAction.SUSPEND, SECRETARIAT);
        ROLES.put(AssignmentAction.RESUME, SECRETARIAT);
        ROLES.put(AssignmentAction.CANCEL, SECRETARIAT);
        ROLES.put(AssignmentAction.REASSIGN, SECRETARIAT);
        ROLES.put(AssignmentAction.APPROVE_EXTENSION, DECIDES_EXTENSIONS);
        ROLES.put(AssignmentAction.REJECT_EXTENSION, DECIDES_EXTENSIONS);
    }

    private AssignmentPermissions() {
    }

    /** Whether {@code role} may take {@code action} itself (not as a draft). */
    public static boolean may(Role role, AssignmentAction action) {
        return ROLES.getOrDefault(action, Set.of()).contains(role);
    }

    /** Whether {@code role} takes {@code action} as a draft for the agency head. */
    public static boolean drafts(Role role, AssignmentAction action) {
        return role == Role.AGENCY_OFFICER
                && (action == AssignmentAction.REPORT_PROGRESS || action == AssignmentAction.REPORT_COMPLETION);
    }

    /** Whether {@code role} may add evidence files to its agency's assignments. */
    public static boolean attachesEvidence(Role role) {
        return AGENCY.contains(role);
    }
}
