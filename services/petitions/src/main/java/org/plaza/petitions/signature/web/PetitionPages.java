package org.plaza.petitions.signature.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.plaza.petitions.PetitionSettings;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.petitions.signature.PublicComments;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionCatalog;
import org.plaza.petitions.signature.FieldProblem;
import org.plaza.petitions.signature.SigningService;
import org.plaza.petitions.signature.VerificationService;
import org.plaza.starter.share.ShareLinks;
import org.plaza.starter.share.ShareSources;
import org.plaza.petitions.signature.VerificationService.Outcome;
import org.plaza.petitions.signature.VerificationService.Resend;
import org.plaza.petitions.tally.LiveCounts;
import org.plaza.starter.layout.LayoutAttributes;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The resident's pages: the petition with its signing form, check your email or your texts (type the code, or ask
 * again), the landing page of the emailed link (a POST button, because mail scanners open links), and
 * the thank-you page. Every form posts and redirects, and works without JavaScript.
 */
@Controller
@RequestMapping("/petitions/{slug}")
class PetitionPages {

    /** How long a browser may reuse the redirect from an id to the slug (slugs do not change; this bounds it anyway). */
    private static final Duration ID_REDIRECT_MAX_AGE = Duration.ofHours(1);

    private final PetitionCatalog catalog;
    private final LiveCounts counts;
    private final Vocabulary vocabulary;
    private final PublicComments comments;
    private final SigningService signing;
    private final VerificationService verification;
    private final PetitionSettings settings;
    private final Clock clock;

    PetitionPages(PetitionCatalog catalog, LiveCounts counts, Vocabulary vocabulary, PublicComments comments,
            SigningService signing, VerificationService verification, PetitionSettings settings, Clock clock) {
        this.catalog = catalog;
        this.counts = counts;
        this.vocabulary = vocabulary;
        this.comments = comments;
        this.signing = signing;
        this.verification = verification;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The petition's page by its slug; by its id (how other services link to it, {@code ResidentLinks.petition}),
     * a permanent redirect to the page by its slug that keeps the language asked for ({@code ?lang=}).
     */
    @GetMapping
    Object petition(@PathVariable String slug, @RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = ShareLinks.SOURCE, required = false) String src, Locale locale, Model model) {
        String source = ShareSources.code(src);
        if (PetitionCatalog.isPetitionId(slug)) {
            Petition petition = catalog.publicPetitionById(slug);
            UriComponentsBuilder page = UriComponentsBuilder.fromPath("/petitions/{slug}");
            if (lang != null) {
                page.queryParam("lang", "{lang}");
            }
            if (source != null) {
                page.queryParam(ShareLinks.SOURCE, "{src}");
            }
            URI location = page.encode().buildAndExpand(Map.of("slug", petition.slug(), "lang", lang == null ? "" : lang,
                    "src", source == null ? "" : source)).toUri();
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(location)
                    .cacheControl(CacheControl.maxAge(ID_REDIRECT_MAX_AGE).cachePublic()).build();
        }
        SignatureForm form = new SignatureForm();
        form.setSrc(source);
        return page(slug, form, locale, model);
    }

    @PostMapping("/signatures")
    String sign(@PathVariable String slug, @Validated @ModelAttribute("form") SignatureForm form, BindingResult errors,
            Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
        catalog.publicPetition(slug);
        SigningService.CheckedRequest checked = signing.check(form.toRequest());
        if (!checked.request().honeypotFilled()) {
            for (FieldProblem problem : checked.problems()) {
                if (!errors.hasFieldErrors(problem.field())) {
                    errors.rejectValue(problem.field(), problem.messageKey());
                }
            }
        }
        if (errors.hasErrors()) {
            return FormAnswers.withErrors(response, page(slug, form, locale, model));
        }
        String ticket;
        try {
            ticket = signing.sign(slug, checked, request.getRemoteAddr(), locale, ShareSources.of(form.getSrc()));
        } catch (PlazaProblem problem) {
            if (problem.getFieldErrors().isEmpty()) {
                throw problem;
            }
            problem.getFieldErrors().forEach(field -> errors.rejectValue(field.name(), field.messageKey()));
            return FormAnswers.withErrors(response, page(slug, form, locale, model));
        }
        return "redirect:" + checkPage(slug, ticket, !form.toRequest().hasEmail()).buildAndExpand(slug).encode()
                .toUriString();
    }

    /** The check page of a ticket; {@code via=sms} when the code went by text (only the page's wording changes). */
    private static UriComponentsBuilder checkPage(String slug, String ticket, boolean sms) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/petitions/{slug}/check-email").queryParam("t", ticket);
        return sms ? uri.queryParam("via", "sms") : uri;
    }

    private static boolean sms(String via) {
        return "sms".equals(via);
    }

    @GetMapping("/check-email")
    String checkEmail(@PathVariable String slug, @RequestParam(name = "t", required = false) String ticket,
            @RequestParam(required = false) String notice, @RequestParam(required = false) String via, Locale locale,
            Model model) {
        return checkEmailPage(slug, ticket, "resent".equals(notice) ? notice : null, via, locale, model);
    }

    private String checkEmailPage(String slug, String ticket, String notice, String via, Locale locale, Model model) {
        Petition petition = catalog.publicPetition(slug);
        model.addAttribute("sms", sms(via));
        model.addAttribute("slug", slug);
        model.addAttribute("title", petition.title(locale.getLanguage()));
        model.addAttribute("ticket", ticket);
        model.addAttribute("ticketValid", verification.ticketValid(ticket));
        model.addAttribute("notice", notice);
        return "petitions/check-email";
    }

    @PostMapping("/confirm-code")
    String confirmCode(@PathVariable String slug, @RequestParam(name = "t", required = false) String ticket,
            @RequestParam(required = false) String code, @RequestParam(required = false) String via, Locale locale,
            Model model, HttpServletResponse response) {
        Outcome outcome = verification.confirmWithCode(slug, ticket, code);
        if (outcome.counts()) {
            return confirmedRedirect(slug, outcome);
        }
        Petition petition = catalog.publicPetition(slug);
        model.addAttribute("sms", sms(via));
        model.addAttribute("slug", slug);
        model.addAttribute("title", petition.title(locale.getLanguage()));
        model.addAttribute("ticket", ticket);
        model.addAttribute("ticketValid", outcome != Outcome.TICKET_EXPIRED);
        model.addAttribute("codeError", "confirm.outcome." + outcomeKey(outcome));
        model.addAttribute("code", code == null || code.length() > 20 ? "" : code);
        return FormAnswers.withStatus(response, status(outcome), "petitions/check-email");
    }

    /**
     * Sends the code again: a See Other to the check page saying so; a resend too soon or past the day's limit is
     * refused on the check page itself (429), which still takes the code already sent.
     */
    @PostMapping("/resend")
    String resend(@PathVariable String slug, @RequestParam(name = "t", required = false) String ticket,
            @RequestParam(required = false) String via, Locale locale, Model model, HttpServletResponse response) {
        Resend result = verification.resend(slug, ticket, locale);
        if (result == Resend.TOO_SOON || result == Resend.DAILY_LIMIT) {
            String page = checkEmailPage(slug, ticket, result == Resend.TOO_SOON ? "too-soon" : "daily-limit", via,
                    locale, model);
            return FormAnswers.withStatus(response, HttpStatus.TOO_MANY_REQUESTS, page);
        }
        return "redirect:" + checkPage(slug, ticket, sms(via)).queryParam("notice", "resent").buildAndExpand(slug)
                .encode().toUriString();
    }

    @GetMapping("/confirm")
    String confirmLanding(@PathVariable String slug, @RequestParam(required = false) String token, Locale locale,
            Model model) {
        Petition petition = catalog.publicPetition(slug);
        model.addAttribute("slug", slug);
        model.addAttribute("title", petition.title(locale.getLanguage()));
        model.addAttribute("token", token);
        return "petitions/confirm";
    }

    @PostMapping("/confirm")
    String confirm(@PathVariable String slug, @RequestParam(required = false) String token, Locale locale, Model model,
            HttpServletResponse response) {
        Outcome outcome = verification.confirmWithToken(slug, token);
        if (outcome.counts()) {
            return confirmedRedirect(slug, outcome);
        }
        Petition petition = catalog.publicPetition(slug);
        model.addAttribute("slug", slug);
        model.addAttribute("title", petition.title(locale.getLanguage()));
        model.addAttribute("token", null);
        model.addAttribute("outcome", "confirm.outcome." + outcomeKey(outcome));
        return FormAnswers.withStatus(response, status(outcome), "petitions/confirm");
    }

    @GetMapping("/confirmed")
    String confirmed(@PathVariable String slug, @RequestParam(required = false) String already, Locale locale,
            Model model) {
        Petition petition = catalog.publicPetition(slug);
        model.addAttribute("petition", view(petition, locale));
        model.addAttribute("already", already != null);
        return "petitions/confirmed";
    }

    private String page(String slug, SignatureForm form, Locale locale, Model model) {
        Petition petition = catalog.publicPetition(slug);
        PetitionView view = view(petition, locale);
        model.addAttribute("petition", view);
        model.addAttribute(LayoutAttributes.DESCRIPTION, view.paragraphs().isEmpty() ? null : view.paragraphs().get(0));
        model.addAttribute("form", form);
        model.addAttribute("communities", vocabulary.residentCommunities().stream()
                .map(c -> new Option(c.code(), c.name(locale))).toList());
        return "petitions/petition";
    }

    private PetitionView view(Petition petition, Locale locale) {
        String shareUrl = UriComponentsBuilder.fromUri(settings.publicBaseUrl()).path("/petitions/{slug}")
                .queryParam("lang", locale.getLanguage()).buildAndExpand(petition.slug()).encode().toUriString();
        return PetitionView.of(petition, counts.get(petition.id()), clock.instant(), locale, settings.timeZone(),
                vocabulary, shareUrl, comments.recent(petition.id()));
    }

    private static String confirmedRedirect(String slug, Outcome outcome) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/petitions/{slug}/confirmed");
        if (outcome == Outcome.ALREADY_CONFIRMED) {
            uri.queryParam("already", "1");
        }
        return "redirect:" + uri.buildAndExpand(slug).encode().toUriString();
    }

    static String outcomeKey(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static HttpStatus status(Outcome outcome) {
        return switch (outcome) {
            case CONFIRMED, ALREADY_CONFIRMED -> HttpStatus.OK;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case LOCKED -> HttpStatus.TOO_MANY_REQUESTS;
            case EXPIRED, TICKET_EXPIRED -> HttpStatus.GONE;
            case PETITION_CLOSED -> HttpStatus.CONFLICT;
        };
    }

    /** A community in the form's list. */
    record Option(String code, String name) {
    }
}
