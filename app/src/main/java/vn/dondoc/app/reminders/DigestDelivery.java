package vn.dondoc.app.reminders;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Hands one recipient's digest to the notification centre and, when they take mail, to the outbox. */
@Component
class DigestDelivery {

    private final NotificationService notifications;
    private final OutboxService outbox;
    private final MailComposer mails;
    private final DigestTexts texts;

    DigestDelivery(NotificationService notifications, OutboxService outbox, MailComposer mails, DigestTexts texts) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.mails = mails;
        this.texts = texts;
    }

    /** Returns whether a mail was queued. */
    boolean deliver(Recipient to, LocalDate day, List<DigestItem> items) {
        String link = items.stream().map(DigestItem::taskId).distinct().count() == 1 ? "/tasks/" + items.get(0).taskId() : "/inbox";
        notifications.add(to.id(), texts.title(day, items.size()), texts.body(items), link);
        if (!to.wantsMail()) {
            return false;
        }
        MailComposer.Mail mail = mails.digest(to, day, items);
        outbox.enqueue(to.id(), to.email(), mail.subject(), mail.text(), mail.html());
        return true;
    }
}
