/**
 * Notices: uploaded notices (original file, text, extraction run), review and issuing. Not built yet: the package exists so that the module map of ARCHITECTURE.md is in place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thông báo kết luận")
package vn.dondoc.app.notices;
