/**
 * Notices: uploaded notices (original file kept in the database), the background extraction run with its
 * progress, duplicate detection, the review of the extracted header and tasks (page {@code /notices/{id}}: original
 * text beside the editable tasks, saved with a version check), and issuing them as tasks. Facade:
 * {@link vn.dondoc.app.notices.NoticeService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thông báo kết luận",
        allowedDependencies = {"accounts", "agencies", "tasks", "platform", "shared"})
package vn.dondoc.app.notices;
