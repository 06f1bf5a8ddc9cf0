package org.plaza.starter.webtest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.starter.problem.PlazaProblem;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Public API endpoints that accept input or fail in every way the starter must answer. */
@RestController
@RequestMapping("/api/public/test")
class PublicTestApi {

    enum Choice { YES, NO }

    record Shift(@NotNull LocalDate date) {
    }

    record Signature(@NotBlank @Email String email, @NotBlank @Size(max = 80) String name, Integer age, Choice choice,
            List<@Valid Shift> shifts) {
    }

    public static class SignatureForm {
        @NotBlank
        @Email
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    private final MessageSource messages;
    private final Volunteers volunteers;

    PublicTestApi(MessageSource messages, Volunteers volunteers) {
        this.messages = messages;
        this.volunteers = volunteers;
    }

    @PostMapping("/signatures")
    Signature sign(@Valid @RequestBody Signature signature) {
        return signature;
    }

    @PostMapping(path = "/form-signatures", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String signForm(@Valid @ModelAttribute SignatureForm form) {
        return form.getEmail();
    }

    @GetMapping("/items/{id}")
    Map<String, Long> item(@PathVariable long id) {
        return Map.of("id", id);
    }

    @GetMapping("/search")
    String search(@RequestParam @Email String email) {
        return email;
    }

    @GetMapping("/required")
    String required(@RequestParam String q) {
        return q;
    }

    @PostMapping("/volunteers")
    String volunteer(@RequestParam String email) {
        return volunteers.register(email);
    }

    @GetMapping("/greeting")
    String greeting(Locale locale) {
        return messages.getMessage("test.greeting", null, locale);
    }

    @GetMapping("/boom")
    String boom() {
        throw new IllegalStateException("secret internal detail at org.plaza.Internal");
    }

    @GetMapping("/store-down")
    String storeDown() {
        throw new DataAccessResourceFailureException("secret: mongo at 10.0.0.7 timed out");
    }

    @GetMapping("/closed")
    String closed() {
        throw PlazaProblem.conflict("petition-closed", "test.problem.closed", "Agua limpia")
                .withFieldError("petition", "test.problem.closed.field");
    }
}
