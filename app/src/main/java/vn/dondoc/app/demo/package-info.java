/**
 * Demo data: in demo mode, on an empty database, five invented notices in the style of Quảng Ngãi's conclusion
 * notices are imported, four issued, and their assignments taken through every state and timeliness bucket
 * relative to today with the real services (reports, evidence, extensions, drafts, confirmations).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dữ liệu mẫu",
        allowedDependencies = {"accounts", "agencies", "notices", "tasks", "platform", "shared"})
package vn.dondoc.app.demo;
