/**
 * Notices: uploaded notices (original file kept in the database), the background extraction run with its
 * progress, duplicate detection, and the extracted header and tasks awaiting review, issuing them as tasks. The
 * review editor comes next (issue 4). Facade: {@link vn.dondoc.app.notices.NoticeService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thông báo kết luận",
        allowedDependencies = {"accounts", "agencies", "tasks", "platform", "shared"})
package vn.dondoc.app.notices;
