package vn.dondoc.app.tasks.exchange;

import java.time.LocalDate;

/** Import files for the browser test (another package), built like {@link TaskImportTest}'s. */
public final class TaskImportBrowserFiles {

    private TaskImportBrowserFiles() {
    }

    /** Two good rows and one with an unknown lead agency. */
    public static byte[] oneBadRow(String marker) throws Exception {
        return TaskImportTest.workbook(TaskImportTest.HEADER,
                new Object[] {"Thông báo 99/TB-UBND", "1", "Rà soát thủ tục hành chính " + marker, "Sở Tư pháp", null,
                        LocalDate.now().plusMonths(2)},
                new Object[] {"Thông báo 99/TB-UBND", "2", "Lập danh mục dự án " + marker, "Sở Không Tồn Tại", null,
                        "trong Quý IV/2026"},
                new Object[] {"Thông báo 99/TB-UBND", "3", "Báo cáo kết quả " + marker, "Sở Tài chính", "Sở Nội vụ",
                        "trong năm 2026"});
    }
}
