package vn.dondoc.app.tasks.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;

/**
 * Excel import through the API and the page: a valid file is imported; one bad row stops everything and
 * is reported; skipping bad rows imports the good ones; broken, oversized or foreign files and wrong
 * roles are refused in Vietnamese; the template downloads and imports as it is.
 */
@DondocTest
class TaskImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Object[] HEADER = {"Số thông báo / nguồn", "Mục", "Nội dung nhiệm vụ (*)", "Cơ quan chủ trì (*)",
            "Cơ quan phối hợp", "Thời hạn", "Định kỳ", "Sản phẩm"};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    final JsonMapper json = JsonMapper.builder().build();
    String marker;

    @BeforeEach
    void marker() {
        marker = "nk" + System.nanoTime();
    }

    /** A workbook of one sheet; LocalDate values become date cells. */
    static byte[] workbook(Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Nhiệm vụ");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue; // an empty line between tasks
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    MvcTestResult upload(String user, byte[] file, boolean skip) {
        return mvc.post().uri("/api/v1/tasks/import").multipart()
                .file(new MockMultipartFile("file", "nhiem-vu.xlsx", XLSX, file))
                .param("skip_invalid", String.valueOf(skip))
                .header("Authorization", ApiClient.bearer(mvc, user)).exchange();
    }

    JsonNode body(MvcTestResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString());
    }

    JsonNode listed() throws Exception {
        return body(mvc.get().uri("/api/v1/tasks?size=500&sort=newest&q=" + marker)
                .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange()).get("items");
    }

    byte[] goodAndBad() throws Exception {
        return workbook(HEADER,
                new Object[] {"Thông báo 12/TB-UBND", "1", "Rà soát quy hoạch " + marker, "Sở Tài chính", null, "31/03/2026"},
                new Object[] {null, "2", "Lập kế hoạch " + marker, "Sở Không Tồn Tại", "Sở Nội vụ", "32/13/2026"},
                new Object[] {null, "3", "Tổng hợp báo cáo " + marker, "Sở Nội vụ", null, "trong Quý II/2026"},
                new Object[] {null, "4", "", "", null, null, "thỉnh thoảng"});
    }

    @Test
    void aValidFileIsImportedWithItsSourceDeadlinesAndGroups() throws Exception {
        byte[] file = workbook(HEADER,
                new Object[] {"Thông báo số 7/TB-UBND ngày 05/01/2026", "I.1", "Hoàn thiện cơ sở dữ liệu " + marker,
                        "So Tai chinh", "Sở KH&CN; Sở Nội vụ", LocalDate.of(2026, 5, 15), null, "Cơ sở dữ liệu"},
                new Object[] {null, "I.2", "Triển khai kế hoạch " + marker, "Sở Khoa học và Công nghệ", "Các Sở",
                        "trong Quý I/2027", "hằng quý"},
                null,
                new Object[] {null, "I.3", "Theo dõi thường xuyên " + marker, "Công an tỉnh", null, "thường xuyên"});
        MvcTestResult r = upload("thuongtruc", file, false);
        assertThat(r).hasStatus(200);
        JsonNode report = body(r);
        assertThat(report.get("issues")).isEmpty();
        assertThat(report.get("rows").asInt()).isEqualTo(3);
        assertThat(report.get("imported").asInt()).isEqualTo(3);

        JsonNode items = listed();
        List<String> sources = new ArrayList<>();
        items.forEach(a -> sources.add(a.get("source").asString()));
        assertThat(sources).contains("Thông báo số 7/TB-UBND ngày 05/01/2026", "Nhập từ tệp nhiem-vu.xlsx");
        JsonNode first = null;
        int second = 0;
        for (JsonNode a : items) {
            if (a.get("ref").asString().equals("I.1") && a.get("role").asString().equals("LEAD")) {
                first = a;
            }
            if (a.get("ref").asString().equals("I.2")) {
                second++;
                assertThat(a.get("deadline").asString()).isEqualTo("2027-03-31");
                assertThat(a.get("deadlineText").asString()).isEqualTo("trong Quý I/2027");
                assertThat(a.get("recurrence").asString()).isEqualTo("P3M");
            }
            if (a.get("ref").asString().equals("I.3")) {
                assertThat(a.get("timeliness").asString()).isEqualTo("STANDING");
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.get("agencyName").asString()).isEqualTo("Sở Tài chính");
        assertThat(first.get("deadline").asString()).isEqualTo("2026-05-15");
        assertThat(second).as("Các Sở expanded to its member agencies").isGreaterThan(5);
        assertThat(items.size()).isEqualTo(3 + 1 + second);

        // exports show where the imported tasks came from
        String csv = mvc.get().uri("/api/v1/tasks/export?format=csv&q=" + marker)
                .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Thông báo số 7/TB-UBND ngày 05/01/2026,I.1,");
    }

    @Test
    void oneBadRowStopsTheImportAndIsReportedRowByRow() throws Exception {
        MvcTestResult r = upload("thuongtruc", goodAndBad(), false);
        assertThat(r).hasStatus(200);
        JsonNode report = body(r);
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("rows").asInt()).isEqualTo(4);
        assertThat(report.get("validRows").asInt()).isEqualTo(2);
        assertThat(report.get("invalidRows").asInt()).isEqualTo(2);
        List<String> issues = new ArrayList<>();
        report.get("issues").forEach(i -> issues.add(i.get("row").asInt() + "|" + i.get("column").asString() + "|"
                + i.get("message").asString()));
        assertThat(issues).containsExactly(
                "3|Cơ quan chủ trì (*)|Không tìm thấy \"Sở Không Tồn Tại\" trong danh bạ cơ quan, đơn vị.",
                "3|Thời hạn|Ngày \"32/13/2026\" không có thật.",
                "5|Nội dung nhiệm vụ (*)|Thiếu nội dung nhiệm vụ.",
                "5|Cơ quan chủ trì (*)|Thiếu cơ quan chủ trì.",
                "5|Định kỳ|Không hiểu định kỳ \"thỉnh thoảng\"; ghi như \"hằng tháng\", \"hằng quý\", \"định kỳ 02 tuần"
                        + " một lần\" hoặc P1M, P3M.");
        assertThat(listed()).isEmpty();
    }

    @Test
    void skippingBadRowsImportsOnlyTheGoodOnes() throws Exception {
        JsonNode report = body(upload("admin", goodAndBad(), true));
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("skippedRows").toString()).isEqualTo("[3,5]");
        assertThat(report.get("issues")).hasSize(5);
        List<String> refs = new ArrayList<>();
        listed().forEach(a -> refs.add(a.get("ref").asString()));
        assertThat(refs).containsExactlyInAnyOrder("1", "3");
        JsonNode quarter = listed().get(0);
        assertThat(quarter.get("deadline").asString()).isEqualTo("2026-06-30");
    }

    @Test
    void brokenForeignOrOversizedFilesAreRefusedInVietnamese() throws Exception {
        MvcTestResult text = upload("thuongtruc", "Nội dung,Chủ trì\nabc,Sở Tài chính".getBytes(), false);
        assertThat(text).hasStatus(400);
        assertThat(body(text).get("message").asString()).contains("không phải bảng tính Excel (.xlsx)");

        byte[] broken = workbook(HEADER, new Object[] {null, "1", "x " + marker, "Sở Tài chính"});
        byte[] truncated = java.util.Arrays.copyOf(broken, broken.length / 2);
        MvcTestResult corrupt = upload("thuongtruc", truncated, true);
        assertThat(corrupt).hasStatus(400);
        assertThat(body(corrupt).get("message").asString()).startsWith("Không đọc được tệp");

        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThat(body(upload("thuongtruc", xls, false)).get("message").asString()).contains(".xls");

        byte[] big = new byte[(int) TaskImportService.MAX_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        MvcTestResult tooBig = upload("thuongtruc", big, false);
        assertThat(tooBig).hasStatus(400);
        assertThat(body(tooBig).get("message").asString()).contains("vượt quá dung lượng cho phép (10 MB)");

        Object[][] rows = new Object[TaskImportService.MAX_ROWS + 2][];
        rows[0] = HEADER;
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {null, String.valueOf(i), "Nhiệm vụ " + i + " " + marker, "Sở Tài chính"};
        }
        MvcTestResult tooMany = upload("thuongtruc", workbook(rows), true);
        assertThat(tooMany).hasStatus(400);
        assertThat(body(tooMany).get("message").asString()).contains("hơn 5000 dòng");

        MvcTestResult noHeader = upload("thuongtruc", workbook(new Object[] {"a", "b"}, new Object[] {"c", "d"}), false);
        assertThat(noHeader).hasStatus(400);
        assertThat(body(noHeader).get("message").asString()).contains("Không tìm thấy dòng tiêu đề");

        MvcTestResult noFile = mvc.post().uri("/api/v1/tasks/import").multipart().param("skip_invalid", "false")
                .header("Authorization", ApiClient.bearer(mvc, "thuongtruc")).exchange();
        assertThat(noFile).hasStatus(400);
        assertThat(listed()).isEmpty();
    }

    @Test
    void onlyTheSecretariatAndAdminImport() throws Exception {
        byte[] file = workbook(HEADER, new Object[] {null, "1", "Không được nhập " + marker, "Sở Tài chính"});
        for (String user : List.of("lanhdao", "kiemtra", "stc.lanhdao", "stc.chuyenvien")) {
            MvcTestResult r = upload(user, file, false);
            assertThat(r).as(user).hasStatus(403);
            assertThat(body(r).get("message").asString()).isEqualTo("Chỉ thường trực hoặc quản trị mới được nhập nhiệm vụ từ Excel.");
            assertThat(mvc.get().uri("/api/v1/tasks/import/template").header("Authorization", ApiClient.bearer(mvc, user))
                    .exchange()).hasStatus(403);
            assertThat(mvc.get().uri("/tasks/import").with(user(users.loadUserByUsername(user))).exchange()).hasStatus(403);
        }
        assertThat(listed()).isEmpty();
        var list = mvc.get().uri("/tasks").with(user(users.loadUserByUsername("kiemtra"))).exchange();
        assertThat(list.getResponse().getContentAsString()).doesNotContain("/tasks/import").contains("format=xlsx");
    }

    @Test
    void theTemplateDownloadsAndImportsAsItIs() throws Exception {
        MvcTestResult t = mvc.get().uri("/tasks/import/template").with(user(users.loadUserByUsername("thuongtruc"))).exchange();
        assertThat(t).hasStatus(200);
        assertThat(t.getResponse().getHeader("Content-Disposition")).contains("mau-nhap-nhiem-vu.xlsx");
        byte[] template = t.getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Nhiệm vụ");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Hướng dẫn");
            Row header = wb.getSheetAt(0).getRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(HEADER[i]);
            }
            assertThat(wb.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).isEqualTo("trong Quý I/2026");
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).contains("Hướng dẫn");
        }
        JsonNode report = body(upload("thuongtruc", template, false));
        assertThat(report.get("issues")).isEmpty();
        assertThat(report.get("imported").asInt()).isEqualTo(2);
    }

    @Test
    void thePageReportsRowsAndImports() throws Exception {
        var page = mvc.get().uri("/tasks/import").with(user(users.loadUserByUsername("thuongtruc"))).exchange();
        assertThat(page).hasStatus(200);
        assertThat(page.getResponse().getContentAsString()).contains("id=\"template-link\"", "name=\"skip_invalid\"");

        var refused = mvc.post().uri("/tasks/import").multipart()
                .file(new MockMultipartFile("file", "loi.xlsx", XLSX, goodAndBad()))
                .with(user(users.loadUserByUsername("thuongtruc"))).with(csrf()).exchange();
        assertThat(refused).hasStatus(200);
        String html = refused.getResponse().getContentAsString();
        assertThat(html).contains("id=\"import-issues\"", "Sở Không Tồn Tại", "Chưa nhập nhiệm vụ nào vì có 2 dòng lỗi");
        assertThat(listed()).isEmpty();

        var skipped = mvc.post().uri("/tasks/import").multipart()
                .file(new MockMultipartFile("file", "loi.xlsx", XLSX, goodAndBad())).param("skip_invalid", "true")
                .with(user(users.loadUserByUsername("thuongtruc"))).with(csrf()).exchange();
        assertThat(skipped.getResponse().getContentAsString()).contains("Đã nhập 2 nhiệm vụ từ tệp loi.xlsx.",
                "Đã bỏ qua 2 dòng lỗi.");
        assertThat(listed()).hasSize(2);

        var broken = mvc.post().uri("/tasks/import").multipart()
                .file(new MockMultipartFile("file", "x.xlsx", XLSX, "abc".getBytes()))
                .with(user(users.loadUserByUsername("thuongtruc"))).with(csrf()).exchange();
        assertThat(broken.getResponse().getContentAsString()).contains("id=\"import-error\"", "không phải bảng tính Excel");
    }
}
