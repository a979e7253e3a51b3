package vn.dondoc.app.tasks.web;

import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.tasks.exchange.TaskImportService;
import vn.dondoc.app.tasks.exchange.TaskImportTemplate;

/** The import page: template download, upload, row-by-row report (secretariat and admin). */
@Controller
class TaskImportController {

    private final TaskImportService imports;
    private final TaskImportTemplate template;

    TaskImportController(TaskImportService imports, TaskImportTemplate template) {
        this.imports = imports;
        this.template = template;
    }

    @GetMapping("/tasks/import")
    String page(Model model) {
        TaskImportService.requireImporter();
        limits(model);
        return "tasks/import";
    }

    @GetMapping("/tasks/import/template")
    ResponseEntity<byte[]> template() {
        TaskImportService.requireImporter();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-nhiem-vu.xlsx\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(template.bytes());
    }

    @PostMapping("/tasks/import")
    String upload(@RequestParam(required = false) MultipartFile file,
                  @RequestParam(name = "skip_invalid", defaultValue = "false") boolean skipInvalid, Model model)
            throws IOException {
        TaskImportService.requireImporter();
        limits(model);
        model.addAttribute("skipInvalid", skipInvalid);
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("import_no_file", "Chưa chọn tệp Excel để nhập.");
            }
            TaskImportService.checkSize(file.getSize());
            model.addAttribute("report", imports.importFile(file.getOriginalFilename(), file.getBytes(), skipInvalid));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            model.addAttribute("error", e.getMessage());
        }
        return "tasks/import";
    }

    private static void limits(Model model) {
        model.addAttribute("maxMb", TaskImportService.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", TaskImportService.MAX_ROWS);
    }
}
