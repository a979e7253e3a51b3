package vn.dondoc.app.reminders;

import java.time.LocalDate;

/**
 * What one run of the reminders job did.
 *
 * @param events        reminder events newly recorded as sent
 * @param notifications in-app digests created (one per recipient)
 * @param mails         mails put in the outbox
 */
public record ReminderRun(LocalDate day, int events, int notifications, int mails) {

    /** One Vietnamese line for admins. */
    public String summary() {
        return "Nhắc việc ngày " + vn.dondoc.app.shared.VnDates.DATE.format(day) + ": " + events + " sự kiện mới, "
                + notifications + " thông báo, " + mails + " thư vào hộp thư đi.";
    }
}
