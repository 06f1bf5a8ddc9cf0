package org.plaza.supporters.supporter.web;

import java.util.List;

import org.plaza.starter.security.StaffMember;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.supporters.supporter.Directory;
import org.plaza.supporters.supporter.FilterForm;
import org.plaza.supporters.supporter.SupporterFilter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/staff/supporters}: the list with the same filters as the page ({@code campaign}, {@code did},
 * {@code didNot}, {@code community}, {@code language}, {@code consent}, {@code tag}, {@code activeSince},
 * {@code inactiveSince}, {@code page}), its count, one supporter, tags and notes. A bad filter is a 400 validation
 * problem naming the fields; a campaign not managed a 403; a supporter not seen a 404.
 */
@RestController
@RequestMapping("/api/staff/supporters")
class StaffSupporterApi {

    private final Directory directory;
    private final Vocabulary vocabulary;

    StaffSupporterApi(Directory directory, Vocabulary vocabulary) {
        this.directory = directory;
        this.vocabulary = vocabulary;
    }

    @GetMapping
    ListAnswer list(@ModelAttribute FilterForm form, @RequestParam(defaultValue = "1") int page, Authentication auth) {
        SupporterFilter filter = form.toFilter(vocabulary);
        Directory.Listing listing = directory.list(StaffMember.of(auth), filter, page);
        return new ListAnswer(listing.total(), listing.page(), listing.pages(),
                listing.supporters().stream().map(SupporterView.Row::of).toList());
    }

    @GetMapping("/count")
    CountAnswer count(@ModelAttribute FilterForm form, Authentication auth) {
        return new CountAnswer(directory.count(StaffMember.of(auth), form.toFilter(vocabulary)));
    }

    @GetMapping("/{supporterId}")
    SupporterView one(@PathVariable String supporterId, Authentication auth) {
        return SupporterView.of(directory.visible(StaffMember.of(auth), supporterId));
    }

    @PostMapping("/{supporterId}/tags")
    SupporterView tag(@PathVariable String supporterId, @RequestBody TagRequest request, Authentication auth) {
        return SupporterView.of(directory.addTag(StaffMember.of(auth), supporterId, request.tag()));
    }

    @DeleteMapping("/{supporterId}/tags/{tag}")
    SupporterView untag(@PathVariable String supporterId, @PathVariable String tag, Authentication auth) {
        return SupporterView.of(directory.removeTag(StaffMember.of(auth), supporterId, tag));
    }

    @PostMapping("/{supporterId}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    SupporterView note(@PathVariable String supporterId, @RequestBody NoteRequest request, Authentication auth) {
        return SupporterView.of(directory.addNote(StaffMember.of(auth), supporterId, request.text()));
    }

    /** @param tag the tag to add */
    record TagRequest(String tag) {
    }

    /** @param text the note */
    record NoteRequest(String text) {
    }

    /** A page of the list. */
    record ListAnswer(long total, int page, int pages, List<SupporterView.Row> supporters) {
    }

    /** How many supporters match. */
    record CountAnswer(long count) {
    }
}
