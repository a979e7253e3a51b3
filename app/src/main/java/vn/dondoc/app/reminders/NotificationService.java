package vn.dondoc.app.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.shared.DomainException;

/** The notification centre: each user sees and marks only their own notifications (someone else's id is 404). */
@Service
public class NotificationService {

    static final int PAGE = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(long userId, String title, String body, String link) {
        jdbc.sql("insert into notification (user_id, title, body, link, created_at) values (?, ?, ?, ?, ?)")
                .params(userId, DigestTexts.shorten(title, 300), body, link, Timestamp.from(clock.instant())).update();
    }

    /** The signed-in user's latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> mine() {
        return jdbc.sql("select id, title, body, link, created_at, read_at from notification where user_id = ?"
                        + " order by id desc limit " + PAGE)
                .param(CurrentUser.require().id())
                .query((rs, i) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Unread notifications of the signed-in user (the badge in the header). */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return CurrentUser.get().map(me -> jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(me.id()).query(Long.class).single()).orElse(0L);
    }

    @Transactional
    public void markRead(long id) {
        int n = jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and user_id = ?")
                .params(Timestamp.from(clock.instant()), id, CurrentUser.require().id()).update();
        if (n == 0) {
            throw DomainException.notFound("notification_not_found", "Không tìm thấy thông báo.");
        }
    }

    /** Returns how many were unread. */
    @Transactional
    public int markAllRead() {
        return jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), CurrentUser.require().id()).update();
    }
}
