/**
 * Audit: the append-only change log, fed by events from every module. Not built yet: the package exists so that the module map of ARCHITECTURE.md is in place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhật ký")
package vn.dondoc.app.audit;
