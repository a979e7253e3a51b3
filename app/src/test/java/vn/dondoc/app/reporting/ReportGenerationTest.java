package vn.dondoc.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.tasks.NewTask;
import vn.dondoc.app.tasks.TaskService;

/**
 * Reports of a notice this test issues: generated through the API in each format, reopened (POI, PDFBox) and
 * their totals checked against {@code GET /api/v1/tasks} for the same scope; the scorecard on a period only this
 * test has deadlines in; agency heads held to their own agency.
 */
@DondocTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportGenerationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvcTester mvc;
    @Autowired TaskService tasks;
    @Autowired AgencyService agencies;
    @Autowired JdbcClient jdbc;

    long notice;
    long finance;
    long police;

    @BeforeAll
    void issue() {
        finance = agency("Sở Tài chính");
        police = agency("Công an tỉnh");
        notice = jdbc.sql("insert into notice (status, file_name, file_size, file_sha256, number, issued_date, title)"
                        + " values ('ISSUED', 'bao-cao-test.pdf', 1, repeat('a', 64), '999/TB-UBND', date '2019-12-20',"
                        + " 'Thông báo thử báo cáo') returning id").query(Long.class).single();
        LocalDate today = LocalDate.now();
        List<Long> ids = tasks.issue(notice, List.of(
                task("1.a", "Rà soát quy hoạch đất đai (quá hạn)", LocalDate.of(2020, 1, 25)),
                task("1.b", "Hoàn thiện hồ sơ đầu tư (xong đúng hạn)", LocalDate.of(2020, 1, 15)),
                task("1.c", "Báo cáo giải ngân vốn (xong quá hạn)", LocalDate.of(2020, 1, 5)),
                task("1.d", "Xây dựng đề án chuyển đổi số (trong hạn)", today.plusDays(10)),
                new NewTask("1.e", "Theo dõi, đôn đốc thường xuyên", null, "thường xuyên", null, true, null,
                        List.of(finance), List.of())));
        done(ids.get(1), LocalDate.of(2020, 1, 10));
        done(ids.get(2), LocalDate.of(2020, 1, 20));
        jdbc.sql("insert into extension_request (assignment_id, current_deadline, requested_deadline, reason, status,"
                        + " requested_at, decided_at) select id, deadline, deadline + 30, 'Chờ ý kiến các bộ', 'APPROVED',"
                        + " timestamptz '2020-01-20 09:00+07', timestamptz '2020-01-22 09:00+07' from assignment"
                        + " where task_id = ? and agency_id = ?").params(ids.get(0), finance).update();
        jdbc.sql("insert into assignment_event (assignment_id, action, text, percent, created_at)"
                        + " select id, 'REPORT_PROGRESS', 'Đã hoàn thành 50% khối lượng, đang lấy ý kiến các sở', 50, now()"
                        + " from assignment where task_id = ?").param(ids.get(0)).update();
        // confidence ratings: work in time rated amber and red is at risk; overdue work rated red is just overdue
        rate(ids.get(3), finance, "AMBER", "Chờ bố trí vốn đối ứng");
        rate(ids.get(3), police, "RED", "Chưa có nhân lực vận hành");
        rate(ids.get(0), finance, "RED", "Đã quá hạn, không kịp");
    }

    private void rate(long taskId, long agencyId, String confidence, String note) {
        jdbc.sql("update assignment set confidence = ?, confidence_note = ?, confidence_at = now()"
                + " where task_id = ? and agency_id = ?").params(confidence, note, taskId, agencyId).update();
    }

    private NewTask task(String ref, String content, LocalDate deadline) {
        return new NewTask(ref, content, deadline, "trước ngày " + deadline, null, false, null, List.of(finance),
                List.of(police));
    }

    private void done(long taskId, LocalDate on) {
        jdbc.sql("update assignment set status = 'DONE', completed_on = ?, progress_percent = 100 where task_id = ?")
                .params(java.sql.Date.valueOf(on), taskId).update();
    }

    private long agency(String name) {
        return agencies.all().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    private MvcTestResult post(String user, String json) {
        return mvc.post().uri("/api/v1/reports").header("Authorization", ApiClient.bearer(mvc, user))
                .contentType("application/json").content(json).exchange();
    }

    private JsonNode get(String user, String uri) throws Exception {
        var r = mvc.get().uri(uri).header("Authorization", ApiClient.bearer(mvc, user)).exchange();
        assertThat(r.getResponse().getStatus()).as(uri + " " + r.getResponse().getContentAsString()).isEqualTo(200);
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    /** Asks for a report, waits for the job, returns the file. */
    private byte[] generate(String user, String kind, String scope, String format) throws Exception {
        MvcTestResult r = post(user, "{\"kind\":\"" + kind + "\",\"from\":\"2020-01-01\",\"to\":\"2020-01-31\",\"scope\":\""
                + scope + "\",\"format\":\"" + format + "\"}");
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(202);
        long id = JSON.readTree(r.getResponse().getContentAsString()).get("id").asLong();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode info;
        do {
            Thread.sleep(200);
            info = get(user, "/api/v1/reports/" + id);
        } while (info.get("status").asString().matches("QUEUED|RUNNING") && System.nanoTime() < until);
        assertThat(info.get("status").asString()).as(info.toString()).isEqualTo("DONE");
        assertThat(info.get("progress").asInt()).isEqualTo(100);
        var file = mvc.get().uri("/api/v1/reports/" + id + "/file").header("Authorization", ApiClient.bearer(mvc, user))
                .exchange();
        assertThat(file.getResponse().getStatus()).isEqualTo(200);
        assertThat(file.getResponse().getHeader("Content-Disposition")).contains("attachment");
        return file.getResponse().getContentAsByteArray();
    }

    private JsonNode counts(String query) throws Exception {
        return get("thuongtruc", "/api/v1/tasks?notice=" + notice + query + "&size=1");
    }

    private static long count(JsonNode page, String bucket) {
        JsonNode n = page.get("counts").get(bucket);
        return n == null ? 0 : n.asLong();
    }

    @Test
    void docxHasTheDecree30LayoutAndTheTaskListsTotals() throws Exception {
        JsonNode all = counts("");
        long total = all.get("total").asLong();
        assertThat(total).isEqualTo(9);
        byte[] bytes = generate("thuongtruc", "progress", "notice:" + notice, "docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(((BigInteger) sect.getPgMar().getLeft()).intValue()).isBetween(30 * 56, 35 * 57);
            assertThat(((BigInteger) sect.getPgMar().getTop()).intValue()).isBetween(20 * 56, 25 * 57);
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: …/BC-", "UBND TỈNH QUẢNG NGÃI", "Quảng Ngãi, ngày");
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
                }
            }
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("BÁO CÁO", "Tiến độ thực hiện các kết luận, chỉ đạo", "Thông báo 999/TB-UBND");
            assertThat(doc.getParagraphs().stream().filter(p -> p.getText().equals("BÁO CÁO")).findFirst().orElseThrow()
                    .getRuns().get(0).getFontSizeAsDouble()).isBetween(13.0, 14.0);
            XWPFTable summary = doc.getTables().get(1);
            var last = summary.getRow(summary.getNumberOfRows() - 1);
            assertThat(last.getCell(1).getText()).isEqualTo("Tổng cộng");
            assertThat(last.getCell(2).getText()).isEqualTo(String.valueOf(total));
            assertThat(summary.getRow(1).getCell(2).getText()).isEqualTo(String.valueOf(count(all, "DONE_ON_TIME")));
            assertThat(summary.getRow(4).getCell(2).getText()).isEqualTo(String.valueOf(count(all, "OVERDUE")));
            JsonNode period = counts("&deadline_from=2020-01-01&deadline_to=2020-01-31");
            assertThat(last.getCell(4).getText()).isEqualTo(String.valueOf(period.get("total").asLong()));
            String all2 = doc.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
            assertThat(all2).contains("Rà soát quy hoạch đất đai", "Đã hoàn thành 50% khối lượng", "Nơi nhận:",
                    "Báo cáo, giải trình");

            // work at risk: listed with its rating, reason and date, counted in the summary; overdue work is not
            assertThat(text).contains("IV. NHIỆM VỤ CÓ NGUY CƠ CHẬM (2)",
                    "Nhiệm vụ có nguy cơ chậm (chưa quá hạn, cơ quan, đơn vị tự đánh giá mức vàng hoặc đỏ trong báo cáo gần"
                            + " nhất): 2; trong đó mức đỏ (không kịp hạn): 1");
            XWPFTable risk = doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() > 5
                    && t.getRow(0).getCell(5).getText().equals("Đánh giá"))
                    .findFirst().orElseThrow();
            assertThat(risk.getNumberOfRows()).isEqualTo(3);
            assertThat(risk.getRow(1).getCell(2).getText()).isEqualTo("Xây dựng đề án chuyển đổi số (trong hạn)");
            assertThat(risk.getRow(1).getCell(3).getText()).isEqualTo("Công an tỉnh (Phối hợp)");
            assertThat(risk.getRow(1).getCell(5).getText()).isEqualTo("Đỏ");
            assertThat(risk.getRow(1).getCell(6).getText()).endsWith(": Chưa có nhân lực vận hành");
            assertThat(risk.getRow(2).getCell(3).getText()).isEqualTo("Sở Tài chính (Chủ trì)");
            assertThat(risk.getRow(2).getCell(4).getText())
                    .isEqualTo(vn.dondoc.app.shared.VnDates.DATE.format(LocalDate.now().plusDays(10)));
            assertThat(risk.getRow(2).getCell(5).getText()).isEqualTo("Vàng");
            assertThat(risk.getRow(2).getCell(6).getText())
                    .isEqualTo(vn.dondoc.app.shared.VnDates.DATE.format(LocalDate.now()) + ": Chờ bố trí vốn đối ứng");
            assertThat(risk.getText()).doesNotContain("Rà soát quy hoạch đất đai", "Đã quá hạn, không kịp");
            assertThat(all2).contains("Báo cáo giải pháp bảo đảm tiến độ 1 nhiệm vụ đơn vị tự đánh giá không kịp hạn");
        }
    }

    @Test
    void xlsxTrackingTableHasEveryAssignmentOfTheScope() throws Exception {
        long total = counts("").get("total").asLong();
        byte[] bytes = generate("thuongtruc", "progress", "notice:" + notice, "xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet tracking = wb.getSheet("Bảng theo dõi");
            assertThat(tracking.getLastRowNum()).isEqualTo((int) total);
            assertThat(tracking.getCTWorksheet().getAutoFilter()).isNotNull();
            assertThat(tracking.getPaneInformation().isFreezePane()).isTrue();
            assertThat(tracking.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Văn bản (thông báo)");
            assertThat(tracking.getRow(1).getCell(0).getStringCellValue()).isEqualTo("999/TB-UBND");
            XSSFSheet summary = wb.getSheet("Tổng hợp");
            boolean found = false;
            for (var row : summary) {
                if (row.getCell(0) != null && "Tổng cộng".equals(row.getCell(0).getStringCellValue())) {
                    assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(total);
                    found = true;
                }
            }
            assertThat(found).isTrue();
            boolean atRisk = false;
            for (var row : summary) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("Có nguy cơ chậm")) {
                    assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(2);
                    atRisk = true;
                }
            }
            assertThat(atRisk).isTrue();
            // the tracking table carries each assignment's latest rating
            var header = tracking.getRow(0);
            int col = ProgressXlsx.COLUMNS.indexOf("Khả năng đúng hạn");
            assertThat(header.getCell(col).getStringCellValue()).isEqualTo("Khả năng đúng hạn");
            List<String> ratings = new java.util.ArrayList<>();
            for (int r = 1; r <= tracking.getLastRowNum(); r++) {
                var cell = tracking.getRow(r).getCell(col);
                if (cell != null) {
                    ratings.add(cell.getStringCellValue() + " / " + tracking.getRow(r).getCell(col + 1).getStringCellValue());
                }
            }
            assertThat(ratings).containsExactlyInAnyOrder("Vàng – có nguy cơ chậm / Chờ bố trí vốn đối ứng",
                    "Đỏ – không kịp hạn / Chưa có nhân lực vận hành", "Đỏ – không kịp hạn / Đã quá hạn, không kịp");
        }
    }

    @Test
    void pdfEmbedsAVietnameseFontAndRendersToPng() throws Exception {
        long total = counts("").get("total").asLong();
        byte[] bytes = generate("thuongtruc", "progress", "notice:" + notice, "pdf");
        Path dir = Files.createDirectories(Path.of("target", "reports"));
        Path pdf = dir.resolve("bao-cao-tien-do.pdf");
        Files.write(pdf, bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            // table cells wrap, so words are compared with any whitespace between them
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Tiến độ thực hiện các kết luận, chỉ đạo", "Rà soát quy hoạch đất đai", "Nơi nhận:",
                    "IV. NHIỆM VỤ CÓ NGUY CƠ CHẬM (2)", "Chờ bố trí vốn đối ứng");
            assertThat(text).containsPattern("Tổng cộng\\s+" + total + "\\b");
            var font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
        if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            Process p = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    pdf.toString(), dir.resolve("bao-cao-tien-do-trang-1").toString()).inheritIO().start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
            assertThat(Files.size(dir.resolve("bao-cao-tien-do-trang-1.png"))).isGreaterThan(5_000);
        }
    }

    @Test
    void scorecardCountsThePeriodAndMarksDecree90() throws Exception {
        JsonNode page = get("thuongtruc", "/api/v1/reports/" + JSON.readTree(post("thuongtruc",
                "{\"kind\":\"scorecard\",\"from\":\"2020-01-01\",\"to\":\"2020-01-31\",\"scope\":\"all\"}")
                .getResponse().getContentAsString()).get("id").asLong());
        assertThat(page.get("format").asString()).isEqualTo("XLSX");
        byte[] bytes = generate("stc.lanhdao", "scorecard", "agency:" + finance, "xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet s = wb.getSheet("Đánh giá cơ quan");
            var row = s.getRow(ScorecardXlsx.HEADER_ROW + 1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Sở Tài chính");
            assertThat(s.getLastRowNum()).isEqualTo(ScorecardXlsx.HEADER_ROW + 1);
            // this test's tasks are the only ones with deadlines in January 2020
            assertThat((long) row.getCell(3).getNumericCellValue()).isEqualTo(3); // due
            assertThat((long) row.getCell(4).getNumericCellValue()).isEqualTo(1); // done on time
            assertThat((long) row.getCell(5).getNumericCellValue()).isEqualTo(1); // done late
            assertThat((long) row.getCell(6).getNumericCellValue()).isEqualTo(1); // open overdue
            assertThat((long) row.getCell(7).getNumericCellValue()).isEqualTo(1); // extensions asked
            assertThat((long) row.getCell(8).getNumericCellValue()).isEqualTo(1); // granted
            assertThat((long) row.getCell(9).getNumericCellValue()).isZero(); // periods of recurring tasks on time
            assertThat((long) row.getCell(11).getNumericCellValue()).isZero(); // … missed
            assertThat(row.getCell(12).getNumericCellValue()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(row.getCell(13).getStringCellValue()).isEqualTo("Chưa đạt (dưới 80%)");
        }
        var html = mvc.get().uri("/reports/scorecard?from=2020-01-01&to=2020-01-31")
                .session(vn.dondoc.app.support.Web.session(mvc, "stc.lanhdao")).exchange();
        assertThat(html.getResponse().getStatus()).isEqualTo(200);
        String body = html.getResponse().getContentAsString();
        assertThat(body).contains("Sở Tài chính").doesNotContain("Công an tỉnh");
        var other = mvc.get().uri("/reports/scorecard?from=2020-01-01&to=2020-01-31&agency=" + police)
                .session(vn.dondoc.app.support.Web.session(mvc, "stc.lanhdao")).exchange();
        assertThat(other.getResponse().getStatus()).isEqualTo(403);
        var leader = mvc.get().uri("/reports/scorecard?from=2020-01-01&to=2020-01-31")
                .session(vn.dondoc.app.support.Web.session(mvc, "lanhdao")).exchange();
        assertThat(leader.getResponse().getContentAsString()).contains("Sở Tài chính", "Công an tỉnh");
    }

    @Autowired ReportService reports;

    @Test
    void thePeriodicReportIsQueuedOncePerPeriod() {
        reports.schedulePeriodic();
        assertThat(reports.schedulePeriodic()).isEmpty();
        assertThat(jdbc.sql("select count(*) from report where scheduled").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void agencyHeadsAreHeldToTheirAgencyAndErrorsAreVietnamese() throws Exception {
        MvcTestResult other = post("stc.lanhdao", "{\"kind\":\"scorecard\",\"from\":\"2020-01-01\",\"to\":\"2020-01-31\","
                + "\"scope\":\"agency:" + police + "\",\"format\":\"xlsx\"}");
        assertThat(other.getResponse().getStatus()).isEqualTo(403);
        assertThat(post("stc.lanhdao", "{\"kind\":\"progress\",\"from\":\"2020-01-01\",\"to\":\"2020-01-31\",\"scope\":\"all\"}")
                .getResponse().getStatus()).isEqualTo(403);
        MvcTestResult bad = post("thuongtruc", "{\"kind\":\"progress\",\"from\":\"2020-02-01\",\"to\":\"2020-01-31\"}");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        JsonNode error = JSON.readTree(bad.getResponse().getContentAsString());
        assertThat(error.get("code").asString()).isEqualTo("period_invalid");
        assertThat(error.get("message").asString()).contains("Kỳ báo cáo");
        assertThat(post("thuongtruc", "{\"kind\":\"progress\",\"from\":\"2020-01-01\",\"to\":\"2020-01-31\",\"scope\":\"xyz\"}")
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(post("thuongtruc", "{\"kind\":\"progress\",\"from\":\"2020-01-01\",\"to\":\"2020-01-31\","
                + "\"scope\":\"notice:99999999\"}").getResponse().getStatus()).isEqualTo(400);
        MvcTestResult police1 = post("thuongtruc", "{\"kind\":\"progress\",\"from\":\"2020-01-01\",\"to\":\"2020-01-31\","
                + "\"scope\":\"agency:" + police + "\",\"format\":\"xlsx\"}");
        long id = JSON.readTree(police1.getResponse().getContentAsString()).get("id").asLong();
        var hidden = mvc.get().uri("/api/v1/reports/" + id).header("Authorization", ApiClient.bearer(mvc, "stc.lanhdao"))
                .exchange();
        assertThat(hidden.getResponse().getStatus()).isEqualTo(404);
        var file = mvc.get().uri("/api/v1/reports/" + id + "/file")
                .header("Authorization", ApiClient.bearer(mvc, "stc.lanhdao")).exchange();
        assertThat(file.getResponse().getStatus()).isEqualTo(404);
        var page = mvc.get().uri("/reports").session(vn.dondoc.app.support.Web.session(mvc, "thuongtruc")).exchange();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("report-form", "report-list", "agency:" + police);
        var head = mvc.get().uri("/reports").session(vn.dondoc.app.support.Web.session(mvc, "stc.lanhdao")).exchange();
        assertThat(head.getResponse().getStatus()).isEqualTo(200);
        assertThat(head.getResponse().getContentAsString()).contains("agency:" + finance).doesNotContain("agency:" + police)
                .doesNotContain("value=\"all\"");
        var officer = mvc.get().uri("/reports").session(vn.dondoc.app.support.Web.session(mvc, "stc.chuyenvien")).exchange();
        assertThat(officer.getResponse().getStatus()).isEqualTo(403);
    }
}
