package org.plaza.petitions.signature.web;

import java.util.Locale;
import java.util.Map;

import org.plaza.petitions.signature.FieldProblem;
import org.plaza.petitions.signature.SigningRequest;
import org.plaza.petitions.signature.SigningService;
import org.plaza.petitions.signature.VerificationService;
import org.plaza.petitions.signature.VerificationService.Outcome;
import org.plaza.petitions.signature.VerificationService.Resend;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Signing as JSON, for other front ends and the load generator: the same rules and answers as the
 * pages, with problem details in the request's language.
 */
@RestController
@RequestMapping("/api/public/petitions/{slug}")
class PublicSigningApi {

    private final SigningService signing;
    private final VerificationService verification;

    PublicSigningApi(SigningService signing, VerificationService verification) {
        this.signing = signing;
        this.verification = verification;
    }

    /**
     * Signs; 202 with the ticket whether or not the address had signed before. Every problem at once: sizes and
     * required fields, and what the signing rules find (neither an email nor a mobile number, a bad number…).
     */
    @PostMapping("/signatures")
    ResponseEntity<Map<String, String>> sign(@PathVariable String slug, @Valid @RequestBody SignatureBody body,
            BindingResult errors, Locale locale, HttpServletRequest request) throws BindException {
        SigningRequest signingRequest = body.toRequest();
        SigningService.CheckedRequest checked = signing.check(signingRequest);
        if (!signingRequest.honeypotFilled()) {
            for (FieldProblem problem : checked.problems()) {
                if (!errors.hasFieldErrors(problem.field())) {
                    errors.addError(new FieldError(errors.getObjectName(), problem.field(), null, false,
                            new String[] { problem.messageKey() }, null, problem.messageKey()));
                }
            }
        }
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        String ticket = signing.sign(slug, checked, request.getRemoteAddr(), locale, null);
        return ResponseEntity.accepted().body(Map.of("status", "CHECK_EMAIL", "ticket", ticket));
    }

    /** Confirms with {@code token} (from the emailed link) or {@code ticket} and {@code code}. */
    @PostMapping("/confirmations")
    ResponseEntity<Map<String, String>> confirm(@PathVariable String slug, @Valid @RequestBody ConfirmationBody body) {
        Outcome outcome;
        if (body.token() != null && !body.token().isBlank()) {
            outcome = verification.confirmWithToken(slug, body.token());
        } else if (body.ticket() != null && body.code() != null) {
            outcome = verification.confirmWithCode(slug, body.ticket(), body.code());
        } else {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("token", "confirm.api.token-or-code");
        }
        if (outcome.counts()) {
            return ResponseEntity.ok(Map.of("status", outcome.name()));
        }
        HttpStatus status = PetitionPages.status(outcome);
        throw new PlazaProblem(status, "confirmation-" + PetitionPages.outcomeKey(outcome),
                "confirm.outcome." + PetitionPages.outcomeKey(outcome));
    }

    /** Sends the verification email again; 202, or 429 within the resend limits. */
    @PostMapping("/verification-emails")
    ResponseEntity<Map<String, String>> resend(@PathVariable String slug, @Valid @RequestBody ResendBody body,
            Locale locale) {
        Resend result = verification.resend(slug, body.ticket(), locale);
        if (result == Resend.TOO_SOON || result == Resend.DAILY_LIMIT) {
            throw new PlazaProblem(HttpStatus.TOO_MANY_REQUESTS, "resend-limited",
                    result == Resend.TOO_SOON ? "check-email.notice.too-soon" : "check-email.notice.daily-limit");
        }
        return ResponseEntity.accepted().body(Map.of("status", "SENT"));
    }

    record SignatureBody(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*") String fullName,
            @Size(max = 254) String email,
            @Size(max = 40) String community,
            @Size(max = 10) String zip,
            @Size(max = 1000) String comment,
            Boolean updatesOptIn,
            Boolean volunteerOptIn,
            @Size(max = 200) String website,
            @Size(max = 40) String phone,
            Boolean smsOptIn) {

        SigningRequest toRequest() {
            return new SigningRequest(fullName, email, community, zip, comment, Boolean.TRUE.equals(updatesOptIn),
                    Boolean.TRUE.equals(volunteerOptIn), website, phone, Boolean.TRUE.equals(smsOptIn));
        }
    }

    record ConfirmationBody(@Size(max = 200) String token, @Size(max = 200) String ticket, @Size(max = 20) String code) {
    }

    record ResendBody(@NotBlank @Size(max = 200) String ticket) {
    }
}
