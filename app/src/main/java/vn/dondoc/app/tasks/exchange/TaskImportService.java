package vn.dondoc.app.tasks.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.app.accounts.CurrentUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.agencies.Agency;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.tasks.NewTask;
import vn.dondoc.app.tasks.TaskService;
import vn.dondoc.extraction.AgencyMatch;

/**
 * Excel import of an existing task list (secretariat and admin): every row is checked — content, lead
 * agency, agencies resolved in the directory like issuing a notice (groups expanded to their members),
 * deadline as a date or a Vietnamese phrase — and the problems reported row by row. Nothing is imported
 * while a row is invalid, unless the user chose to skip the bad rows; the good rows are then issued
 * through {@link TaskService#issue} in one transaction, each task keeping its source.
 */
@Service
public class TaskImportService {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    /** Refuse a file whose parts inflate beyond this (a zip bomb dressed as a spreadsheet). */
    static final long MAX_INFLATED = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 2000;
    private static final int HEADER_SEARCH_ROWS = 10;

    private final TaskService tasks;
    private final AgencyService agencies;
    private final ExchangeTexts texts;
    private final Clock clock;

    TaskImportService(TaskService tasks, AgencyService agencies, ExchangeTexts texts, Clock clock) {
        this.tasks = tasks;
        this.agencies = agencies;
        this.texts = texts;
        this.clock = clock;
    }

    /** A task row read from the file, cells as text (the deadline also as a date when the cell is one). */
    record RawRow(int number, Map<ImportColumn, String> cells, LocalDate deadlineDate) {
        String get(ImportColumn c) {
            String v = cells.get(c);
            return v == null ? "" : v.strip();
        }
    }

    /** Refused unless the current user is secretariat or admin. */
    public static void requireImporter() {
        if (!CurrentUser.require().has(Role.SECRETARIAT, Role.ADMIN)) {
            throw DomainException.forbidden("Chỉ thường trực hoặc quản trị mới được nhập nhiệm vụ từ Excel.");
        }
    }

    /**
     * Checks and imports a file.
     *
     * @param skipInvalid import the valid rows even when some rows are invalid
     */
    @Transactional
    public ImportReport importFile(String fileName, byte[] content, boolean skipInvalid) {
        requireImporter();
        String name = fileName == null || fileName.isBlank() ? "tep-nhiem-vu.xlsx" : fileName.strip();
        Layout layout;
        List<RawRow> rows;
        try (XSSFWorkbook wb = open(content)) {
            layout = layout(wb);
            rows = rows(layout);
        } catch (IOException e) {
            throw corrupt();
        }
        Map<ImportColumn, String> headers = layout.names();
        if (rows.isEmpty()) {
            throw DomainException.invalid("import_empty", "Tệp không có dòng nhiệm vụ nào dưới dòng tiêu đề.");
        }
        List<Agency> all = agencies.all();
        Map<String, Agency> byCode = new HashMap<>();
        all.forEach(a -> byCode.put(a.code(), a));
        int year = LocalDate.now(clock).getYear();
        List<ImportIssue> issues = new ArrayList<>();
        List<NewTask> valid = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Integer> invalidRows = new ArrayList<>();
        String defaultSource = clip(texts.get("exchange.import.defaultSource", name), 300);
        for (RawRow row : rows) {
            List<ImportIssue> found = new ArrayList<>();
            NewTask task = check(row, headers, all, byCode, year, found);
            if (found.isEmpty()) {
                valid.add(task);
                String source = row.get(ImportColumn.SOURCE);
                sources.add(source.isEmpty() ? defaultSource : source);
            } else {
                issues.addAll(found);
                invalidRows.add(row.number());
            }
        }
        if (valid.isEmpty() || !invalidRows.isEmpty() && !skipInvalid) {
            return new ImportReport(name, rows.size(), valid.size(), invalidRows.size(), 0, skipInvalid, issues,
                    List.of(), List.of());
        }
        List<Long> ids = tasks.issue(null, valid);
        tasks.recordSources(ids, sources);
        return new ImportReport(name, rows.size(), valid.size(), invalidRows.size(), ids.size(), skipInvalid, issues,
                invalidRows, ids);
    }

    // --- reading the file -------------------------------------------------------------------------------

    private static DomainException corrupt() {
        return DomainException.invalid("import_unreadable",
                "Không đọc được tệp: tệp bị hỏng hoặc không phải bảng tính Excel (.xlsx).");
    }

    /** Refuses a file over {@link #MAX_BYTES} before it is read into memory. */
    public static void checkSize(long bytes) {
        if (bytes > MAX_BYTES) {
            throw DomainException.invalid("import_too_large", "Tệp vượt quá dung lượng cho phép ("
                    + MAX_BYTES / (1024 * 1024) + " MB); hãy chia thành nhiều tệp.");
        }
    }

    static XSSFWorkbook open(byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("import_empty", "Tệp rỗng.");
        }
        checkSize(content.length);
        if (content.length >= 4 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF) {
            throw DomainException.invalid("import_xls", "Tệp Excel 97-2003 (.xls) chưa được hỗ trợ; hãy mở tệp bằng"
                    + " Excel và lưu lại dưới dạng .xlsx.");
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw DomainException.invalid("import_not_xlsx",
                    "Tệp không phải bảng tính Excel (.xlsx). Hãy dùng mẫu tải về từ trang nhập nhiệm vụ.");
        }
        checkInflatedSize(content);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw corrupt();
        }
    }

    /** Inflates the parts into nothing, counting, so that a small file can't expand to gigabytes in memory. */
    private static void checkInflatedSize(byte[] content) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw corrupt();
                }
                int n;
                while ((n = ((InputStream) zip).read(buffer)) != -1) {
                    total += n;
                    if (total > MAX_INFLATED) {
                        throw DomainException.invalid("import_too_large",
                                "Tệp có dữ liệu nén bất thường (quá lớn khi giải nén), không đọc.");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt();
        }
        if (entries == 0) {
            throw corrupt();
        }
    }

    /** Where the tasks are: the sheet, its header row, each column's index and header as written. */
    record Layout(Sheet sheet, int headerRow, Map<ImportColumn, Integer> index, Map<ImportColumn, String> names) {
    }

    /** The first sheet with a header row naming at least the content and the lead columns. */
    private Layout layout(XSSFWorkbook wb) {
        for (Sheet sheet : wb) {
            for (int r = sheet.getFirstRowNum(); r >= 0 && r < sheet.getFirstRowNum() + HEADER_SEARCH_ROWS; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<ImportColumn, Integer> found = new EnumMap<>(ImportColumn.class);
                Map<ImportColumn, String> names = new EnumMap<>(ImportColumn.class);
                for (Cell cell : row) {
                    String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
                    for (ImportColumn c : ImportColumn.values()) {
                        if (!found.containsKey(c) && c.matches(text)) {
                            found.put(c, cell.getColumnIndex());
                            names.put(c, text.strip());
                            break;
                        }
                    }
                }
                if (found.containsKey(ImportColumn.CONTENT) && found.containsKey(ImportColumn.LEAD)) {
                    return new Layout(sheet, r, found, names);
                }
            }
        }
        throw DomainException.invalid("import_no_header", "Không tìm thấy dòng tiêu đề có các cột \""
                + texts.get(ImportColumn.CONTENT.messageKey()) + "\" và \"" + texts.get(ImportColumn.LEAD.messageKey())
                + "\". Hãy dùng mẫu tải về từ trang nhập nhiệm vụ.");
    }

    private static List<RawRow> rows(Layout layout) {
        Map<ImportColumn, Integer> index = layout.index();
        int header = layout.headerRow();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT); // "1.2" stays "1.2" whatever the server locale
        formatter.setUseCachedValuesForFormulaCells(true);
        List<RawRow> out = new ArrayList<>();
        for (Row row : layout.sheet()) {
            if (row.getRowNum() <= header) {
                continue;
            }
            Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
            LocalDate date = null;
            boolean blank = true;
            for (Map.Entry<ImportColumn, Integer> e : index.entrySet()) {
                Cell cell = row.getCell(e.getValue());
                if (cell == null) {
                    continue;
                }
                if (e.getKey() == ImportColumn.DEADLINE && isDate(cell)) {
                    date = cell.getLocalDateTimeCellValue().toLocalDate();
                    blank = false;
                    continue;
                }
                String text = formatter.formatCellValue(cell);
                if (!text.isBlank()) {
                    cells.put(e.getKey(), text);
                    blank = false;
                }
            }
            if (blank) {
                continue;
            }
            if (out.size() == MAX_ROWS) {
                throw DomainException.invalid("import_too_many_rows", "Tệp có hơn " + MAX_ROWS
                        + " dòng nhiệm vụ; hãy chia thành nhiều tệp.");
            }
            out.add(new RawRow(row.getRowNum() + 1, cells, date));
        }
        return out;
    }

    private static boolean isDate(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
    }

    // --- checking a row ---------------------------------------------------------------------------------

    private NewTask check(RawRow row, Map<ImportColumn, String> headers, List<Agency> all, Map<String, Agency> byCode,
                          int year, List<ImportIssue> issues) {
        int n = row.number();
        String content = row.get(ImportColumn.CONTENT);
        if (content.isEmpty()) {
            issues.add(new ImportIssue(n, header(headers, ImportColumn.CONTENT), "Thiếu nội dung nhiệm vụ."));
        }
        List<Long> leads = List.of();
        if (row.get(ImportColumn.LEAD).isEmpty()) {
            issues.add(new ImportIssue(n, header(headers, ImportColumn.LEAD), "Thiếu cơ quan chủ trì."));
        } else {
            int before = issues.size();
            leads = agencies(row, ImportColumn.LEAD, headers, all, byCode, issues);
            if (leads.isEmpty() && issues.size() == before) {
                issues.add(new ImportIssue(n, header(headers, ImportColumn.LEAD), "\"" + row.get(ImportColumn.LEAD)
                        + "\" không chỉ rõ cơ quan nào; hãy ghi cơ quan chủ trì cụ thể."));
            }
        }
        List<Long> support = agencies(row, ImportColumn.SUPPORT, headers, all, byCode, issues);
        ImportDeadline deadline = ImportDeadline.NONE;
        try {
            deadline = row.deadlineDate() != null ? ImportDeadline.of(row.deadlineDate())
                    : ImportDeadline.parse(row.get(ImportColumn.DEADLINE), year);
        } catch (ImportDeadline.Invalid e) {
            issues.add(new ImportIssue(n, header(headers, ImportColumn.DEADLINE), e.getMessage()));
        }
        String recurrence = deadline.recurrence();
        try {
            String written = ImportDeadline.recurrence(row.get(ImportColumn.RECURRENCE));
            recurrence = written != null ? written : recurrence;
        } catch (ImportDeadline.Invalid e) {
            issues.add(new ImportIssue(n, header(headers, ImportColumn.RECURRENCE), e.getMessage()));
        }
        tooLong(row, ImportColumn.REF, 60, headers, issues);
        tooLong(row, ImportColumn.PRODUCT, 300, headers, issues);
        tooLong(row, ImportColumn.SOURCE, 300, headers, issues);
        if (issues.stream().anyMatch(i -> i.row() == n)) {
            return null;
        }
        String ref = row.get(ImportColumn.REF);
        String product = row.get(ImportColumn.PRODUCT);
        return new NewTask(ref.isEmpty() ? null : ref, content, deadline.date(), deadline.text(), recurrence,
                deadline.standing(), product.isEmpty() ? null : product, leads, support);
    }

    private String header(Map<ImportColumn, String> headers, ImportColumn c) {
        String h = headers.get(c);
        return h != null ? h : texts.get(c.messageKey());
    }

    private void tooLong(RawRow row, ImportColumn c, int max, Map<ImportColumn, String> headers, List<ImportIssue> issues) {
        if (row.get(c).length() > max) {
            issues.add(new ImportIssue(row.number(), header(headers, c), "Dài quá " + max + " ký tự."));
        }
    }

    /**
     * The agencies named in a cell (separated by ";" or line breaks), resolved like issuing a notice: a
     * group becomes its member agencies, "… liên quan" (no agency in particular) adds nobody.
     */
    private List<Long> agencies(RawRow row, ImportColumn column, Map<ImportColumn, String> headers, List<Agency> all,
                                Map<String, Agency> byCode, List<ImportIssue> issues) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : row.get(column).split("[;\\n\\r]+")) {
            String mention = part.strip().replaceAll("[.,]+$", "").strip();
            if (mention.isEmpty()) {
                continue;
            }
            AgencyMatch m = agencies.resolve(mention).orElse(null);
            Agency a = m == null ? null : byCode.get(m.code());
            if (a == null || !a.active()) {
                issues.add(new ImportIssue(row.number(), header(headers, column),
                        "Không tìm thấy \"" + mention + "\" trong danh bạ cơ quan, đơn vị."));
            } else if (!a.group()) {
                ids.add(a.id());
            } else if (!a.unspecified()) {
                agencies.members(a, all).forEach(member -> ids.add(member.id()));
            }
        }
        return new ArrayList<>(ids);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
