/**
 * Notices: uploaded notices (original file kept in the database), the background extraction run with its
 * progress, duplicate detection, and the extracted header and tasks awaiting review. Review and issuing
 * come next (issue 4). Facade: {@link vn.dondoc.app.notices.NoticeService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thông báo kết luận",
        allowedDependencies = {"accounts", "agencies", "platform", "shared"})
package vn.dondoc.app.notices;
