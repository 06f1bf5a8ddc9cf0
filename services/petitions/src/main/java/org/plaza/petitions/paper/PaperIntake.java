package org.plaza.petitions.paper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.plaza.petitions.PetitionSettings;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionService;
import org.plaza.petitions.petition.PetitionStatus;
import org.plaza.petitions.signature.PaperEntry;
import org.plaza.petitions.signature.Signature;
import org.plaza.petitions.signature.SignerContact;
import org.plaza.petitions.signature.Signatures;
import org.plaza.petitions.signature.Signer;
import org.plaza.petitions.signature.SigningPetition;
import org.plaza.petitions.tally.Channels;
import org.plaza.petitions.tally.Contribution;
import org.plaza.petitions.tally.Tallies;
import org.plaza.starter.csv.CsvReader;
import org.plaza.starter.id.Ids;
import org.plaza.starter.phone.CanonicalPhone;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.supporter.CanonicalEmail;
import org.plaza.starter.supporter.InvalidEmailException;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.starter.vocabulary.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Takes the signatures staff type in from paper sheets and canvasses, for the organizers who manage the petition
 * (the starter's {@code CampaignAccess}, through {@link PetitionService#manageable}). A petition takes them while it
 * is open or closed and not yet delivered (sheets collected before the deadline are often typed in after it). A row
 * is checked, then becomes a confirmed signature of its channel that counts at once; the same person signing again,
 * on the web or on another sheet, is a duplicate and changes nothing. A person is their canonical email or, for a
 * row without one, their mobile number (the starter's {@code PhoneNumbers}, E.164); a number given with an email
 * also finds an earlier signature that gave the same number.
 */
@Service
public class PaperIntake {

    static final int MAX_NAME = 200;
    static final int MAX_SHEET = 40;
    static final int MAX_COLLECTOR = 120;
    static final int MAX_PLACE = 200;

    private static final Logger log = LoggerFactory.getLogger(PaperIntake.class);

    private final PetitionService petitions;
    private final Signatures signatures;
    private final SupporterIds supporterIds;
    private final PhoneNumbers phoneNumbers;
    private final Vocabulary vocabulary;
    private final Tallies tallies;
    private final SignerContact contact;
    private final MongoTemplate mongo;
    private final PetitionSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    PaperIntake(PetitionService petitions, Signatures signatures, SupporterIds supporterIds, PhoneNumbers phoneNumbers,
            Vocabulary vocabulary, Tallies tallies, SignerContact contact, MongoTemplate mongo, PetitionSettings settings,
            MeterRegistry meters, Clock clock) {
        this.petitions = petitions;
        this.signatures = signatures;
        this.supporterIds = supporterIds;
        this.phoneNumbers = phoneNumbers;
        this.vocabulary = vocabulary;
        this.tallies = tallies;
        this.contact = contact;
        this.mongo = mongo;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Enters one row typed on the entry form; audited as {@code ENTER_PAPER} with the new signature.
     *
     * @throws PlazaProblem 404/403 as for any staff action on the petition, 409 when it takes no paper signatures,
     *         400 with the fields of the sheet or the row that are wrong
     */
    public Entered enter(StaffMember staff, String petitionId, Sheet sheet, PaperSigner signer) {
        Petition petition = takingPaper(staff, petitionId);
        List<PlazaProblem.Field> problems = new ArrayList<>(checkSheet(petition, sheet));
        Optional<String> community = checkSigner(signer, problems);
        if (!problems.isEmpty()) {
            PlazaProblem invalid = PlazaProblem.badRequest("validation", "plaza.problem.validation");
            problems.forEach(p -> invalid.withFieldError(p.name(), p.messageKey(), p.arguments()));
            throw invalid;
        }
        return write(petition, sheet, signer, community.orElseThrow(), staff, null, null);
    }

    /** How many signatures of sheet {@code sheet} the petition holds. */
    public long sheetCount(String petitionId, String sheet) {
        if (sheet == null || sheet.isBlank()) {
            return 0;
        }
        return mongo.count(Query.query(Criteria.where("petitionId").is(petitionId).and("paper.sheet").is(sheet.strip())),
                "signatures");
    }

    /** The petition, if the staff member manages it and it takes paper signatures now. */
    Petition takingPaper(StaffMember staff, String petitionId) {
        Petition petition = petitions.manageable(staff, petitionId);
        boolean takes = (petition.status() == PetitionStatus.OPEN || petition.status() == PetitionStatus.CLOSED)
                && petition.signersAnonymizedAt() == null;
        if (!takes) {
            throw PlazaProblem.conflict("petition-not-taking-paper", "paper.problem.not-taking");
        }
        return petition;
    }

    /** What is wrong with a sheet's provenance. */
    List<PlazaProblem.Field> checkSheet(Petition petition, Sheet sheet) {
        List<PlazaProblem.Field> problems = new ArrayList<>();
        if (!Channels.PAPER_FORM.equals(sheet.channel()) && !Channels.CANVASS.equals(sheet.channel())) {
            problems.add(field("channel", "paper.error.channel"));
        }
        text(problems, "sheet", sheet.sheet(), MAX_SHEET, true);
        text(problems, "collector", sheet.collector(), MAX_COLLECTOR, true);
        text(problems, "place", sheet.place(), MAX_PLACE, true);
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        if (sheet.collectedOn() == null) {
            problems.add(field("collectedOn", "paper.error.collectedOn.missing"));
        } else if (sheet.collectedOn().isAfter(today)) {
            problems.add(field("collectedOn", "paper.error.collectedOn.future"));
        } else if (petition.details().closesAt() != null && sheet.collectedOn()
                .isAfter(petition.details().closesAt().atZone(settings.timeZone()).toLocalDate())) {
            problems.add(field("collectedOn", "paper.error.collectedOn.after-closing"));
        }
        if (sheet.language() == null || !vocabulary.isSiteLanguage(sheet.language())) {
            problems.add(field("language", "paper.error.language"));
        }
        return problems;
    }

    /** Adds what is wrong with a row to {@code problems}; the community's code when it is right. */
    Optional<String> checkSigner(PaperSigner signer, List<PlazaProblem.Field> problems) {
        text(problems, "fullName", signer.fullName(), MAX_NAME, true);
        String email = strip(signer.email());
        String phone = strip(signer.phone());
        if (email.isEmpty() && phone.isEmpty()) {
            problems.add(field("email", "paper.error.contact.missing"));
        }
        if (!email.isEmpty()) {
            try {
                CanonicalEmail.of(email);
            } catch (InvalidEmailException invalid) {
                problems.add(field("email", "paper.error.email"));
            }
        }
        if (!phone.isEmpty()) {
            phoneNumbers.problem(phone).ifPresent(problem -> problems.add(field("phone", problem.messageKey())));
        }
        Optional<String> community = Vocabulary.typedCode(vocabulary.residentCommunities(), signer.community());
        if (community.isEmpty()) {
            problems.add(field("community", strip(signer.community()).isEmpty() ? "paper.error.community.missing"
                    : "paper.error.community"));
        }
        return community;
    }

    /** Writes a checked row: a new signature that counts, or the duplicate it is. */
    Entered write(Petition petition, Sheet sheet, PaperSigner signer, String community, StaffMember staff,
            String importId, Integer line) {
        String email = strip(signer.email()).isEmpty() ? null : signer.email().strip();
        CanonicalEmail canonical = email == null ? null : CanonicalEmail.of(email);
        CanonicalPhone phone = strip(signer.phone()).isEmpty() ? null : phoneNumbers.canonical(signer.phone());
        String supporterId = canonical != null ? supporterIds.supporterId(canonical) : supporterIds.supporterId(phone);
        String domain = canonical == null ? null : canonical.value().substring(canonical.value().indexOf('@') + 1);
        Instant now = clock.instant();
        PaperEntry entry = new PaperEntry(sheet.sheet().strip(), clean(sheet.collector()), clean(sheet.place()),
                sheet.collectedOn(), staff.id(), importId, line, phone == null ? null : phone.value());
        if (phone != null) {
            Optional<Signature> samePhone = signedWithPhone(petition.id(), phone);
            if (samePhone.isPresent()) {
                return duplicate(petition, sheet, samePhone.get(), entry);
            }
        }
        Signature signature = Signature.fromPaper(Ids.random("sig"),
                new SigningPetition(petition.id(), petition.campaignId(), petition.slug()), supporterId,
                new Signer(clean(signer.fullName()), email, domain, null, null, null), community, sheet.language(),
                signer.consent(), sheet.channel(), entry, now, contact::fromPaper);
        try {
            signatures.insert(signature);
        } catch (DuplicateKeyException samePerson) {
            return duplicate(petition, sheet,
                    signatures.findByPetitionIdAndSupporterId(petition.id(), supporterId).orElse(null), entry);
        }
        try {
            tallies.change(petition.id(), signature.id(), Contribution.NONE, signature.contribution());
        } catch (RuntimeException e) {
            log.warn("Paper signature {} saved but its petition's counter not updated; the reconciler will correct it: {}",
                    signature.id(), e.toString());
        }
        meters.counter("plaza.petitions.paper.entered", "channel", sheet.channel(), "outcome", "accepted").increment();
        return new Entered(Entered.Outcome.ACCEPTED, signature.id(), null, null, sheetCount(petition.id(), entry.sheet()));
    }

    /** A signature of the petition that gave this number, on the web ({@code signer.phone}) or on paper. */
    private Optional<Signature> signedWithPhone(String petitionId, CanonicalPhone phone) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("petitionId").is(petitionId)
                .orOperator(Criteria.where("signer.phone").is(phone.value()), Criteria.where("paper.phone").is(phone.value()))),
                Signature.class));
    }

    private Entered duplicate(Petition petition, Sheet sheet, Signature existing, PaperEntry entry) {
        meters.counter("plaza.petitions.paper.entered", "channel", sheet.channel(), "outcome", "duplicate").increment();
        return new Entered(Entered.Outcome.DUPLICATE, null, existing == null ? null : existing.channel(),
                existing == null || existing.paper() == null ? null : existing.paper().sheet(),
                sheetCount(petition.id(), entry.sheet()));
    }

    private static void text(List<PlazaProblem.Field> problems, String name, String value, int max, boolean required) {
        String text = strip(value);
        if (text.isEmpty()) {
            if (required) {
                problems.add(field(name, "paper.error." + name + ".missing"));
            }
        } else if (text.length() > max) {
            problems.add(new PlazaProblem.Field(name, "paper.error.too-long", new Object[] { max }));
        } else if (CsvReader.looksLikeFormula(text) || text.chars().anyMatch(Character::isISOControl)) {
            problems.add(field(name, "paper.error.formula"));
        }
    }

    private static PlazaProblem.Field field(String name, String messageKey) {
        return new PlazaProblem.Field(name, messageKey, new Object[0]);
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String clean(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }
}
