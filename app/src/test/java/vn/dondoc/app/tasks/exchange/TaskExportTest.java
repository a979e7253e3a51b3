package vn.dondoc.app.tasks.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.tasks.NewTask;
import vn.dondoc.app.tasks.TaskService;
import vn.dondoc.app.tasks.Timeliness;

/**
 * Exports of the task list: the same rows, order and timeliness as {@code GET /api/v1/tasks} for the same
 * filter, in XLSX (reopened with POI) and CSV (parsed); agencies export only their own rows; sorting;
 * spreadsheet formulas in the data are made inert.
 */
@DondocTest
class TaskExportTest {

    static final int ID_COLUMN = TaskExporter.COLUMNS.indexOf("id");
    static final int TIMELINESS_COLUMN = TaskExporter.COLUMNS.indexOf("timeliness");
    static final int AGENCY_COLUMN = TaskExporter.COLUMNS.indexOf("agency");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TaskService tasks;

    @Autowired
    AgencyService agencies;

    @Autowired
    UserDetailsService users;

    final JsonMapper json = JsonMapper.builder().build();
    String marker;

    long agency(String name) {
        return agencies.all().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    @BeforeEach
    void issueTasks() {
        marker = "xk" + System.nanoTime();
        LocalDate today = LocalDate.now();
        long stc = agency("Sở Tài chính");
        long khcn = agency("Sở Khoa học và Công nghệ");
        long noiVu = agency("Sở Nội vụ");
        tasks.issue(null, List.of(
                new NewTask("1", "=HYPERLINK(\"http://x\") rà soát " + marker, today.plusDays(20), "trong 20 ngày",
                        null, false, null, List.of(stc), List.of(khcn)),
                new NewTask("-2", "Báo cáo, tổng hợp \"số liệu\" " + marker, today.minusDays(5), null, "P1M", false,
                        null, List.of(khcn), List.of(noiVu)),
                new NewTask("3", "@Kế hoạch không thời hạn " + marker, null, null, null, false, null,
                        List.of(noiVu, stc), List.of()),
                new NewTask("4", "+Sắp đến hạn " + marker, today.plusDays(2), null, null, false, null,
                        List.of(stc), List.of(noiVu))));
    }

    MvcTestResult get(String user, String uri) {
        return mvc.get().uri(uri).header("Authorization", ApiClient.bearer(mvc, user)).exchange();
    }

    JsonNode body(MvcTestResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString());
    }

    /** (assignment id, timeliness label, agency) of the list, in its order. */
    List<List<String>> list(String user, String query) throws Exception {
        MvcTestResult r = get(user, "/api/v1/tasks?size=500&" + query);
        assertThat(r).hasStatus(200);
        List<List<String>> out = new ArrayList<>();
        for (JsonNode a : body(r).get("items")) {
            out.add(List.of(a.get("id").asString(), Timeliness.valueOf(a.get("timeliness").asString()).label(),
                    a.get("agencyName").asString()));
        }
        return out;
    }

    List<List<String>> xlsx(byte[] bytes) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Nhiệm vụ");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Số thông báo / nguồn");
            assertThat(header.getCell(TIMELINESS_COLUMN).getStringCellValue()).isEqualTo("Tiến độ");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            List<List<String>> out = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                out.add(List.of(String.valueOf((long) row.getCell(ID_COLUMN).getNumericCellValue()),
                        row.getCell(TIMELINESS_COLUMN).getStringCellValue(),
                        row.getCell(AGENCY_COLUMN).getStringCellValue()));
            }
            return out;
        }
    }

    static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(text).contains("\r\n");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    static List<List<String>> csvRows(List<CSVRecord> records) {
        assertThat(records.get(0).get(0)).isEqualTo("Số thông báo / nguồn");
        return records.stream().skip(1)
                .map(r -> List.of(r.get(ID_COLUMN), r.get(TIMELINESS_COLUMN), r.get(AGENCY_COLUMN))).toList();
    }

    @Test
    void xlsxAndCsvHoldTheListsRowsAndTimeliness() throws Exception {
        for (String user : List.of("thuongtruc", "kiemtra")) {
            List<List<String>> list = list(user, "q=" + marker);
            assertThat(list).hasSize(8);
            assertThat(list).extracting(r -> r.get(1)).contains("Trong hạn", "Quá hạn", "Không thời hạn", "Sắp đến hạn");

            MvcTestResult x = get(user, "/api/v1/tasks/export?format=xlsx&q=" + marker);
            assertThat(x).hasStatus(200);
            assertThat(x.getResponse().getContentType()).contains("spreadsheetml");
            assertThat(x.getResponse().getHeader("Content-Disposition")).contains("attachment", ".xlsx");
            assertThat(xlsx(x.getResponse().getContentAsByteArray())).isEqualTo(list);

            MvcTestResult c = get(user, "/api/v1/tasks/export?format=csv&q=" + marker);
            assertThat(c).hasStatus(200);
            assertThat(c.getResponse().getContentType()).startsWith("text/csv");
            assertThat(csvRows(csv(c.getResponse().getContentAsByteArray()))).isEqualTo(list);
        }
        // a filter narrower than the text: the overdue bucket only
        List<List<String>> overdue = list("thuongtruc", "timeliness=OVERDUE&q=" + marker);
        assertThat(overdue).hasSize(2).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("Quá hạn"));
        assertThat(csvRows(csv(get("thuongtruc", "/api/v1/tasks/export?format=csv&timeliness=OVERDUE&q=" + marker)
                .getResponse().getContentAsByteArray()))).isEqualTo(overdue);
    }

    @Test
    void exportColumnsCarryTheTaskAndItsAgencies() throws Exception {
        List<CSVRecord> rows = csv(get("thuongtruc", "/api/v1/tasks/export?format=csv&sort=deadline&role=LEAD&q=" + marker)
                .getResponse().getContentAsByteArray());
        assertThat(rows.get(0).values()).containsExactly("Số thông báo / nguồn", "Mục", "Nội dung", "Cơ quan chủ trì",
                "Cơ quan phối hợp", "Cơ quan, đơn vị (dòng này)", "Vai trò", "Thời hạn", "Thời hạn ghi trong văn bản",
                "Định kỳ", "Trạng thái", "Tiến độ", "% hoàn thành", "Ngày báo cáo gần nhất", "Mã phân công");
        CSVRecord overdue = rows.get(1);
        assertThat(overdue.get(1)).isEqualTo("'-2");
        assertThat(overdue.get(2)).isEqualTo("Báo cáo, tổng hợp \"số liệu\" " + marker);
        assertThat(overdue.get(3)).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(overdue.get(4)).isEqualTo("Sở Nội vụ");
        assertThat(overdue.get(6)).isEqualTo("Chủ trì");
        assertThat(overdue.get(7)).isEqualTo(vn.dondoc.app.shared.VnDates.DATE.format(LocalDate.now().minusDays(5)));
        assertThat(overdue.get(9)).isEqualTo("Định kỳ hằng tháng");
        assertThat(overdue.get(10)).isEqualTo("Đã giao");
        assertThat(overdue.get(12)).isEqualTo("0");
        CSVRecord noDeadline = rows.get(rows.size() - 1);
        assertThat(noDeadline.get(3)).isEqualTo("Sở Nội vụ; Sở Tài chính");
        assertThat(noDeadline.get(7)).isEmpty();
    }

    @Test
    void spreadsheetFormulasInTheDataAreMadeInert() throws Exception {
        String text = new String(get("thuongtruc", "/api/v1/tasks/export?format=csv&q=" + marker)
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\") rà soát " + marker + "\"", "'@Kế hoạch", "'+Sắp đến hạn");
        List<CSVRecord> rows = csv(text.getBytes(StandardCharsets.UTF_8));
        for (CSVRecord r : rows) {
            for (String v : r.values()) {
                assertThat(v).as("CSV cell").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                        .doesNotStartWith("-");
            }
        }
        assertThat(vn.dondoc.app.shared.Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(vn.dondoc.app.shared.Csv.cell("dòng 1\ndòng 2")).isEqualTo("\"dòng 1\ndòng 2\"");
        assertThat(vn.dondoc.app.shared.Csv.cell("nói \"rõ\"")).isEqualTo("\"nói \"\"rõ\"\"\"");
        assertThat(vn.dondoc.app.shared.Csv.cell(" =1+1")).isEqualTo("' =1+1");
        assertThat(vn.dondoc.app.shared.Csv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(vn.dondoc.app.shared.Csv.cell(-3)).isEqualTo("-3");
        assertThat(vn.dondoc.app.shared.Csv.cell(LocalDate.of(2026, 3, 31))).isEqualTo("31/03/2026");
    }

    @Test
    void anAgencyExportsOnlyItsOwnRowsAndNoOtherAgencys() throws Exception {
        long stc = agency("Sở Tài chính");
        List<List<String>> list = list("stc.chuyenvien", "q=" + marker);
        assertThat(list).hasSize(3).allSatisfy(r -> assertThat(r.get(2)).isEqualTo("Sở Tài chính"));
        byte[] x = get("stc.chuyenvien", "/api/v1/tasks/export?format=xlsx&q=" + marker).getResponse().getContentAsByteArray();
        assertThat(xlsx(x)).isEqualTo(list);
        assertThat(csvRows(csv(get("stc.chuyenvien", "/api/v1/tasks/export?format=csv&agency=" + stc + "&q=" + marker)
                .getResponse().getContentAsByteArray()))).isEqualTo(list);

        MvcTestResult other = get("stc.chuyenvien", "/api/v1/tasks/export?format=csv&agency=" + agency("Sở Nội vụ"));
        assertThat(other).hasStatus(403);
        assertThat(body(other).get("message").asString()).isEqualTo("Bạn chỉ xem được nhiệm vụ của cơ quan, đơn vị mình.");
        assertThat(other.getResponse().getHeader("Content-Disposition")).isNull();

        MvcTestResult badFormat = get("thuongtruc", "/api/v1/tasks/export?format=pdf");
        assertThat(badFormat).hasStatus(400);
        assertThat(body(badFormat).get("message").asString()).contains("không hỗ trợ");
    }

    @Test
    void theListAndTheExportSortAlike() throws Exception {
        List<String> ids = list("thuongtruc", "q=" + marker).stream().map(r -> r.get(0)).toList();
        JsonNode byDeadline = body(get("thuongtruc", "/api/v1/tasks?sort=deadline&q=" + marker)).get("items");
        List<String> deadlines = new ArrayList<>();
        byDeadline.forEach(a -> deadlines.add(a.get("deadline").isNull() ? null : a.get("deadline").asString()));
        assertThat(deadlines.subList(0, 6)).isSorted().doesNotContainNull();
        assertThat(deadlines.subList(6, 8)).containsOnlyNulls();

        JsonNode desc = body(get("thuongtruc", "/api/v1/tasks?sort=deadline_desc&q=" + marker)).get("items");
        assertThat(desc.get(0).get("deadline").asString()).isEqualTo(LocalDate.now().plusDays(20).toString());
        assertThat(desc.get(7).get("deadline").isNull()).isTrue();

        List<Long> newest = new ArrayList<>();
        body(get("thuongtruc", "/api/v1/tasks?sort=newest&q=" + marker)).get("items").forEach(a -> newest.add(a.get("id").asLong()));
        assertThat(newest).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        List<String> byAgency = new ArrayList<>();
        body(get("thuongtruc", "/api/v1/tasks?sort=agency&q=" + marker)).get("items")
                .forEach(a -> byAgency.add(a.get("agencyName").asString()));
        assertThat(byAgency).containsExactly("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", "Sở Nội vụ",
                "Sở Nội vụ", "Sở Nội vụ", "Sở Tài chính", "Sở Tài chính", "Sở Tài chính");

        assertThat(body(get("thuongtruc", "/api/v1/tasks?sort=notice&q=" + marker)).get("items")).hasSize(8);

        for (String sort : List.of("deadline_desc", "agency", "newest", "notice")) {
            List<String> listed = list("thuongtruc", "sort=" + sort + "&q=" + marker).stream().map(r -> r.get(0)).toList();
            List<String> exported = csvRows(csv(get("thuongtruc", "/api/v1/tasks/export?format=csv&sort=" + sort + "&q=" + marker)
                    .getResponse().getContentAsByteArray())).stream().map(r -> r.get(0)).toList();
            assertThat(exported).as(sort).isEqualTo(listed).containsExactlyInAnyOrderElementsOf(ids);
        }
        MvcTestResult bad = get("thuongtruc", "/api/v1/tasks?sort=random");
        assertThat(bad).hasStatus(400);
        assertThat(body(bad).get("message").asString()).contains("Cách sắp xếp");
    }

    @Test
    void thePageFiltersSortsAndDownloads() throws Exception {
        var page = mvc.get().uri("/tasks?sort=agency&q=" + marker + "&deadline_from=" + LocalDate.now().minusDays(10))
                .with(user(users.loadUserByUsername("thuongtruc"))).exchange();
        assertThat(page).hasStatus(200);
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("id=\"filter-agency\"", "id=\"filter-notice\"", "id=\"filter-from\"", "id=\"import-link\"",
                "/tasks/export?q=" + marker + "&amp;deadline_from=", "sort=agency&amp;format=xlsx", "Tổng số: 6");

        var mine = mvc.get().uri("/tasks?q=" + marker).with(user(users.loadUserByUsername("stc.chuyenvien"))).exchange();
        assertThat(mine.getResponse().getContentAsString()).doesNotContain("id=\"filter-agency\"", "id=\"import-link\"")
                .contains("id=\"export-csv\"");

        var file = mvc.get().uri("/tasks/export?format=csv&q=" + marker)
                .with(user(users.loadUserByUsername("stc.chuyenvien"))).exchange();
        assertThat(file).hasStatus(200);
        assertThat(csvRows(csv(file.getResponse().getContentAsByteArray())))
                .hasSize(3).allSatisfy(r -> assertThat(r.get(2)).isEqualTo("Sở Tài chính"));
        var refused = mvc.get().uri("/tasks/export?format=csv&agency=" + agency("Sở Nội vụ"))
                .with(user(users.loadUserByUsername("stc.chuyenvien"))).exchange();
        assertThat(refused).hasStatus(403);
    }
}
