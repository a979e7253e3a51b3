package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dondoc.app.tasks.AssignmentAction.*;
import static vn.dondoc.app.tasks.AssignmentStatus.*;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every action from every state: the legal ones lead where DOMAIN.md says, the others are refused. */
class AssignmentActionTest {

    /** The expected transition table; a missing entry means "refused". */
    static final Map<AssignmentAction, Map<AssignmentStatus, AssignmentStatus>> TABLE = new EnumMap<>(AssignmentAction.class);

    static {
        put(REPORT_PROGRESS, ASSIGNED, IN_PROGRESS);
        put(REPORT_PROGRESS, IN_PROGRESS, IN_PROGRESS);
        put(REPORT_COMPLETION, ASSIGNED, AWAITING_CONFIRMATION);
        put(REPORT_COMPLETION, IN_PROGRESS, AWAITING_CONFIRMATION);
        put(CONFIRM, AWAITING_CONFIRMATION, DONE);
        put(SEND_BACK, AWAITING_CONFIRMATION, IN_PROGRESS);
        put(DECLINE, ASSIGNED, DECLINED);
        put(DECLINE, IN_PROGRESS, DECLINED);
        put(REQUEST_EXTENSION, ASSIGNED, ASSIGNED);
        put(REQUEST_EXTENSION, IN_PROGRESS, IN_PROGRESS);
        put(ACKNOWLEDGE, ASSIGNED, IN_PROGRESS);
        for (AssignmentStatus s : new AssignmentStatus[] {ASSIGNED, IN_PROGRESS, AWAITING_CONFIRMATION}) {
            put(APPROVE_EXTENSION, s, s);
            put(REJECT_EXTENSION, s, s);
        }
        put(REJECT_EXTENSION, SUSPENDED, SUSPENDED);
        put(REASSIGN, DECLINED, CANCELLED);
        put(SUSPEND, ASSIGNED, SUSPENDED);
        put(SUSPEND, IN_PROGRESS, SUSPENDED);
        put(SUSPEND, AWAITING_CONFIRMATION, SUSPENDED);
        put(RESUME, SUSPENDED, IN_PROGRESS);
        for (AssignmentStatus s : new AssignmentStatus[] {ASSIGNED, IN_PROGRESS, AWAITING_CONFIRMATION, DECLINED, SUSPENDED}) {
            put(CANCEL, s, CANCELLED);
        }
    }

    static void put(AssignmentAction a, AssignmentStatus from, AssignmentStatus to) {
        TABLE.computeIfAbsent(a, k -> new EnumMap<>(AssignmentStatus.class)).put(from, to);
    }

    @Test
    void everyActionFromEveryState() {
        int legal = 0;
        for (AssignmentAction action : AssignmentAction.values()) {
            for (AssignmentStatus status : AssignmentStatus.values()) {
                AssignmentStatus expected = TABLE.getOrDefault(action, Map.of()).get(status);
                if (expected != null) {
                    assertThat(action.apply(status)).as(action + " from " + status).isEqualTo(expected);
                    legal++;
                } else {
                    assertThatThrownBy(() -> action.apply(status)).as(action + " from " + status)
                            .isInstanceOf(IllegalTransitionException.class)
                            .hasMessageStartingWith("Không thể " + action.label())
                            .hasMessageContaining(status.label());
                }
            }
        }
        assertThat(legal).isEqualTo(28);
    }

    @Test
    void finishedWorkCannotBeReopenedOrReportedOn() {
        for (AssignmentAction a : AssignmentAction.values()) {
            assertThat(a.allowedFrom(DONE)).as(a.name()).isFalse();
            assertThat(a.allowedFrom(CANCELLED)).as(a.name()).isFalse();
        }
    }
}
