package vn.dondoc.app.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dondoc.app.reporting.Block.Align;
import vn.dondoc.app.reporting.Block.Cell;
import vn.dondoc.app.reporting.Block.Columns;
import vn.dondoc.app.reporting.Block.Para;
import vn.dondoc.app.reporting.Block.Table;
import vn.dondoc.app.shared.VnDates;

/**
 * The progress report in the Decree 30/2020 layout as {@link Block}s: header and motto, number placeholder, place
 * and date, title, summary by reporting bucket (with the count of work at risk), per-agency table, overdue list,
 * work at risk (rated amber or red by the agency, not yet overdue), work due in the next period, what to raise at
 * the next meeting, "Nơi nhận" and signature.
 */
final class ProgressDocument {

    static final String MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";
    static final String TITLE = "Tiến độ thực hiện các kết luận, chỉ đạo";

    private ProgressDocument() {
    }

    static List<Block> build(ProgressData d, ReportSettings s) {
        List<Block> b = new ArrayList<>();
        b.add(new Columns(
                List.of(Cell.plain(s.parentAgency()), Cell.bold(s.agency()), Cell.plain("―――――"),
                        Cell.plain("Số: …/BC-" + s.agencyCode())),
                List.of(Cell.bold(MOTTO_1), Cell.bold(MOTTO_2), Cell.plain("―――――――――――――"),
                        Cell.italic(dateLine(s.place(), d.today()))),
                45, false, 12));
        b.add(new Para("", false, false, Align.CENTER, 13));
        b.add(new Para("BÁO CÁO", true, false, Align.CENTER, 14));
        b.add(new Para(TITLE, true, false, Align.CENTER, 14));
        b.add(new Para("(Từ ngày " + date(d.from()) + " đến ngày " + date(d.to()) + "; phạm vi: " + d.scopeLabel() + ")",
                false, true, Align.CENTER, 13));
        b.add(Para.body("Tình trạng nhiệm vụ được tính đến ngày " + date(d.today()) + ", theo thời hạn đang có hiệu lực"
                + " (sau gia hạn). Mỗi cơ quan được giao (chủ trì hoặc phối hợp) được tính là một phân công."));

        b.add(Para.heading("I. KẾT QUẢ THỰC HIỆN CHUNG"));
        long total = ProgressData.total(d.all());
        long periodTotal = ProgressData.total(d.inPeriod());
        b.add(Para.body("Tổng số phân công nhiệm vụ đang theo dõi: " + total + "; trong đó có thời hạn trong kỳ báo cáo: "
                + periodTotal + "."));
        List<List<String>> summary = new ArrayList<>();
        summary.add(List.of("TT", "Nhóm", "Lũy kế", "Tỷ lệ", "Thời hạn trong kỳ"));
        int i = 1;
        for (Buckets bucket : Buckets.values()) {
            long n = bucket.count(d.all());
            summary.add(List.of(String.valueOf(i++), bucket.label(), String.valueOf(n), percent(n, total),
                    String.valueOf(bucket.count(d.inPeriod()))));
        }
        summary.add(List.of("", "Tổng cộng", String.valueOf(total), total == 0 ? "" : "100%", String.valueOf(periodTotal)));
        b.add(new Table(new int[] {6, 50, 14, 12, 18}, summary, Set.of(0, summary.size() - 1), 12));
        b.add(Para.body("Nhiệm vụ có nguy cơ chậm (chưa quá hạn, cơ quan, đơn vị tự đánh giá mức vàng hoặc đỏ trong báo"
                + " cáo gần nhất): " + d.atRiskTotal() + (d.atRiskTotal() == 0 ? "." : "; trong đó mức đỏ (không kịp hạn): "
                + d.atRiskRed() + " (chi tiết tại mục IV).")));

        b.add(Para.heading("II. KẾT QUẢ THEO CƠ QUAN, ĐƠN VỊ"));
        List<List<String>> agencies = new ArrayList<>();
        agencies.add(List.of("TT", "Cơ quan, đơn vị", "Tổng", "HT đúng hạn", "HT quá hạn", "Đang TH trong hạn",
                "Đang TH quá hạn", "Thường xuyên"));
        i = 1;
        for (ProgressData.AgencyLine a : d.agencies()) {
            agencies.add(List.of(String.valueOf(i++), a.name(), n(a.total()), n(a.doneOnTime()), n(a.doneLate()),
                    n(a.openOnTime()), n(a.openOverdue()), n(a.standing())));
        }
        if (d.agencies().isEmpty()) {
            b.add(Para.body("Không có nhiệm vụ trong phạm vi báo cáo."));
        } else {
            b.add(new Table(new int[] {6, 30, 9, 10, 10, 12, 12, 11}, agencies, Set.of(0), 11));
        }

        b.add(Para.heading("III. NHIỆM VỤ QUÁ HẠN (" + d.overdueTotal() + ")"));
        if (d.overdue().isEmpty()) {
            b.add(Para.body("Không có nhiệm vụ quá hạn."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("TT", "Văn bản, mục", "Nhiệm vụ", "Cơ quan", "Hạn", "Quá hạn (ngày)", "Tiến độ gần nhất"));
            i = 1;
            for (ProgressData.Line l : d.overdue()) {
                rows.add(List.of(String.valueOf(i++), source(l), l.content(), l.agency() + " (" + l.role() + ")",
                        date(l.deadline()), String.valueOf(l.daysOverdue()), latest(l)));
            }
            b.add(new Table(new int[] {6, 13, 27, 15, 13, 8, 22}, rows, Set.of(0), 10));
            more(b, d.overdueTotal(), d.overdue().size());
        }

        b.add(Para.heading("IV. NHIỆM VỤ CÓ NGUY CƠ CHẬM (" + d.atRiskTotal() + ")"));
        if (d.atRisk().isEmpty()) {
            b.add(Para.body("Không có nhiệm vụ được cơ quan, đơn vị đánh giá có nguy cơ chậm."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("TT", "Văn bản, mục", "Nhiệm vụ", "Cơ quan", "Hạn", "Đánh giá", "Lý do (ngày đánh giá)"));
            i = 1;
            for (ProgressData.RiskLine l : d.atRisk()) {
                rows.add(List.of(String.valueOf(i++), source(l.source(), l.ref()), l.content(),
                        l.agency() + " (" + l.role() + ")", deadline(l), shortLabel(l.confidence()), reason(l)));
            }
            b.add(new Table(new int[] {6, 13, 24, 15, 13, 8, 21}, rows, Set.of(0), 10));
            more(b, d.atRiskTotal(), d.atRisk().size());
        }

        b.add(Para.heading("V. NHIỆM VỤ ĐẾN HẠN TRONG KỲ TỚI (" + date(d.nextFrom()) + " – " + date(d.nextTo()) + "; "
                + d.dueNextTotal() + ")"));
        if (d.dueNext().isEmpty()) {
            b.add(Para.body("Không có nhiệm vụ đến hạn trong kỳ tới."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("TT", "Văn bản, mục", "Nhiệm vụ", "Cơ quan", "Hạn", "% hoàn thành", "Tiến độ gần nhất"));
            i = 1;
            for (ProgressData.Line l : d.dueNext()) {
                rows.add(List.of(String.valueOf(i++), source(l), l.content(), l.agency() + " (" + l.role() + ")",
                        date(l.deadline()), l.percent() + "%", latest(l)));
            }
            b.add(new Table(new int[] {6, 13, 27, 15, 13, 8, 22}, rows, Set.of(0), 10));
            more(b, d.dueNextTotal(), d.dueNext().size());
        }

        b.add(Para.heading("VI. ĐỀ XUẤT NỘI DUNG ĐÔN ĐỐC TẠI CUỘC HỌP TỚI"));
        if (d.followUps().isEmpty()) {
            b.add(Para.body("Không có nội dung cần đôn đốc."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("TT", "Cơ quan, đơn vị", "Nội dung đề nghị"));
            i = 1;
            for (ProgressData.FollowUp f : d.followUps()) {
                rows.add(List.of(String.valueOf(i++), f.agency(), f.text()));
            }
            b.add(new Table(new int[] {6, 30, 64}, rows, Set.of(0), 11));
        }

        b.add(new Para("", false, false, Align.LEFT, 13));
        List<Cell> recipients = new ArrayList<>();
        recipients.add(new Cell("Nơi nhận:", true, true));
        s.recipients().forEach(r -> recipients.add(Cell.plain("- " + r)));
        b.add(new Columns(recipients, List.of(Cell.bold(s.signerTitle()), Cell.italic("(Ký, ghi rõ họ tên, đóng dấu)")),
                50, true, 11));
        return b;
    }

    static String dateLine(String place, LocalDate day) {
        return place + ", ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng "
                + String.format("%02d", day.getMonthValue()) + " năm " + day.getYear();
    }

    private static void more(List<Block> b, long total, int shown) {
        if (total > shown) {
            b.add(new Para("… và " + (total - shown) + " nhiệm vụ khác (xem bảng theo dõi dạng Excel).", false, true,
                    Align.LEFT, 12));
        }
    }

    private static String source(ProgressData.Line l) {
        return source(l.source(), l.ref());
    }

    private static String source(String source, String ref) {
        String s = source == null ? "" : source;
        return ref == null ? s : s + (s.isEmpty() ? "" : ", ") + "mục " + ref;
    }

    private static String deadline(ProgressData.RiskLine l) {
        return l.standing() ? "Thường xuyên" : l.deadline() == null ? "Không thời hạn" : date(l.deadline());
    }

    /** "Vàng", "Đỏ": the colour of the rating (the table column is narrow). */
    static String shortLabel(vn.dondoc.app.tasks.Confidence c) {
        String label = c.label();
        int dash = label.indexOf(" – ");
        return dash < 0 ? label : label.substring(0, dash);
    }

    private static String reason(ProgressData.RiskLine l) {
        String note = l.note() == null ? "" : abbreviate(l.note(), 300);
        return l.ratedOn() == null ? note : date(l.ratedOn()) + ": " + note;
    }

    private static String latest(ProgressData.Line l) {
        if (l.latestReport() == null) {
            return "Chưa báo cáo";
        }
        return date(l.latestReportOn()) + ": " + abbreviate(l.latestReport(), 300);
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String percent(long n, long total) {
        return total == 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * n / total).replace('.', ',');
    }

    private static String n(long v) {
        return String.valueOf(v);
    }

    static String date(LocalDate d) {
        return d == null ? "" : VnDates.DATE.format(d);
    }
}
