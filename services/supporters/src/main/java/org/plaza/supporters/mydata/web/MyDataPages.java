package org.plaza.supporters.mydata.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.phone.InvalidPhoneException;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.supporter.InvalidEmailException;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.supporters.erasure.Erasing;
import org.plaza.supporters.mydata.CodeAddress;
import org.plaza.supporters.mydata.CodeVerdict;
import org.plaza.supporters.mydata.ConsentChoices;
import org.plaza.supporters.mydata.MyData;
import org.plaza.supporters.mydata.MyDataCodes;
import org.plaza.supporters.mydata.MyDataReader;
import org.plaza.supporters.supporter.SupportersSettings;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resident's "my data" pages. The address form answers the same for every valid address or mobile number (the code
 * page; a number gets its code by text, for residents who gave Plaza no email), the code opens a session held in an
 * HttpOnly, SameSite=Strict cookie limited to these pages, and every change is a form post with the starter's CSRF
 * token. Pages with personal data are never cached.
 */
@Controller
@RequestMapping("/supporters/my-data")
class MyDataPages {

    static final String COOKIE = "plaza_my_data";
    static final String PATH = "/supporters/my-data";

    private final MyDataCodes codes;
    private final MyDataReader reader;
    private final ConsentChoices consents;
    private final Erasing erasing;
    private final Vocabulary vocabulary;
    private final SupportersSettings supporters;
    private final JsonMapper json;
    private final MessageSource messages;
    private final PhoneNumbers phones;

    MyDataPages(MyDataCodes codes, MyDataReader reader, ConsentChoices consents, Erasing erasing, Vocabulary vocabulary,
            SupportersSettings supporters, JsonMapper json, MessageSource messages, PhoneNumbers phones) {
        this.codes = codes;
        this.reader = reader;
        this.consents = consents;
        this.erasing = erasing;
        this.vocabulary = vocabulary;
        this.supporters = supporters;
        this.json = json;
        this.messages = messages;
        this.phones = phones;
    }

    @GetMapping
    String start(@RequestParam(required = false) String notice, Model model) {
        model.addAttribute("notice", notice);
        return "supporters/my-data/start";
    }

    @PostMapping
    String requestCode(@RequestParam(required = false) String email, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String website, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String typedEmail = email == null ? "" : email.strip();
        String typedPhone = phone == null ? "" : phone.strip();
        CodeAddress to = null;
        String emailError = null;
        String phoneError = null;
        if (typedEmail.isEmpty() && typedPhone.isEmpty()) {
            emailError = "mydata.contact.missing";
        } else if (!typedEmail.isEmpty() && !typedPhone.isEmpty()) {
            phoneError = "mydata.contact.both";
        } else if (!typedEmail.isEmpty()) {
            try {
                to = typedEmail.length() > 254 ? null : CodeAddress.email(typedEmail);
            } catch (InvalidEmailException e) {
                to = null;
            }
            emailError = to == null ? "mydata.email.invalid" : null;
        } else {
            try {
                to = CodeAddress.phone(phones.canonical(typedPhone));
            } catch (InvalidPhoneException e) {
                phoneError = e.problem().messageKey();
            }
        }
        if (to == null) {
            model.addAttribute("email", typedEmail);
            model.addAttribute("phone", typedPhone);
            model.addAttribute("emailError", emailError);
            model.addAttribute("phoneError", phoneError);
            return FormAnswers.withErrors(response, "supporters/my-data/start");
        }
        String codePage = PATH + "/code" + (to.byText() ? "?via=text&" : "?");
        if (website != null && !website.isBlank()) {
            return "redirect:" + codePage.substring(0, codePage.length() - 1);
        }
        Optional<String> ticket = codes.request(to, locale, request.getRemoteAddr());
        if (ticket.isEmpty()) {
            model.addAttribute("notice", "too-many");
            response.setHeader(HttpHeaders.RETRY_AFTER, "600");
            return FormAnswers.withStatus(response, HttpStatus.TOO_MANY_REQUESTS, "supporters/my-data/start");
        }
        return "redirect:" + codePage + "ticket=" + ticket.get();
    }

    @GetMapping("/code")
    String codePage(@RequestParam(required = false) String ticket, @RequestParam(required = false) String via,
            Model model) {
        model.addAttribute("ticket", ticket);
        model.addAttribute("byText", "text".equals(via));
        return "supporters/my-data/code";
    }

    @PostMapping("/code")
    String enterCode(@RequestParam(required = false) String ticket, @RequestParam(required = false) String code,
            @RequestParam(required = false) String via, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        MyDataCodes.Opening opening = codes.open(ticket, code);
        if (opening.opened()) {
            codes.session(opening.token()).ifPresent(session -> setCookie(response, request, opening.token(),
                    session.remaining()));
            return "redirect:" + PATH + "/view";
        }
        boolean byText = "text".equals(via);
        model.addAttribute("ticket", ticket);
        model.addAttribute("byText", byText);
        if (opening.verdict() == CodeVerdict.WRONG) {
            model.addAttribute("codeError", byText ? "mydata.code.text.wrong" : "mydata.code.wrong");
        } else {
            model.addAttribute("codeProblem", "mydata.code." + opening.verdict().name().toLowerCase(Locale.ROOT));
        }
        return FormAnswers.withErrors(response, "supporters/my-data/code");
    }

    @GetMapping("/view")
    String view(@CookieValue(name = COOKIE, required = false) String token, @RequestParam(required = false) String done,
            Locale locale, HttpServletResponse response, Model model) {
        Optional<MyDataCodes.Session> session = codes.session(token);
        if (session.isEmpty()) {
            return "redirect:" + PATH + "?notice=session-ended";
        }
        noStore(response);
        MyData data = reader.read(session.get().supporterId());
        model.addAttribute("data", data);
        model.addAttribute("done", done);
        model.addAttribute("labels", labels(locale));
        model.addAttribute("channels", ConsentChoices.CHANNELS);
        model.addAttribute("categories", ConsentChoices.CATEGORIES);
        return "supporters/my-data/view";
    }

    @GetMapping("/download.json")
    ResponseEntity<StreamingResponseBody> downloadJson(@CookieValue(name = COOKIE, required = false) String token) {
        Optional<MyDataCodes.Session> session = codes.session(token);
        if (session.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(PATH + "?notice=session-ended"))
                    .build();
        }
        MyData data = reader.read(session.get().supporterId());
        return download("plaza-my-data.json", MediaType.APPLICATION_JSON, out -> json.writeValue(out, data));
    }

    @GetMapping("/download.csv")
    ResponseEntity<StreamingResponseBody> downloadCsv(@CookieValue(name = COOKIE, required = false) String token,
            Locale locale) {
        Optional<MyDataCodes.Session> session = codes.session(token);
        if (session.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(PATH + "?notice=session-ended"))
                    .build();
        }
        MyData data = reader.read(session.get().supporterId());
        return download("plaza-my-data.csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                out -> new MyDataCsv(messages, labels(locale), locale).write(data, out));
    }

    @PostMapping("/consent")
    String changeConsent(@CookieValue(name = COOKIE, required = false) String token,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String category,
            @RequestParam(required = false) Boolean granted, Locale locale) {
        Optional<MyDataCodes.Session> session = codes.session(token);
        if (session.isEmpty()) {
            return "redirect:" + PATH + "?notice=session-ended";
        }
        boolean changed = granted != null
                && consents.change(session.get().supporterId(), channel, category, granted, locale);
        return "redirect:" + PATH + "/view?done=" + (changed ? "consent" : "unchanged");
    }

    @GetMapping("/erase")
    String confirmErasure(@CookieValue(name = COOKIE, required = false) String token, HttpServletResponse response) {
        if (codes.session(token).isEmpty()) {
            return "redirect:" + PATH + "?notice=session-ended";
        }
        noStore(response);
        return "supporters/my-data/erase";
    }

    @PostMapping("/erase")
    String erase(@CookieValue(name = COOKIE, required = false) String token,
            @RequestParam(required = false) String confirm, HttpServletRequest request, HttpServletResponse response) {
        Optional<MyDataCodes.Session> session = codes.session(token);
        if (session.isEmpty()) {
            return "redirect:" + PATH + "?notice=session-ended";
        }
        if (!"yes".equals(confirm)) {
            return "redirect:" + PATH + "/view";
        }
        erasing.erase(session.get().supporterId());
        codes.forget(session.get().supporterId());
        setCookie(response, request, "", Duration.ZERO);
        return "redirect:" + PATH + "/erased";
    }

    @GetMapping("/erased")
    String erased() {
        return "supporters/my-data/erased";
    }

    @PostMapping("/sign-out")
    String signOut(@CookieValue(name = COOKIE, required = false) String token, HttpServletRequest request,
            HttpServletResponse response) {
        codes.session(token).ifPresent(codes::end);
        setCookie(response, request, "", Duration.ZERO);
        return "redirect:" + PATH + "?notice=signed-out";
    }

    private MyDataLabels labels(Locale locale) {
        return new MyDataLabels(vocabulary, supporters.timeZone(), locale);
    }

    private static ResponseEntity<StreamingResponseBody> download(String filename, MediaType type,
            IOConsumer writer) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(writer::accept);
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }

    private static void setCookie(HttpServletResponse response, HttpServletRequest request, String value,
            Duration maxAge) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value).path(PATH).httpOnly(true).sameSite("Strict")
                .secure(request.isSecure()).maxAge(maxAge).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** Writes a download to the response stream. */
    @FunctionalInterface
    private interface IOConsumer {
        void accept(java.io.OutputStream out) throws IOException;
    }
}
