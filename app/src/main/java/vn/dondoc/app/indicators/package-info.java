/**
 * Indicators: KPI definitions, targets, values, data-quality checks. Not built yet: the package exists so that the module map of ARCHITECTURE.md is in place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chỉ số")
package vn.dondoc.app.indicators;
