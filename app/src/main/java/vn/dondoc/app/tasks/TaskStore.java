package vn.dondoc.app.tasks;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.extraction.text.VietnameseText;

/** A task's own row: read for the detail page, corrected by the secretariat at the version read. */
@Repository
class TaskStore {

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TaskRecord> find(long id) {
        return jdbc.sql("""
                select t.id, t.notice_id, n.number, n.title, t.ref, t.content, t.original_deadline, t.deadline_text,
                       t.recurrence, t.standing, t.product, t.version
                  from task t left join notice n on n.id = t.notice_id where t.id = ?""").param(id)
                .query((rs, i) -> {
                    long notice = rs.getLong(2);
                    Long noticeId = rs.wasNull() ? null : notice;
                    return new TaskRecord(rs.getLong(1), noticeId, rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), AssignmentRepository.localDate(rs.getDate(7)), rs.getString(8),
                            rs.getString(9), rs.getBoolean(10), rs.getString(11), rs.getInt(12));
                }).optional();
    }

    List<NoticeTask> ofNotice(long noticeId) {
        return jdbc.sql("""
                select t.id, t.ref, t.content, t.original_deadline, t.deadline_text,
                       array(select g.name from assignment a join agency g on g.id = a.agency_id
                              where a.task_id = t.id and a.role = 'LEAD' and a.status <> 'CANCELLED' order by g.name) as leads,
                       array(select g.name from assignment a join agency g on g.id = a.agency_id
                              where a.task_id = t.id and a.role = 'SUPPORT' and a.status <> 'CANCELLED' order by g.name) as supports
                  from task t where t.notice_id = ? order by t.id""").param(noticeId)
                .query((rs, i) -> new NoticeTask(rs.getLong(1), rs.getString(2), rs.getString(3),
                        AssignmentRepository.localDate(rs.getDate(4)), rs.getString(5), names(rs.getArray(6)),
                        names(rs.getArray(7))))
                .list();
    }

    private static List<String> names(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    List<String> agencyNames(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select name from agency where id in (:ids) order by name").param("ids", ids)
                .query(String.class).list();
    }

    boolean update(long id, TaskEdit e) {
        return jdbc.sql("""
                update task set ref = ?, content = ?, original_deadline = ?, deadline_text = ?, recurrence = ?,
                       standing = ?, product = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(e.ref(), e.content(), AssignmentRepository.date(e.deadline()), e.deadlineText(), e.recurrence(),
                        e.standing(), e.product(), id, e.version())
                .update() == 1;
    }

    /** Re-folds the search text from the content and the task's agencies. */
    void reindex(long id, String content) {
        jdbc.sql("""
                update task t set search_text = ? || ' ' || coalesce((
                    select string_agg(distinct g.name_folded, ' ') from assignment a join agency g on g.id = a.agency_id
                     where a.task_id = t.id), '')
                 where t.id = ?""").params(VietnameseText.fold(content), id).update();
    }

    /** Open assignments still on the task's old deadline (not individually extended). */
    List<Long> onDeadline(long taskId, java.time.LocalDate deadline) {
        return jdbc.sql("""
                select id from assignment where task_id = ? and deadline is not distinct from ?
                   and status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION', 'SUSPENDED')""")
                .params(taskId, AssignmentRepository.date(deadline)).query(Long.class).list();
    }

    void setAssignmentDeadline(long assignmentId, java.time.LocalDate deadline, boolean standing) {
        jdbc.sql("update assignment set deadline = ?, standing = ?, version = version + 1 where id = ?")
                .params(deadline == null ? null : Date.valueOf(deadline), standing, assignmentId).update();
    }

    void setStanding(long taskId, boolean standing) {
        jdbc.sql("update assignment set standing = ? where task_id = ?").params(standing, taskId).update();
    }
}
