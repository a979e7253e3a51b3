/**
 * Search: one box across notices, tasks, progress reports and comments, diacritics and case ignored ("so tai chinh
 * quy I" finds "Sở Tài chính … Quý I"), every hit filtered by permission by the module that owns it (each contributes a
 * {@link vn.dondoc.app.shared.SearchSource}). Facade:
 * {@link vn.dondoc.app.search.SearchService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tìm kiếm", allowedDependencies = {"shared"})
package vn.dondoc.app.search;
