package vn.dondoc.app.reminders;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** When reminders last went out about assignments (the dashboard's overdue list shows it). */
@Service
public class ReminderHistory {

    private final JdbcClient jdbc;

    ReminderHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The day of the latest reminder per assignment, for those of {@code assignmentIds} that had one. */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> lastSent(Collection<Long> assignmentIds) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (assignmentIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select assignment_id, max(run_date) from reminder_sent
                 where assignment_id in (:ids) group by assignment_id""")
                .param("ids", assignmentIds)
                .query((rs, i) -> out.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        return out;
    }
}
