package vn.dondoc.app.tasks;

/** Progress of one issued notice: its assignments, how many are done, overdue today, at risk. */
public record NoticeFigures(long noticeId, String number, long total, long done, long overdue, long atRisk) {
}
