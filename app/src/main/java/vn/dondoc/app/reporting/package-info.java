/**
 * Reporting: the two-weekly progress report, agency scorecards, exports (DOCX/XLSX/PDF). Not built yet: the package exists so that the module map of ARCHITECTURE.md is in place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Báo cáo")
package vn.dondoc.app.reporting;
