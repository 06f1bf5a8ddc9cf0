package org.plaza.supporters.supporter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.plaza.events.supporters.SupporterConsentChanged;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person, keyed by their {@code supporterId}: contact details, every consent decision with its provenance,
 * every action on any campaign, and organizers' tags and notes. Each change is idempotent and independent of the
 * order in which the facts arrive (see {@link ContactDetails}, {@link Action}), so replaying every topic gives the
 * same record. Changed only through {@link SupporterStore}.
 */
@Document("supporters")
public class Supporter extends OutboxAggregate {

    /** The most tags and notes one supporter keeps (organizers' hands, not data dumps). */
    static final int MAX_TAGS = 50;
    static final int MAX_NOTES = 200;

    @Id
    private String id;
    private String email;
    private String name;
    private String phone;
    private String language;
    private String community;
    private Instant contactAt;
    private List<Consent> consents = new ArrayList<>();
    private List<Action> actions = new ArrayList<>();
    private List<String> shareIds = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private List<Note> notes = new ArrayList<>();
    private Instant firstSeenAt;
    private Instant lastActiveAt;
    private Instant changedAt;

    protected Supporter() {
    }

    /** A person the service has not heard of before; {@code at} is when the first fact about them arrived. */
    public static Supporter newcomer(String supporterId, Instant at) {
        Supporter supporter = new Supporter();
        supporter.id = supporterId;
        supporter.firstSeenAt = at;
        supporter.changedAt = at;
        return supporter;
    }

    /**
     * A hand-over of contact details (a {@code SupporterContactShared}, or an imported row): the details by the
     * freshness rule, each consent decision with its provenance, and the action that came with it. A hand-over
     * already applied ({@code shareId}) changes nothing.
     *
     * @return whether anything changed
     */
    public boolean share(String shareId, ContactDetails details, List<Consent> decisions, Action action, Instant now) {
        if (shareId == null || shareIds.contains(shareId)) {
            return false;
        }
        shareIds.add(shareId);
        applyContact(details);
        for (Consent decision : decisions) {
            boolean known = consents.stream().anyMatch(c -> shareId.equals(c.shareId()) && c.purpose().equals(decision.purpose()));
            if (!known) {
                consents.add(decision);
            }
        }
        if (action != null) {
            addAction(action);
        }
        changedAt = now;
        return true;
    }

    /** An action reported by its domain event; what it says about the person fills only what is not known yet. */
    public boolean record(Action action, String community, String language, Instant now) {
        boolean changed = addAction(action);
        if (isBlank(this.community) && !isBlank(community)) {
            this.community = community;
            changed = true;
        }
        if (isBlank(this.language) && !isBlank(language)) {
            this.language = language;
            changed = true;
        }
        if (changed) {
            changedAt = now;
        }
        return changed;
    }

    /**
     * The person changed a consent themselves (their "my data" page): recorded with that provenance (the words they
     * were shown as {@code wording}) and announced as {@code SupporterConsentChanged}, which notifications follows.
     * Choosing what is already in force changes nothing.
     *
     * @return whether anything changed
     */
    public boolean changeConsentByResident(String channel, String category, boolean granted, String wording,
            String changeId, Instant now) {
        Optional<Consent> current = consent(channel, category);
        if (current.isPresent() && current.get().granted() == granted) {
            return false;
        }
        consents.add(new Consent(channel, category, granted, wording, SupporterConsentChanged.MY_DATA_PAGE, "supporters",
                null, null, null, changeId, now));
        changedAt = now;
        raise(new SupporterConsentChanged(changeId, id, channel, category, granted, SupporterConsentChanged.MY_DATA_PAGE,
                now));
        return true;
    }

    public boolean addTag(String tag, Instant now) {
        if (tags.contains(tag) || tags.size() >= MAX_TAGS) {
            return false;
        }
        tags.add(tag);
        changedAt = now;
        return true;
    }

    public boolean removeTag(String tag, Instant now) {
        boolean removed = tags.remove(tag);
        if (removed) {
            changedAt = now;
        }
        return removed;
    }

    public boolean addNote(Note note) {
        if (notes.size() >= MAX_NOTES || notes.stream().anyMatch(n -> n.id().equals(note.id()))) {
            return false;
        }
        notes.add(note);
        changedAt = note.at();
        return true;
    }

    private void applyContact(ContactDetails details) {
        if (details == null) {
            return;
        }
        boolean newer = contactAt == null || (details.at() != null && !details.at().isBefore(contactAt));
        email = pick(email, details.email(), newer);
        name = pick(name, details.name(), newer);
        phone = pick(phone, details.phone(), newer);
        language = pick(language, details.language(), newer);
        community = pick(community, details.community(), newer);
        if (newer && details.at() != null) {
            contactAt = details.at();
        }
    }

    private static String pick(String known, String given, boolean newer) {
        if (isBlank(given)) {
            return known;
        }
        return newer || isBlank(known) ? given.strip() : known;
    }

    private boolean addAction(Action action) {
        for (int i = 0; i < actions.size(); i++) {
            Action known = actions.get(i);
            if (known.key().equals(action.key())) {
                Action merged = merge(known, action);
                if (merged.equals(known)) {
                    return false;
                }
                actions.set(i, merged);
                lastActiveAt = latest(actions);
                return true;
            }
        }
        actions.add(action);
        lastActiveAt = latest(actions);
        return true;
    }

    /**
     * The same action told twice: the earlier telling's time, item and service (so the result does not depend on
     * which arrived first), and a campaign when only one of them knew it.
     */
    private static Action merge(Action known, Action told) {
        boolean toldFirst = known.at() == null ? told.at() != null
                : told.at() != null && (told.at().isBefore(known.at())
                        || (told.at().equals(known.at()) && String.valueOf(told.itemId()).compareTo(String.valueOf(known.itemId())) < 0));
        Action first = toldFirst ? told : known;
        Action other = toldFirst ? known : told;
        String campaignId = first.campaignId() != null ? first.campaignId() : other.campaignId();
        String service = first.service() != null ? first.service() : other.service();
        String itemId = first.itemId() != null ? first.itemId() : other.itemId();
        return new Action(known.key(), known.kind(), campaignId, itemId, service, first.at());
    }

    private static Instant latest(List<Action> actions) {
        return actions.stream().map(Action::at).filter(at -> at != null).max(Comparator.naturalOrder()).orElse(null);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The decision in force for each purpose ({@code EMAIL:CAMPAIGN_UPDATES}): the latest one given. */
    public Map<String, Consent> currentConsents() {
        Map<String, Consent> current = new LinkedHashMap<>();
        consents.stream()
                .sorted(Comparator.comparing(Consent::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Consent::shareId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(consent -> current.put(consent.purpose(), consent));
        return current;
    }

    public Optional<Consent> consent(String channel, String category) {
        return Optional.ofNullable(currentConsents().get(Consent.purpose(channel, category)));
    }

    /** The purposes the person currently agrees to. */
    public Set<String> grantedPurposes() {
        Set<String> granted = new TreeSet<>();
        currentConsents().values().stream().filter(Consent::granted).forEach(c -> granted.add(c.purpose()));
        return granted;
    }

    /** The campaigns this person acted on. */
    public Set<String> campaignIds() {
        Set<String> campaigns = new TreeSet<>();
        actions.stream().map(Action::campaignId).filter(c -> c != null).forEach(campaigns::add);
        return campaigns;
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String language() {
        return language;
    }

    public String community() {
        return community;
    }

    public Instant contactAt() {
        return contactAt;
    }

    public List<Consent> consents() {
        return List.copyOf(consents);
    }

    public List<Action> actions() {
        return actions.stream().sorted(Comparator.comparing(Action::at, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public List<Note> notes() {
        return notes.stream().sorted(Comparator.comparing(Note::at).reversed()).toList();
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }

    public Instant lastActiveAt() {
        return lastActiveAt;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
