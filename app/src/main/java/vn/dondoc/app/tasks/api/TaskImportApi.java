package vn.dondoc.app.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.tasks.exchange.ImportReport;
import vn.dondoc.app.tasks.exchange.TaskImportService;
import vn.dondoc.app.tasks.exchange.TaskImportTemplate;

/** Excel import of an existing task list (secretariat and admin). */
@RestController
@RequestMapping("/api/v1/tasks/import")
@Tag(name = "Nhiệm vụ")
class TaskImportApi {

    private final TaskImportService imports;
    private final TaskImportTemplate template;

    TaskImportApi(TaskImportService imports, TaskImportTemplate template) {
        this.imports = imports;
        this.template = template;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập nhiệm vụ từ tệp Excel (.xlsx theo mẫu); báo lỗi từng dòng, không nhập gì khi có dòng lỗi"
            + " trừ khi skip_invalid=true")
    ImportReport importFile(@RequestParam(required = false) MultipartFile file,
                            @RequestParam(name = "skip_invalid", defaultValue = "false") boolean skipInvalid)
            throws IOException {
        TaskImportService.requireImporter();
        if (file == null) {
            throw DomainException.invalid("import_no_file", "Chưa chọn tệp Excel để nhập (trường file).");
        }
        TaskImportService.checkSize(file.getSize());
        return imports.importFile(file.getOriginalFilename(), file.getBytes(), skipInvalid);
    }

    @GetMapping("/template")
    @Operation(summary = "Tệp mẫu Excel để nhập nhiệm vụ")
    ResponseEntity<byte[]> template() {
        TaskImportService.requireImporter();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-nhiem-vu.xlsx\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(template.bytes());
    }
}
