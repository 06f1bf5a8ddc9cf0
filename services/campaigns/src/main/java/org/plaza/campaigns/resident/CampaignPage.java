package org.plaza.campaigns.resident;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.plaza.campaigns.action.WaysToAct;
import org.plaza.campaigns.action.WaysToAct.CampaignActions;
import org.plaza.campaigns.action.WaysToAct.OpenDrive;
import org.plaza.campaigns.action.WaysToAct.OpenPetition;
import org.plaza.campaigns.action.WaysToAct.UpcomingShift;
import org.plaza.campaigns.campaign.Campaign;
import org.plaza.campaigns.campaign.CampaignDirectory;
import org.plaza.campaigns.campaign.CampaignSettings;
import org.plaza.campaigns.campaign.CampaignStatus;
import org.plaza.campaigns.resident.CampaignView.DriveCta;
import org.plaza.campaigns.resident.CampaignView.PetitionCta;
import org.plaza.campaigns.resident.CampaignView.ShiftCta;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A campaign's page ({@code /campaigns/{slug}}): its story and every way to act now, each linking to the
 * owning service's resident page. Built only from this service's database.
 */
@Controller
class CampaignPage {

    private final CampaignDirectory directory;
    private final WaysToAct waysToAct;
    private final CampaignSettings settings;
    private final Vocabulary vocabulary;
    private final MessageSource messages;
    private final PageCaching caching;
    private final Clock clock;
    private final ShortCache<String, CampaignView> views;

    CampaignPage(CampaignDirectory directory, WaysToAct waysToAct, CampaignSettings settings, Vocabulary vocabulary,
            MessageSource messages, PageCaching caching, Clock clock) {
        this.directory = directory;
        this.waysToAct = waysToAct;
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.caching = caching;
        this.clock = clock;
        this.views = new ShortCache<>(settings.pageCacheTime(), clock);
    }

    @GetMapping("/campaigns/{slug}")
    String campaign(@PathVariable String slug, Locale locale, ServletWebRequest request, Model model) {
        ResidentText text = new ResidentText(messages, locale, settings.timeZone(), clock.instant());
        CampaignView view = views.get(slug + "|" + text.locale().getLanguage(), () -> {
            Campaign campaign = directory.visible(slug)
                    .orElseThrow(() -> PlazaProblem.notFound("campaign-not-found", "campaigns.problem.not-found"));
            return view(campaign, waysToAct.forCampaign(campaign.id()), text);
        });
        if (caching.notModified(request, view, text.locale().getLanguage())) {
            return null;
        }
        model.addAttribute("view", view);
        return "resident/campaign";
    }

    private CampaignView view(Campaign campaign, CampaignActions actions, ResidentText text) {
        var details = campaign.details();
        Locale language = text.locale();
        return new CampaignView(details.title().in(language), details.summary().in(language),
                paragraphs(details.story().in(language)), vocabulary.issueAreaName(details.issueArea(), text.locale()),
                details.communities().stream().map(code -> vocabulary.communityName(code, text.locale())).toList(), dates(campaign, text),
                campaign.status() == CampaignStatus.CLOSED,
                actions.petitions().stream().map(p -> petition(p, text)).toList(),
                actions.drives().stream().map(d -> drive(d, text)).toList(),
                actions.shifts().stream().map(s -> shift(s, text)).toList());
    }

    private PetitionCta petition(OpenPetition petition, ResidentText text) {
        long count = petition.verifiedSignatures();
        int goal = petition.signatureGoal();
        String countText = goal > 0
                ? text.message("campaigns.petition.count", text.number(count), text.number(goal), count)
                : text.message("campaigns.petition.count-no-goal", text.number(count), count);
        String closes = petition.closesAt() == null ? null
                : text.message("campaigns.petition.closes", text.dateTime(petition.closesAt(), null));
        return new PetitionCta(petition.petitionId(), ResidentLinks.petition(petition.petitionId()),
                title(petition.titleEs(), petition.titleEn(), text), countText, Math.min(count, Math.max(goal, 0)),
                Math.max(goal, 0), closes);
    }

    private DriveCta drive(OpenDrive drive, ResidentText text) {
        String meeting = drive.meetingAt() == null ? null
                : text.message("campaigns.drive.meeting", text.dateTime(drive.meetingAt(), drive.timeZone()));
        String body = drive.publicBodyKind() == null ? null : text.label("campaigns.public-body.", drive.publicBodyKind());
        String agenda = drive.agendaItemNumber() == null ? body
                : text.message("campaigns.drive.agenda-item", body == null ? "" : body, drive.agendaItemNumber());
        return new DriveCta(drive.driveId(), ResidentLinks.commentDrive(drive.driveId()),
                title(drive.titleEs(), drive.titleEn(), text), agenda,
                text.message("campaigns.drive.time-left", text.timeLeft(drive.commentDeadline())),
                text.message("campaigns.drive.deadline", text.dateTime(drive.commentDeadline(), drive.timeZone())),
                meeting);
    }

    private ShiftCta shift(UpcomingShift shift, ResidentText text) {
        String when = shift.endsAt() == null
                ? text.message("campaigns.shift.starts", text.date(shift.startsAt(), shift.timeZone()),
                        text.time(shift.startsAt(), shift.timeZone()), text.zoneName(shift.timeZone()))
                : text.message("campaigns.shift.when", text.date(shift.startsAt(), shift.timeZone()),
                        text.time(shift.startsAt(), shift.timeZone()), text.time(shift.endsAt(), shift.timeZone()),
                        text.zoneName(shift.timeZone()));
        return new ShiftCta(shift.shiftId(), ResidentLinks.shift(shift.shiftId()),
                title(shift.titleEs(), shift.titleEn(), text), text.label("campaigns.activity.", shift.activity()),
                when, shift.community() == null ? null : vocabulary.communityName(shift.community(), text.locale()),
                text.message("campaigns.shift.spots", text.number(shift.openSpots()), shift.openSpots()),
                shift.openSpots() == 0);
    }

    private static String dates(Campaign campaign, ResidentText text) {
        var details = campaign.details();
        if (details.startsOn() == null) {
            return null;
        }
        return details.endsOn() == null ? text.message("campaigns.dates.from", text.longDate(details.startsOn()))
                : text.message("campaigns.dates.range", text.longDate(details.startsOn()),
                        text.longDate(details.endsOn()));
    }

    private static String title(String es, String en, ResidentText text) {
        boolean english = "en".equals(text.locale().getLanguage());
        String preferred = english ? en : es;
        return preferred != null && !preferred.isBlank() ? preferred : (english ? es : en);
    }

    /** The story's paragraphs: text separated by blank lines. */
    private static List<String> paragraphs(String story) {
        if (story == null) {
            return List.of();
        }
        return Arrays.stream(story.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

}
