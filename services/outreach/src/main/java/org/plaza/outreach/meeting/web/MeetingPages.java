package org.plaza.outreach.meeting.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.plaza.outreach.meeting.Meeting;
import org.plaza.outreach.meeting.MeetingInvite;
import org.plaza.outreach.meeting.MeetingService;
import org.plaza.outreach.meeting.MeetingSettings;
import org.plaza.outreach.meeting.RsvpService;
import org.plaza.outreach.support.ContactForm;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.layout.LayoutAttributes;
import org.plaza.starter.layout.PageMeta;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.share.Printables;
import org.plaza.starter.share.ShareLinks;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Residents' pages of meetings, without script: the upcoming meetings a page at a time, one meeting with its
 * directions, calendar invite, share kit and RSVP form (outreach's {@link ContactForm}: a name, an email or a mobile
 * number, the box for texts), the "check your email" or "check your texts" answer, and the printables.
 */
@Controller
@RequestMapping("/outreach/meetings")
class MeetingPages {

    private final MeetingService meetings;
    private final RsvpService rsvps;
    private final MeetingViews views;
    private final MeetingInvite invite;
    private final MeetingSettings settings;
    private final Vocabulary vocabulary;
    private final PageMeta pageMeta;
    private final MessageSource messages;

    MeetingPages(MeetingService meetings, RsvpService rsvps, MeetingViews views, MeetingInvite invite,
            MeetingSettings settings, Vocabulary vocabulary, PageMeta pageMeta, MessageSource messages) {
        this.meetings = meetings;
        this.rsvps = rsvps;
        this.views = views;
        this.invite = invite;
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.pageMeta = pageMeta;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String campaign, @RequestParam(required = false) String community,
            @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        int number = Math.max(1, page);
        List<Meeting> found = meetings.upcoming(campaign, community, number, settings.pageSize());
        model.addAttribute("meetings", views.of(found.stream().limit(settings.pageSize()).toList(), locale));
        model.addAttribute("pageNumber", number);
        model.addAttribute("hasPrevious", number > 1);
        model.addAttribute("hasNext", found.size() > settings.pageSize());
        model.addAttribute("communities", vocabulary.communities());
        model.addAttribute("campaign", campaign);
        model.addAttribute("community", community);
        return "outreach/meetings";
    }

    /** Binds only the form's own fields; anything else a client sends is ignored. */
    @InitBinder("form")
    void onlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(ContactForm.FIELDS);
    }

    @GetMapping("/{meetingId}")
    String meeting(@PathVariable String meetingId, Locale locale, Model model) {
        model.addAttribute("form", new ContactForm());
        return page(meetings.get(meetingId), locale, model);
    }

    /**
     * The RSVP form: a See Other to "check your email" (or, without an email, "check your texts") whoever the address
     * or number belongs to; errors next to their fields (400), a meeting no longer taking RSVPs with the refusal's status.
     */
    @PostMapping("/{meetingId}/rsvps")
    String rsvp(@PathVariable String meetingId, @ModelAttribute("form") ContactForm form, BindingResult binding,
            Locale locale, Model model, HttpServletResponse response) {
        Meeting meeting = meetings.get(meetingId);
        RsvpService.Request request = new RsvpService.Request(form.getName(), form.getEmail(), form.getPhone(),
                locale.getLanguage(), form.isTextOptIn());
        if (form.caughtInHoneypot()) {
            return received(meetingId, request.byText(), locale);
        }
        rsvps.check(request).forEach((field, key) -> binding.rejectValue(field, key));
        if (binding.hasErrors()) {
            return FormAnswers.withErrors(response, page(meeting, locale, model));
        }
        try {
            rsvps.request(meetingId, request);
        } catch (PlazaProblem closed) {
            model.addAttribute("closed", true);
            return FormAnswers.refused(response, closed, page(meetings.get(meetingId), locale, model));
        }
        return received(meetingId, request.byText(), locale);
    }

    /** "Check your email" (or texts): where an RSVP is sent, so reloading it sends nothing again. */
    @GetMapping("/{meetingId}/rsvps/received")
    String received(@PathVariable String meetingId, @RequestParam(required = false) String via, Locale locale,
            Model model) {
        model.addAttribute("byText", "text".equals(via));
        model.addAttribute("meeting", views.of(meetings.get(meetingId), locale));
        return "outreach/meeting-received";
    }

    /** The calendar invite ({@code text/calendar}), in the page's language. */
    @GetMapping("/{meetingId}/invite.ics")
    ResponseEntity<byte[]> invite(@PathVariable String meetingId, Locale locale) {
        Meeting meeting = meetings.get(meetingId);
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + invite.filename(locale) + "\"")
                .cacheControl(CacheControl.noCache()).body(invite.ics(meeting, locale));
    }

    @GetMapping("/{meetingId}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String meetingId) {
        return Printables.qr(pageMeta.absolute(ResidentLinks.meeting(meetings.get(meetingId).id())));
    }

    @GetMapping("/{meetingId}/flyer.pdf")
    ResponseEntity<byte[]> flyer(@PathVariable String meetingId) {
        Meeting meeting = meetings.get(meetingId);
        return Printables.flyer(messages, meeting.titleEs(), meeting.titleEn(), "meeting.flyer.ask",
                pageMeta.absolute(ResidentLinks.meeting(meeting.id())), meeting.id());
    }

    private String page(Meeting meeting, Locale locale, Model model) {
        MeetingView view = views.of(meeting, locale);
        model.addAttribute("meeting", view);
        model.addAttribute(LayoutAttributes.DESCRIPTION, view.description() != null ? view.description()
                : view.when() + " · " + view.place() + ", " + view.communityName());
        model.addAttribute("share", ShareLinks.of(
                pageMeta.absolute(ResidentLinks.meeting(meeting.id()) + "?lang=" + locale.getLanguage()),
                view.title(), view.title()));
        return "outreach/meeting";
    }

    private static String received(String meetingId, boolean byText, Locale locale) {
        return "redirect:" + UriComponentsBuilder.fromPath("/outreach/meetings/{id}/rsvps/received")
                .queryParam("via", byText ? "text" : "email").queryParam("lang", locale.getLanguage())
                .buildAndExpand(meetingId).encode().toUriString();
    }
}
