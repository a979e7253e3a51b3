/**
 * Budget: allocations and disbursements. Not built yet: the package exists so that the module map of ARCHITECTURE.md is in place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kinh phí")
package vn.dondoc.app.budget;
