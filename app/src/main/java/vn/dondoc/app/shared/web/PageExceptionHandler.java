package vn.dondoc.app.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.dondoc.app.shared.DomainException;

/** A refused request on a page: the Vietnamese message on an error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        int status = e.kind().status();
        response.setStatus(status);
        ModelAndView mv = new ModelAndView("error/refused");
        mv.addObject("status", status);
        mv.addObject("message", e.getMessage());
        return mv;
    }
}
